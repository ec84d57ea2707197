import {
  register
} from "./chunk-UZ3ENSKF.js";
import "./chunk-2CCPSCPU.js";
import "./chunk-TFPPMEGL.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-2SFSVCHK.js";
import "./chunk-X6OIMPVT.js";
import "./chunk-NIKE75EQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
