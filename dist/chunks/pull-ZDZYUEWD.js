import {
  register
} from "./chunk-OKSOQ7TL.js";
import "./chunk-KVFPDZ2G.js";
import "./chunk-TG33RQB7.js";
import "./chunk-FN6Z2M5F.js";
import "./chunk-RWU3TQUC.js";
import "./chunk-QFTSC77H.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TWNDPLLB.js";
import "./chunk-FGKSY6MU.js";
import "./chunk-RY6O4ZIL.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-EVB36OIM.js";
import "./chunk-AV3MXERG.js";
import "./chunk-GBNVG7KF.js";
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
import "./chunk-T32SF6BM.js";
import "./chunk-I3ZUZBHI.js";
import "./chunk-VXIONQXN.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
