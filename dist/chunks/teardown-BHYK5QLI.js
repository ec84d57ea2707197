import {
  closeWorker,
  dropRecord
} from "./chunk-S6ZYNARW.js";
import "./chunk-HJJC6Q4G.js";
import "./chunk-3SU5PHYB.js";
import "./chunk-ILEKAJ4U.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-VYJLUQ7F.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-CWSUWE2G.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-B3ZF2FJ6.js";
import "./chunk-X7J22DY4.js";
import "./chunk-76SHEB3B.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-Y3A5YNFA.js";
import "./chunk-YLRHUKYJ.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  closeWorker,
  dropRecord
};
