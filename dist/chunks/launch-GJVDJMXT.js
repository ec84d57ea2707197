import {
  launchWorker,
  workerEnv
} from "./chunk-QYM25KDI.js";
import "./chunk-NHIES3XR.js";
import "./chunk-KYE7PL37.js";
import "./chunk-MTEYPNK7.js";
import "./chunk-FMOXHLWZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-4F6BQ5MA.js";
import "./chunk-RBSXC52F.js";
import "./chunk-S4C2GQ5U.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  launchWorker,
  workerEnv
};
