import {
  Registry,
  STATE_DIRNAME,
  atomicWrite,
  atomicWriteIfChanged
} from "../chunks/chunk-FVQNOVXB.js";
import "../chunks/chunk-IIWHDVOR.js";
import "../chunks/chunk-R2EOHSIJ.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-RZIVDDZH.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite,
  atomicWriteIfChanged
};
