import {
  ensureGuardServer,
  guardServerDoor,
  guardServerRunning,
  startGuardServer,
  startGuardServerFor
} from "./chunk-CIDBZZXW.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-6Q3SOANF.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-LHO2KLC4.js";
export {
  ensureGuardServer,
  guardServerDoor,
  guardServerRunning,
  startGuardServer,
  startGuardServerFor
};
