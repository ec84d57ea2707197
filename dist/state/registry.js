import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-FYFHA3YO.js";
import "../chunks/chunk-DHZRLYER.js";
import "../chunks/chunk-74PYZQMH.js";
import "../chunks/chunk-RZIVDDZH.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
