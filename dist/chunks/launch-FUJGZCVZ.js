import {
  launchWorker,
  workerEnv
} from "./chunk-B6227OQO.js";
import "./chunk-GHCZ7PXY.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-FUG7JP6O.js";
import "./chunk-AV3MXERG.js";
import "./chunk-4CJU75MY.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLEGPF34.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-2SFSVCHK.js";
import "./chunk-X6OIMPVT.js";
import "./chunk-NIKE75EQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  launchWorker,
  workerEnv
};
