import {
  fileFields,
  register
} from "./chunk-YIP3BZVC.js";
import "./chunk-MSLHH5Z6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-ZMC2JF4W.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
