import {
  register
} from "./chunk-TQ7Z7EUL.js";
import "./chunk-TGV4AWYM.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-A72SKOCI.js";
import "./chunk-AV3MXERG.js";
import "./chunk-LG7Q4QO6.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLEGPF34.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
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
