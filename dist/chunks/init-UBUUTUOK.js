import {
  register
} from "./chunk-V2T34W7I.js";
import "./chunk-BNK7UD65.js";
import "./chunk-TGV4AWYM.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-3TJEOAEO.js";
import "./chunk-PO3L6QRH.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
