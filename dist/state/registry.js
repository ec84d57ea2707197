import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-SG2T3KHU.js";
import "../chunks/chunk-YBTFQEKS.js";
import "../chunks/chunk-UD4ZR5W3.js";
import "../chunks/chunk-RZIVDDZH.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
