import {
  register as register21
} from "./chunk-3CWJPKUG.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-BYJIG7T4.js";
import {
  register as register17
} from "./chunk-J4DQCLHX.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-S5LBI4XR.js";
import {
  register as register19
} from "./chunk-RUZL5R47.js";
import {
  register as register20
} from "./chunk-BYRCBIKP.js";
import {
  register as register11
} from "./chunk-AT4OY3IB.js";
import "./chunk-47FPUDLW.js";
import {
  register as register12
} from "./chunk-772LDVH6.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-ACGOA3M2.js";
import {
  register as register13
} from "./chunk-MDCH2JCS.js";
import {
  register as register14
} from "./chunk-QWMR7SHS.js";
import {
  register as register15
} from "./chunk-OFUKDFY2.js";
import {
  register as register7
} from "./chunk-NMB44YVE.js";
import {
  register as register8
} from "./chunk-N2DUAXNA.js";
import "./chunk-CIUMFQCF.js";
import {
  register as register9
} from "./chunk-UINMCELB.js";
import "./chunk-BVHLN57Y.js";
import {
  register as register10
} from "./chunk-JSEEW5XM.js";
import "./chunk-LHURZUAT.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-3XCGGY77.js";
import "./chunk-C6K63NER.js";
import {
  register as register4
} from "./chunk-6MRCAYCT.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-BRUGQA3F.js";
import "./chunk-2E5W5FKN.js";
import "./chunk-QLM6OKXM.js";
import "./chunk-JTJK6OTX.js";
import "./chunk-27KHZL6Q.js";
import "./chunk-FY4PHUPH.js";
import "./chunk-Z2D5HT6M.js";
import "./chunk-X4UDMV5E.js";
import "./chunk-YRLTQOVA.js";
import "./chunk-SN4S7WTH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-ILQOZ6LB.js";
import "./chunk-BFJKZNRO.js";
import "./chunk-6BTXSCRE.js";
import {
  register
} from "./chunk-M3QFWJM6.js";
import "./chunk-23ICVFVT.js";
import {
  register as register2
} from "./chunk-BYGPSDAE.js";
import "./chunk-2I2EWQMJ.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-4UNSYSDT.js";
import "./chunk-SIGZIRRT.js";
import "./chunk-YZJB6NWL.js";
import "./chunk-72SZEK3I.js";
import "./chunk-CXXJYEIS.js";
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
import "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-CRIK5EBA.js";
import "./chunk-I5KMT3XB.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-OSDP6EFQ.js";
import "./chunk-SG2T3KHU.js";
import "./chunk-YBTFQEKS.js";
import "./chunk-UD4ZR5W3.js";
import "./chunk-RZIVDDZH.js";
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
