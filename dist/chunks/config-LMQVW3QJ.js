import {
  fileFields,
  register
} from "./chunk-EQIE2R2M.js";
import "./chunk-SOUTL5MT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
