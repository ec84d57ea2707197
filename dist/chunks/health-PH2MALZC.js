import {
  register
} from "./chunk-JQAEPJD3.js";
import "./chunk-YQEIHU24.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-6ZIME5FE.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-ZHHON4FE.js";
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
  register
};
