import {
  closeWorker,
  dropRecord
} from "./chunk-GR4IDVKW.js";
import "./chunk-MBZFGNUE.js";
import "./chunk-OPWZZKFY.js";
import "./chunk-VDHUWVJV.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-GSPF2R2Y.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-PRRD73XA.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-YZAF4F4B.js";
import "./chunk-X7J22DY4.js";
import "./chunk-X3DBSBBL.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-QQTFKJIZ.js";
import "./chunk-M4FOFNKA.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-DT7P73GW.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";
export {
  closeWorker,
  dropRecord
};
