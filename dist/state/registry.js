import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-R5AVBUQN.js";
import "../chunks/chunk-BXDDT4YU.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
