import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-OCBGMGGR.js";
import "../chunks/chunk-F7RWRY35.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
