import {
  register
} from "./chunk-WRMDEID4.js";
import "./chunk-TG33RQB7.js";
import "./chunk-TGV4AWYM.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-UIH4QW4X.js";
import "./chunk-XYT2I5MT.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-AV3MXERG.js";
import "./chunk-LG7Q4QO6.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-DE7BE6BW.js";
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
