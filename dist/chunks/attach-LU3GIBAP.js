import {
  register
} from "./chunk-YSZH2Q5A.js";
import "./chunk-OPYPRSPJ.js";
import "./chunk-4WXW6DD5.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-TPS3XHEN.js";
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
