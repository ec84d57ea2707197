import {
  register
} from "./chunk-LT73HHD5.js";
import "./chunk-UPNR676J.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-UGK5VBW5.js";
import "./chunk-VATENULT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IYCUMNUT.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
