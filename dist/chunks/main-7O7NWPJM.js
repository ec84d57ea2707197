import {
  register as register19
} from "./chunk-OMVW2EGT.js";
import {
  register as register20
} from "./chunk-GM3BQ2LQ.js";
import {
  register as register21
} from "./chunk-KBYNBNUM.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register13
} from "./chunk-2L4YV5IN.js";
import {
  register as register14
} from "./chunk-HTA7DP24.js";
import {
  register as register15
} from "./chunk-IYIYBD5T.js";
import {
  register as register16
} from "./chunk-G7DB3UGH.js";
import {
  register as register17
} from "./chunk-XUV3EZNP.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register18
} from "./chunk-EUFIDDS3.js";
import {
  register as register10
} from "./chunk-RDJTUH4B.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-TRXRCUJG.js";
import "./chunk-RB6KPWUZ.js";
import {
  register as register12
} from "./chunk-M5W3EPZ4.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-STWHRBER.js";
import {
  register as register6
} from "./chunk-U3S5GDCI.js";
import "./chunk-WZ2IJYQM.js";
import "./chunk-A2WLJJAK.js";
import "./chunk-ZLJSJJRG.js";
import {
  register as register7
} from "./chunk-2BCTSJII.js";
import {
  register as register8
} from "./chunk-6S6HSKBT.js";
import "./chunk-VDXG7IDV.js";
import "./chunk-FT23QPJ6.js";
import {
  register as register9
} from "./chunk-UFPF7TXN.js";
import "./chunk-M5RSWT46.js";
import "./chunk-5AUDDWL3.js";
import "./chunk-X2444RHG.js";
import {
  register as register3
} from "./chunk-T2MAOJI2.js";
import "./chunk-XTRL2QW5.js";
import "./chunk-OJJKPZHY.js";
import "./chunk-OKSILDCX.js";
import "./chunk-S7XPVM2L.js";
import "./chunk-4ALPTWFX.js";
import "./chunk-6LF6R5WY.js";
import "./chunk-FE3EIGUK.js";
import "./chunk-TG33RQB7.js";
import "./chunk-SIRBUQDS.js";
import "./chunk-LPNZOWNK.js";
import "./chunk-IEIXSRMF.js";
import "./chunk-4NG2QTIZ.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-FW4VLQAX.js";
import "./chunk-AV3MXERG.js";
import "./chunk-KSEGLAD5.js";
import "./chunk-KTVERTXL.js";
import "./chunk-74JVD4L5.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4XZ4SQGE.js";
import "./chunk-35GFNY2N.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import {
  register as register4
} from "./chunk-ZQRMU4F5.js";
import "./chunk-AQF2DLAR.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-W2SS4RXR.js";
import "./chunk-HFB3AVPU.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import {
  register as register2
} from "./chunk-NSQD72VU.js";
import "./chunk-CBPVKP2H.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6TMOJDKD.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-JCYC3BIM.js";
import "./chunk-ULDQNVZI.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
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
