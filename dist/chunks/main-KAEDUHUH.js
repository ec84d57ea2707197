import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register14
} from "./chunk-MQOA6NRE.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register15
} from "./chunk-YMMZNOX3.js";
import {
  register as register16
} from "./chunk-WKUWTXVM.js";
import {
  register as register17
} from "./chunk-7RZPQ5F2.js";
import {
  register as register18
} from "./chunk-732LUB5H.js";
import {
  register as register19
} from "./chunk-BEUAMD67.js";
import {
  register as register9
} from "./chunk-B3NC7OFI.js";
import {
  register as register10
} from "./chunk-OQJJVDUA.js";
import {
  register as register11
} from "./chunk-KOYFEUPP.js";
import "./chunk-BJQ72ELV.js";
import {
  register as register12
} from "./chunk-K7Q2A3RW.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-6V3A6VMT.js";
import {
  register as register13
} from "./chunk-SNWFHT3B.js";
import "./chunk-6OAINPCJ.js";
import "./chunk-LU5V7B32.js";
import "./chunk-62JXS2GR.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import "./chunk-UIOT3NKO.js";
import {
  register as register6
} from "./chunk-LPQGUAE7.js";
import "./chunk-7HWFJC5W.js";
import "./chunk-JCHKIWGY.js";
import {
  register as register7
} from "./chunk-C5DW6RSX.js";
import {
  register as register8
} from "./chunk-EBQPZ5O4.js";
import "./chunk-TPKCXGLY.js";
import "./chunk-IJYDZW2A.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-YISQO5ZV.js";
import {
  register
} from "./chunk-5MD5DT3O.js";
import {
  register as register2
} from "./chunk-PXI2RIUN.js";
import "./chunk-4VMH2QLF.js";
import "./chunk-36L4KG2G.js";
import {
  register as register3
} from "./chunk-ICP4E543.js";
import "./chunk-2IZ543BU.js";
import "./chunk-5ZU3WW3C.js";
import "./chunk-OQTPEAS3.js";
import "./chunk-6RNPMR6W.js";
import "./chunk-EWJTCHT4.js";
import "./chunk-DZGAXUVK.js";
import "./chunk-TG33RQB7.js";
import "./chunk-ODXWE2RU.js";
import "./chunk-RPCWGHLO.js";
import "./chunk-ULHZL63X.js";
import "./chunk-C3TN66MN.js";
import "./chunk-YE5IVG7G.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import "./chunk-CQM33MPQ.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import {
  register as register4
} from "./chunk-EUXGTQN3.js";
import "./chunk-UPNR676J.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-3DONTX73.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-SGMXXTGS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-XPEAIXLN.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
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
  register19
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
