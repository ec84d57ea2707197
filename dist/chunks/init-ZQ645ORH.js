import {
  register
} from "./chunk-SK5RWYNQ.js";
import "./chunk-QLHJKRDR.js";
import "./chunk-O6MHMSDE.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-IOQSLGAY.js";
import "./chunk-R5AVBUQN.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
