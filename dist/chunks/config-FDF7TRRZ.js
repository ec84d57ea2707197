import {
  register
} from "./chunk-3JCTM65F.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6N5QIBT2.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
