import {
  register
} from "./chunk-EBM2V5FS.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-LOOFBARX.js";
import "./chunk-OQLVJ2G2.js";
import "./chunk-2WDRQJEV.js";
import "./chunk-IOFQDBJU.js";
import "./chunk-DH7HOUOJ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-EIFKADUK.js";
import "./chunk-XLZULFMH.js";
import "./chunk-FVTDHGXT.js";
import "./chunk-O6MHMSDE.js";
import "./chunk-VFN4UGYH.js";
import "./chunk-YAN22HFV.js";
import "./chunk-FIZO7XQ3.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-5VRM7MXT.js";
import "./chunk-AV3MXERG.js";
import "./chunk-TRLTWS74.js";
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
import "./chunk-IOQSLGAY.js";
import "./chunk-R5AVBUQN.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
