import {
  register
} from "./chunk-SSYK3CTP.js";
import "./chunk-5Y5VF6AH.js";
import "./chunk-5O37HNN7.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
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
