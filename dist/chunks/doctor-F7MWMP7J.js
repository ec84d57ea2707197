import {
  register
} from "./chunk-6MRCAYCT.js";
import "./chunk-23ICVFVT.js";
import "./chunk-2I2EWQMJ.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-IXWUB66H.js";
import "./chunk-DIHPPL62.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-CRIK5EBA.js";
import "./chunk-I5KMT3XB.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-OSDP6EFQ.js";
import "./chunk-UD4ZR5W3.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
