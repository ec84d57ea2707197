import {
  run
} from "./chunk-LBBD6XHB.js";
import "./chunk-NT3BLJMR.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  run
};
