import {
  register
} from "./chunk-WHFTJTD4.js";
import "./chunk-SOUTL5MT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
