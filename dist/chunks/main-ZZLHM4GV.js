import {
  register as register20
} from "./chunk-OFNEXWEN.js";
import {
  register as register21
} from "./chunk-FLNZZXWZ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register14
} from "./chunk-R5SD7QB3.js";
import {
  register as register15
} from "./chunk-WQQC4AGC.js";
import {
  register as register16
} from "./chunk-DFEHA6S5.js";
import {
  register as register17
} from "./chunk-VBWFU2KI.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register18
} from "./chunk-G2RVASXQ.js";
import {
  register as register19
} from "./chunk-OBVHBSGV.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-GTGOXCJY.js";
import "./chunk-5SB7E7BS.js";
import {
  register as register12
} from "./chunk-A7GNUJRD.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-PRURFOBO.js";
import "./chunk-RODDELAI.js";
import "./chunk-W5J37BMN.js";
import {
  register as register13
} from "./chunk-AGG4ENI2.js";
import {
  register as register7
} from "./chunk-AT4XRV3I.js";
import {
  register as register8
} from "./chunk-G4RLAJBF.js";
import "./chunk-O262EAXM.js";
import {
  register as register9
} from "./chunk-3JZCUUJR.js";
import {
  register as register10
} from "./chunk-IYJ2RX7K.js";
import "./chunk-HIMXXPJL.js";
import "./chunk-S6ZYNARW.js";
import "./chunk-HJJC6Q4G.js";
import {
  register as register3
} from "./chunk-ZPRRTHDL.js";
import "./chunk-OZG4MB6Q.js";
import "./chunk-3SU5PHYB.js";
import {
  register as register4
} from "./chunk-WMUW6QOJ.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-66O5QKX7.js";
import "./chunk-W726QNSL.js";
import "./chunk-MMEUYWTK.js";
import "./chunk-WUXEXMDJ.js";
import "./chunk-Q4KGC366.js";
import "./chunk-73RG7ISE.js";
import "./chunk-N3I24MFV.js";
import "./chunk-7X7XRA2Y.js";
import "./chunk-GTEWL52C.js";
import "./chunk-IL72QI4B.js";
import "./chunk-UBXMDNJD.js";
import "./chunk-TG33RQB7.js";
import "./chunk-ILEKAJ4U.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-DBG2K3KY.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-2A5XHYU6.js";
import "./chunk-Z4AGIW4A.js";
import {
  register as register2
} from "./chunk-56QMKWSY.js";
import "./chunk-65JBJRKO.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-VYJLUQ7F.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-CWSUWE2G.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-B3ZF2FJ6.js";
import "./chunk-X7J22DY4.js";
import "./chunk-76SHEB3B.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-Y3A5YNFA.js";
import "./chunk-YLRHUKYJ.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-ULDQNVZI.js";
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
