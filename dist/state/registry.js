import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-X6OIMPVT.js";
import "../chunks/chunk-NIKE75EQ.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
