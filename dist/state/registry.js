import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-B3IP63B3.js";
import "../chunks/chunk-3LYOATTR.js";
import "../chunks/chunk-7ACZFAV5.js";
import "../chunks/chunk-RZIVDDZH.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
