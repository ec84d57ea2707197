import {
  fileFields,
  register
} from "./chunk-4X5BNLWL.js";
import "./chunk-O6MHMSDE.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IOQSLGAY.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
