import {
  register
} from "./chunk-IZUIGWX7.js";
import "./chunk-BQC45QRD.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-VKMSMU2A.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLJV2UZI.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-FXUMNZYF.js";
import "./chunk-GTHGAC2G.js";
import "./chunk-B3IP63B3.js";
import "./chunk-3LYOATTR.js";
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
