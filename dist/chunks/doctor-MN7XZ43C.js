import {
  register
} from "./chunk-4H6OOIRH.js";
import "./chunk-5Y5VF6AH.js";
import "./chunk-5O37HNN7.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-IXWUB66H.js";
import "./chunk-WSAK3OPY.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-J4TO3GZ5.js";
import "./chunk-36ZA2WGZ.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-H4G4QWPA.js";
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
