import {
  fileFields,
  register
} from "./chunk-PVX57YDX.js";
import "./chunk-6ZIME5FE.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-QQTFKJIZ.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
