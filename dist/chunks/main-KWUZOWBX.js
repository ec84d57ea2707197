import {
  register as register21
} from "./chunk-JOYLWOBF.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-FT642SXN.js";
import {
  register as register17
} from "./chunk-CAF35ZHQ.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-BUFBEJOH.js";
import {
  register as register19
} from "./chunk-ZBM2EZPG.js";
import {
  register as register20
} from "./chunk-KL2MHDKU.js";
import {
  register as register11
} from "./chunk-MJS7KEZZ.js";
import "./chunk-I3PT3R6E.js";
import {
  register as register12
} from "./chunk-UNMKTS2Q.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-KVL44VVB.js";
import {
  register as register13
} from "./chunk-PPJ3B6R6.js";
import {
  register as register14
} from "./chunk-RLRPLGJK.js";
import {
  register as register15
} from "./chunk-4CAJXKBL.js";
import {
  register as register7
} from "./chunk-UVA3SRY4.js";
import {
  register as register8
} from "./chunk-22RC6F6F.js";
import "./chunk-SUFEQVUC.js";
import {
  register as register9
} from "./chunk-EZ6GLNRU.js";
import "./chunk-ZRTYGWXB.js";
import {
  register as register10
} from "./chunk-3WX6AYU2.js";
import "./chunk-HDAK44VK.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-JHWQTFWQ.js";
import "./chunk-JVMV5E7R.js";
import {
  register as register4
} from "./chunk-KQKINHN4.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-4ORKUTRM.js";
import "./chunk-T3DI6APV.js";
import "./chunk-UZOKKFRD.js";
import "./chunk-N4QR5E4E.js";
import "./chunk-MY37UQSV.js";
import "./chunk-WDCF4ALU.js";
import "./chunk-RL5RQ2RG.js";
import "./chunk-OF3PVKPO.js";
import "./chunk-RV2FXMT6.js";
import "./chunk-BONXPBPP.js";
import "./chunk-TG33RQB7.js";
import "./chunk-AHOIHGWK.js";
import "./chunk-52KIFX7R.js";
import "./chunk-HO3SFK75.js";
import {
  register
} from "./chunk-YRSJNBWJ.js";
import "./chunk-O3DLB3KJ.js";
import {
  register as register2
} from "./chunk-WGWVJGEY.js";
import "./chunk-CHFSJDNF.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-7VMMVVO4.js";
import "./chunk-FRXDNMG5.js";
import "./chunk-DU6TBX7I.js";
import "./chunk-6EZIYVRR.js";
import "./chunk-N6MMGKRK.js";
import "./chunk-4CHRSZ3A.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M3SL7RM.js";
import "./chunk-EK6BSVKV.js";
import "./chunk-AV3MXERG.js";
import "./chunk-M7N4EJIB.js";
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
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-J4PRPSTZ.js";
import "./chunk-OCBGMGGR.js";
import "./chunk-F7RWRY35.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
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
