import {
  Registry,
  STATE_DIRNAME,
  atomicWrite
} from "../chunks/chunk-G3JZG4J2.js";
import "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-GU6YQQQ4.js";
import "../chunks/chunk-2PNQQJNN.js";
import "../chunks/chunk-LHO2KLC4.js";
export {
  Registry,
  STATE_DIRNAME,
  atomicWrite
};
