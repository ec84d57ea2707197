import {
  register
} from "./chunk-BEUAMD67.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-36L4KG2G.js";
import "./chunk-TG33RQB7.js";
import "./chunk-RPCWGHLO.js";
import "./chunk-ULHZL63X.js";
import "./chunk-C3TN66MN.js";
import "./chunk-66LBU7NO.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-SGMXXTGS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-XPEAIXLN.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
