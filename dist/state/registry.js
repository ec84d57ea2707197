import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-QNJ3QF6G.js";
import "../chunks/chunk-S4C2GQ5U.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
