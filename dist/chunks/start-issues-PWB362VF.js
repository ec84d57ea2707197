import {
  displayTitle,
  register,
  statusText
} from "./chunk-WRK3YV4B.js";
import "./chunk-TG33RQB7.js";
import "./chunk-N6NP5XCT.js";
import "./chunk-6TOZBKYN.js";
import "./chunk-HM7HM27W.js";
import "./chunk-BQC45QRD.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-XLZJ6LAD.js";
import "./chunk-SGEQ6HI5.js";
import "./chunk-RBFSIVTJ.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M6RII6W.js";
import "./chunk-HROB7EGS.js";
import "./chunk-AV3MXERG.js";
import "./chunk-VKMSMU2A.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
import "./chunk-QLJV2UZI.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-FXUMNZYF.js";
import "./chunk-GTHGAC2G.js";
import "./chunk-B3IP63B3.js";
import "./chunk-3LYOATTR.js";
import "./chunk-7ACZFAV5.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  displayTitle,
  register,
  statusText
};
