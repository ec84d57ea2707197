import {
  register
} from "./chunk-TT4UUECH.js";
import "./chunk-NEQY6EBN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-UPNR676J.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-E4IJQJJT.js";
import "./chunk-4IMZTC3E.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-RCILEPUV.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
