import {
  register
} from "./chunk-5BCYFVMR.js";
import "./chunk-LDJEB4AL.js";
import "./chunk-ZYOTHP5J.js";
import "./chunk-T5G4GL5L.js";
import "./chunk-BNHW5ZVT.js";
import "./chunk-VCWS46SP.js";
import "./chunk-5FHYRI2U.js";
import "./chunk-4NY5DSGO.js";
import "./chunk-S55EB4S3.js";
import "./chunk-TZOF6G5B.js";
import "./chunk-TG33RQB7.js";
import "./chunk-TPLYPHSU.js";
import "./chunk-INAGV764.js";
import "./chunk-O3BM3XAJ.js";
import "./chunk-KYWJ5YYQ.js";
import "./chunk-YBW2FKC7.js";
import "./chunk-QYM25KDI.js";
import "./chunk-NHIES3XR.js";
import "./chunk-KYE7PL37.js";
import "./chunk-MTEYPNK7.js";
import "./chunk-FMOXHLWZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YA7IUZ55.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-4F6BQ5MA.js";
import "./chunk-RBSXC52F.js";
import "./chunk-S4C2GQ5U.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
