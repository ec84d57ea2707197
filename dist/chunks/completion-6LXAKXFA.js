import {
  commandSpec,
  register
} from "./chunk-CWRICOXZ.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  commandSpec,
  register
};
