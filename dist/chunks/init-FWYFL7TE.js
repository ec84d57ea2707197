import {
  register
} from "./chunk-2A5XHYU6.js";
import "./chunk-Z4AGIW4A.js";
import "./chunk-65JBJRKO.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-Y3A5YNFA.js";
import "./chunk-YLRHUKYJ.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
