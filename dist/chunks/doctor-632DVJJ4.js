import {
  register
} from "./chunk-SLHXLXLR.js";
import "./chunk-2QGLZ3BF.js";
import "./chunk-BQC45QRD.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-IXWUB66H.js";
import "./chunk-QLJV2UZI.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-HXNQB45E.js";
import "./chunk-FXUMNZYF.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-GTHGAC2G.js";
import "./chunk-7ACZFAV5.js";
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
