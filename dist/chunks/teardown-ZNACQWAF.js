import {
  closeWorker,
  dropRecord
} from "./chunk-4UNSYSDT.js";
import "./chunk-SIGZIRRT.js";
import "./chunk-YZJB6NWL.js";
import "./chunk-72SZEK3I.js";
import "./chunk-GAS66AQL.js";
import "./chunk-KYE7PL37.js";
import "./chunk-Q62WGGID.js";
import "./chunk-E5IANNNT.js";
import "./chunk-AV3MXERG.js";
import "./chunk-44LCOTGN.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
import "./chunk-DIHPPL62.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-I5KMT3XB.js";
import "./chunk-OSDP6EFQ.js";
import "./chunk-SG2T3KHU.js";
import "./chunk-YBTFQEKS.js";
import "./chunk-UD4ZR5W3.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";
export {
  closeWorker,
  dropRecord
};
