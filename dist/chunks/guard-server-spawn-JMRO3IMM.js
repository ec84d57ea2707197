import {
  ensureGuardServer,
  guardServerDoor,
  guardServerRunning,
  startGuardServer,
  startGuardServerFor
} from "./chunk-57DJHKGH.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-4YZ2I25Y.js";
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
