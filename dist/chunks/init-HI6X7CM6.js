import {
  register
} from "./chunk-MDYPV5VS.js";
import "./chunk-SBJTHJVL.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-MSLHH5Z6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-ZMC2JF4W.js";
import "./chunk-MRVO7QRX.js";
import "./chunk-KKESQJJC.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
