import {
  register as register21
} from "./chunk-JBPQIGIS.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-AEXMTJDR.js";
import {
  register as register17
} from "./chunk-FBUVIDIH.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-3T24RLSE.js";
import {
  register as register19
} from "./chunk-R3ZNCDBH.js";
import {
  register as register20
} from "./chunk-EHWCVC4U.js";
import {
  register as register11
} from "./chunk-MTFAGYNL.js";
import "./chunk-TVYNSTYX.js";
import {
  register as register12
} from "./chunk-HTXANV6G.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-E3YZWTU5.js";
import {
  register as register13
} from "./chunk-C3CSYOLH.js";
import {
  register as register14
} from "./chunk-Q6N6B5EX.js";
import {
  register as register15
} from "./chunk-QO35QB4E.js";
import {
  register as register7
} from "./chunk-T6C7O3VN.js";
import {
  register as register8
} from "./chunk-5GJHPKRN.js";
import "./chunk-6ZYG6PZU.js";
import {
  register as register9
} from "./chunk-WGVE7OUF.js";
import "./chunk-FVX7GAFQ.js";
import {
  register as register10
} from "./chunk-NRR5KLFP.js";
import "./chunk-NESX3M3B.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-INY37N5U.js";
import "./chunk-RGKSAY34.js";
import {
  register as register4
} from "./chunk-UIIMN54G.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-X2AZCDHV.js";
import "./chunk-T3DI6APV.js";
import "./chunk-FA7JZPSN.js";
import "./chunk-Q752NR7Y.js";
import "./chunk-KRZ5DFX6.js";
import "./chunk-WDCF4ALU.js";
import "./chunk-V5QLB5RY.js";
import "./chunk-OQQ6YFUY.js";
import "./chunk-AKRAC3ES.js";
import "./chunk-BONXPBPP.js";
import "./chunk-TG33RQB7.js";
import "./chunk-EUKYVE2P.js";
import "./chunk-NGUOVTYQ.js";
import "./chunk-HO3SFK75.js";
import {
  register
} from "./chunk-CMHYXJEW.js";
import "./chunk-O3DLB3KJ.js";
import {
  register as register2
} from "./chunk-HE3WDGI4.js";
import "./chunk-QR75NVXY.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-3TNDZ7LB.js";
import "./chunk-3JJSQL3B.js";
import "./chunk-DZNAMSVK.js";
import "./chunk-UETEYVXV.js";
import "./chunk-2VHC5RE7.js";
import "./chunk-4CHRSZ3A.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-B4Y23AMR.js";
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
