import {
  register
} from "./chunk-ER6XIPDY.js";
import "./chunk-BVAORRY6.js";
import "./chunk-I75N4BHM.js";
import "./chunk-MXXJVN4R.js";
import "./chunk-AL7X75NO.js";
import "./chunk-MBHQ7ZZ2.js";
import "./chunk-6ULRUQEY.js";
import "./chunk-KYE7PL37.js";
import "./chunk-2DZT6OWP.js";
import "./chunk-2RRMI7S2.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YA7IUZ55.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-4F6BQ5MA.js";
import "./chunk-QNJ3QF6G.js";
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
