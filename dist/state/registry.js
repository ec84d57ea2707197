import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-M4FOFNKA.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-DT7P73GW.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
