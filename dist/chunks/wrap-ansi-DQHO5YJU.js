import {
  wrapAnsi
} from "./chunk-KJBVOLDP.js";
import "./chunk-LRXUVN32.js";
import "./chunk-LHO2KLC4.js";
export {
  wrapAnsi as default
};
