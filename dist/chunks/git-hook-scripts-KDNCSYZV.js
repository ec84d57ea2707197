import {
  GIT_HOOK_NAMES,
  chainHook,
  prePushHook,
  shWord
} from "./chunk-TPS3XHEN.js";
import "./chunk-LHO2KLC4.js";
export {
  GIT_HOOK_NAMES,
  chainHook,
  prePushHook,
  shWord
};
