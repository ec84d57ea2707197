import {
  register
} from "./chunk-HACRELCS.js";
import "./chunk-FZZAPL3U.js";
import "./chunk-JOGCNJZE.js";
import "./chunk-E4UJYQKS.js";
import "./chunk-WSRZ4UAW.js";
import "./chunk-D2WD7NRR.js";
import "./chunk-RIQKP5NX.js";
import "./chunk-3BXGCAIM.js";
import "./chunk-TG33RQB7.js";
import "./chunk-AF2TBP3P.js";
import "./chunk-PWE224W6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-7HKW4QPT.js";
import "./chunk-LMHDGXEN.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-SBUP5OTK.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-RNJ27YSK.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-YX56E66R.js";
import "./chunk-X7J22DY4.js";
import "./chunk-K5GHEV76.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-VKNBOYQF.js";
import "./chunk-G3JZG4J2.js";
import "./chunk-KBVJCPWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  register
};
