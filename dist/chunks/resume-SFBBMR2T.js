import {
  register
} from "./chunk-TFD7BIDM.js";
import "./chunk-RLBDNKKL.js";
import "./chunk-IJYDZW2A.js";
import "./chunk-RPIN2M2I.js";
import "./chunk-7O63BV6H.js";
import "./chunk-VA2LXOC4.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6N5QIBT2.js";
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
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
