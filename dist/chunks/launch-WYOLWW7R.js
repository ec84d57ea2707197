import {
  launchWorker,
  workerEnv
} from "./chunk-4UH7LQO6.js";
import "./chunk-5DEVN4G3.js";
import "./chunk-KYE7PL37.js";
import "./chunk-REPOJ5ET.js";
import "./chunk-5A7ZN5ZP.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6TMOJDKD.js";
import "./chunk-JCYC3BIM.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  launchWorker,
  workerEnv
};
