import {
  candidates,
  pullFlow
} from "./chunk-W4K24UUC.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-XQVSH4KA.js";
import "./chunk-45QQXQUT.js";
import "./chunk-GHX3Y27E.js";
import "./chunk-BHM4N6EB.js";
import "./chunk-MCG6JEZI.js";
import "./chunk-3BXGCAIM.js";
import "./chunk-MDT2E7KD.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-6PYWFGAL.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-RNJ27YSK.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-MV4A2GQ3.js";
import "./chunk-X7J22DY4.js";
import "./chunk-VSIBXQJZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IYCUMNUT.js";
import "./chunk-G3JZG4J2.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  candidates,
  pullFlow
};
