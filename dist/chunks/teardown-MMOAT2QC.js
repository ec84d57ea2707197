import {
  closeWorker,
  dropRecord
} from "./chunk-6L2RWZHP.js";
import "./chunk-6YEUUMRK.js";
import "./chunk-RQWC7SUG.js";
import "./chunk-NYR7SLAR.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import "./chunk-5QOWBWEI.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-77UQGDPZ.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  closeWorker,
  dropRecord
};
