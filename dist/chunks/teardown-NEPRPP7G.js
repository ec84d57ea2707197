import {
  closeWorker,
  dropRecord
} from "./chunk-4VMH2QLF.js";
import "./chunk-36L4KG2G.js";
import "./chunk-C3TN66MN.js";
import "./chunk-YE5IVG7G.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import "./chunk-CQM33MPQ.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-XPEAIXLN.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  closeWorker,
  dropRecord
};
