import {
  register
} from "./chunk-G2RVASXQ.js";
import "./chunk-AT4XRV3I.js";
import "./chunk-TG33RQB7.js";
import "./chunk-65JBJRKO.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-V2UVAP7T.js";
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
  register
};
