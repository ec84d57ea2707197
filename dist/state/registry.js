import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-H55CGFQC.js";
import "../chunks/chunk-F7RWRY35.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
