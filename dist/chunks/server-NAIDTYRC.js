import {
  register
} from "./chunk-BFFSPDDP.js";
import "./chunk-TG33RQB7.js";
import "./chunk-5O37HNN7.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-QHIPNNFK.js";
import "./chunk-WEDLIZVT.js";
import "./chunk-PYEBSDUI.js";
import "./chunk-AV3MXERG.js";
import "./chunk-ZCCPNPCR.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-WSAK3OPY.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-36ZA2WGZ.js";
import "./chunk-H4G4QWPA.js";
import "./chunk-FYFHA3YO.js";
import "./chunk-DHZRLYER.js";
import "./chunk-74PYZQMH.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
