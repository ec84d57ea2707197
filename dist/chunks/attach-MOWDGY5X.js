import {
  register
} from "./chunk-2L4YV5IN.js";
import "./chunk-4XZ4SQGE.js";
import "./chunk-35GFNY2N.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-AQF2DLAR.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-CBPVKP2H.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6TMOJDKD.js";
import "./chunk-JCYC3BIM.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
