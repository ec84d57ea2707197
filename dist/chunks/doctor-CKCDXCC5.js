import {
  register
} from "./chunk-THG4DVWJ.js";
import "./chunk-UPNR676J.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-T2HSVBHP.js";
import "./chunk-PWE224W6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-VKNBOYQF.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
