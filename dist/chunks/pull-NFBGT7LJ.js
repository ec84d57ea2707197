import {
  register
} from "./chunk-B4Z7HJT4.js";
import "./chunk-J4WQU2J6.js";
import "./chunk-TG33RQB7.js";
import "./chunk-VATENULT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-VSIBXQJZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IYCUMNUT.js";
import "./chunk-G3JZG4J2.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
