import {
  register as register20
} from "./chunk-TSJ56UDM.js";
import {
  register as register21
} from "./chunk-XPTWRWRQ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register14
} from "./chunk-GZNETP6Q.js";
import {
  register as register15
} from "./chunk-TCLPNEI5.js";
import {
  register as register16
} from "./chunk-YMTS7FZ2.js";
import {
  register as register17
} from "./chunk-SAAAQ6W3.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register18
} from "./chunk-7JSFHFKJ.js";
import {
  register as register19
} from "./chunk-YWOMILUJ.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-CIMA3VQL.js";
import "./chunk-AYQIINXS.js";
import {
  register as register12
} from "./chunk-RMGCCLKQ.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-6M2YWNA6.js";
import "./chunk-PWFI6EBQ.js";
import "./chunk-ETZAJCWU.js";
import {
  register as register13
} from "./chunk-PPICIURW.js";
import {
  register as register7
} from "./chunk-XQMD2QQ3.js";
import {
  register as register8
} from "./chunk-RD4A2DHY.js";
import "./chunk-RMNL2QAP.js";
import {
  register as register9
} from "./chunk-QO66BPIX.js";
import {
  register as register10
} from "./chunk-JQAEPJD3.js";
import "./chunk-YQEIHU24.js";
import "./chunk-GR4IDVKW.js";
import "./chunk-MBZFGNUE.js";
import {
  register as register3
} from "./chunk-YQ6N5U6L.js";
import "./chunk-GVKOY6ZG.js";
import "./chunk-OPWZZKFY.js";
import {
  register as register4
} from "./chunk-CKV54CHB.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-YE3VLB2A.js";
import "./chunk-QMD32JRM.js";
import "./chunk-PX4CWZJK.js";
import "./chunk-NWGOEJB4.js";
import "./chunk-5XDFV3YH.js";
import "./chunk-OJ4GBXRD.js";
import "./chunk-OAIW5MLP.js";
import "./chunk-BOK35DLG.js";
import "./chunk-WI4GMSTS.js";
import "./chunk-CWMAV3IW.js";
import "./chunk-K5WW7LA4.js";
import "./chunk-TG33RQB7.js";
import "./chunk-VDHUWVJV.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-NSVUVW6A.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-K263JUTC.js";
import "./chunk-Y2P5237A.js";
import {
  register as register2
} from "./chunk-PVX57YDX.js";
import "./chunk-6ZIME5FE.js";
import "./chunk-UIOT3NKO.js";
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

// src/cli/index.ts
var COMMANDS = [
  register,
  register2,
  register3,
  register4,
  register5,
  register6,
  register7,
  register8,
  register9,
  register10,
  register11,
  register12,
  register13,
  register14,
  register15,
  register16,
  register17,
  register18,
  register19,
  register20,
  register21
];

// src/main.ts
function buildProgram() {
  return addCommands(createProgram(), COMMANDS);
}
async function main(argv) {
  return runProgram(buildProgram(), argv);
}
export {
  HELP_GROUPS,
  buildProgram,
  main
};
