import {
  register
} from "./chunk-TUUTU52E.js";
import "./chunk-DUYPUE7I.js";
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
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
