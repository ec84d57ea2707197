import {
  register
} from "./chunk-X4CZD362.js";
import "./chunk-NA63SIKH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-UPUWJ6ED.js";
import "./chunk-5A7ZN5ZP.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-CBPVKP2H.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6TMOJDKD.js";
import "./chunk-JCYC3BIM.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
