import {
  register
} from "./chunk-MMOCITZO.js";
import "./chunk-7B3VRH3M.js";
import "./chunk-LLTEY72Z.js";
import "./chunk-WLICBA5I.js";
import "./chunk-33YROWXH.js";
import "./chunk-O4VE5GOT.js";
import "./chunk-VLCXE3RT.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-GLP3QRIC.js";
import "./chunk-LFYL7ABN.js";
import "./chunk-D3IJXSIN.js";
import "./chunk-3HP667LG.js";
import "./chunk-Z7G2L4KR.js";
import "./chunk-IITODWG4.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-P3F5TIWM.js";
import "./chunk-AV3MXERG.js";
import "./chunk-5IL2YADJ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-NEQY6EBN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4IMZTC3E.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-RCILEPUV.js";
import "./chunk-PO3L6QRH.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
