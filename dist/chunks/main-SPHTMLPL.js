import {
  register as register18
} from "./chunk-7A6TYPOE.js";
import {
  register as register19
} from "./chunk-MYIUYDXZ.js";
import {
  register as register20
} from "./chunk-VD2OEAZR.js";
import {
  register as register21
} from "./chunk-G3IQ6UKQ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register12
} from "./chunk-ME7TKAQX.js";
import {
  register as register13
} from "./chunk-AV6GKP6O.js";
import {
  register as register14
} from "./chunk-MEBLHLE3.js";
import {
  register as register15
} from "./chunk-NS2HJQ7W.js";
import {
  register as register16
} from "./chunk-GALMXK5J.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-5GOM6JFR.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register9
} from "./chunk-WGK7MDCD.js";
import {
  register as register10
} from "./chunk-OZKDPUMT.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-VEYDWP6N.js";
import "./chunk-4FWMXQZA.js";
import "./chunk-4NXJV55R.js";
import "./chunk-E4Z4VA4O.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-5BCYFVMR.js";
import "./chunk-LDJEB4AL.js";
import "./chunk-ZYOTHP5J.js";
import "./chunk-T5G4GL5L.js";
import {
  register as register7
} from "./chunk-CNVCNHJX.js";
import {
  register as register8
} from "./chunk-PAJ7X3XZ.js";
import "./chunk-WJUXP6YX.js";
import "./chunk-TL4A2ASM.js";
import "./chunk-4TKDD3TW.js";
import "./chunk-6OL4BPXN.js";
import {
  register as register3
} from "./chunk-WGUDR7M5.js";
import "./chunk-DTPIEV5P.js";
import "./chunk-BNHW5ZVT.js";
import "./chunk-VCWS46SP.js";
import "./chunk-5FHYRI2U.js";
import "./chunk-4NY5DSGO.js";
import "./chunk-S55EB4S3.js";
import "./chunk-TZOF6G5B.js";
import "./chunk-TG33RQB7.js";
import "./chunk-TPLYPHSU.js";
import "./chunk-INAGV764.js";
import "./chunk-O3BM3XAJ.js";
import "./chunk-KYWJ5YYQ.js";
import "./chunk-YBW2FKC7.js";
import "./chunk-QYM25KDI.js";
import "./chunk-NHIES3XR.js";
import "./chunk-KYE7PL37.js";
import "./chunk-MTEYPNK7.js";
import "./chunk-FMOXHLWZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TPS3XHEN.js";
import {
  register as register4
} from "./chunk-7A5W47NH.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-BOUZWD3K.js";
import "./chunk-DUYPUE7I.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import {
  register as register2
} from "./chunk-D4WH536G.js";
import "./chunk-YA7IUZ55.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-4F6BQ5MA.js";
import "./chunk-RBSXC52F.js";
import "./chunk-S4C2GQ5U.js";
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
