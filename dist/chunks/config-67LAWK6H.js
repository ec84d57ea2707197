import {
  fileFields,
  register
} from "./chunk-SWGUZESM.js";
import "./chunk-4IMZTC3E.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-RCILEPUV.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
