import {
  fileFields,
  register
} from "./chunk-FUJXGLDJ.js";
import "./chunk-VATENULT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IYCUMNUT.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  fileFields,
  register
};
