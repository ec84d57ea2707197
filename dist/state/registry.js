import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-PO3L6QRH.js";
import "../chunks/chunk-BXDDT4YU.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
