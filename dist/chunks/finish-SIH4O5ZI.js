import {
  register
} from "./chunk-NT6KIDWP.js";
import "./chunk-5IL2YADJ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-4IMZTC3E.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-RCILEPUV.js";
import "./chunk-PO3L6QRH.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
