import {
  startGuardServer,
  startGuardServerFor
} from "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-LHO2KLC4.js";
export {
  startGuardServer,
  startGuardServerFor
};
