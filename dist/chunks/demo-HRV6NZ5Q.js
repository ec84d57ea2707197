import {
  register
} from "./chunk-ICP4E543.js";
import "./chunk-2IZ543BU.js";
import "./chunk-5ZU3WW3C.js";
import "./chunk-OQTPEAS3.js";
import "./chunk-6RNPMR6W.js";
import "./chunk-EWJTCHT4.js";
import "./chunk-DZGAXUVK.js";
import "./chunk-TG33RQB7.js";
import "./chunk-ODXWE2RU.js";
import "./chunk-RPCWGHLO.js";
import "./chunk-ULHZL63X.js";
import "./chunk-C3TN66MN.js";
import "./chunk-YE5IVG7G.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import "./chunk-CQM33MPQ.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-SGMXXTGS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-XPEAIXLN.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
