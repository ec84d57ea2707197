import {
  register
} from "./chunk-OQTZ3IMO.js";
import "./chunk-UPNR676J.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-3DONTX73.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6N5QIBT2.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
