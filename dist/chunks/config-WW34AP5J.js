import {
  fileFields,
  register
} from "./chunk-I6QWTQHK.js";
import "./chunk-5O37HNN7.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-H4G4QWPA.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
