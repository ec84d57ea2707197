import {
  fileFields,
  register
} from "./chunk-56QMKWSY.js";
import "./chunk-65JBJRKO.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-Y3A5YNFA.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
