import {
  register
} from "./chunk-37SR2WIV.js";
import "./chunk-GWI665NK.js";
import "./chunk-DNGTRYLE.js";
import "./chunk-TSRG5S3P.js";
import "./chunk-TG33RQB7.js";
import "./chunk-72LHR32Q.js";
import "./chunk-4CQNXQJH.js";
import "./chunk-CLLTSBW2.js";
import "./chunk-JMI2IIT2.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-LKKPWV5N.js";
import "./chunk-PSOLL26C.js";
import "./chunk-VDGFES5W.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M3SL7RM.js";
import "./chunk-7LM47YU7.js";
import "./chunk-AV3MXERG.js";
import "./chunk-PR3V6W4X.js";
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
import "./chunk-XLU2G4NY.js";
import "./chunk-H55CGFQC.js";
import "./chunk-F7RWRY35.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
