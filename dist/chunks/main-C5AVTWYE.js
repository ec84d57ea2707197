import {
  register as register18
} from "./chunk-ASRGWNNG.js";
import {
  register as register19
} from "./chunk-O7DGSITJ.js";
import {
  register as register20
} from "./chunk-4K7MLGTU.js";
import {
  register as register21
} from "./chunk-X4CZD362.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register12
} from "./chunk-HVYHEL64.js";
import {
  register as register13
} from "./chunk-X4ITBGOF.js";
import {
  register as register14
} from "./chunk-J7AB6PX3.js";
import {
  register as register15
} from "./chunk-YJTXZLQT.js";
import {
  register as register16
} from "./chunk-3YVHKVTA.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-KQZXBL7O.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register9
} from "./chunk-3IZRZQRI.js";
import {
  register as register10
} from "./chunk-O2AZQNHO.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-P4RD6IJL.js";
import "./chunk-UHQ47YD3.js";
import "./chunk-5VEPHUP5.js";
import "./chunk-MMYSFAGV.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-WRM3G4UB.js";
import "./chunk-WZ2IJYQM.js";
import "./chunk-CIX7NACX.js";
import "./chunk-TS2N47VB.js";
import {
  register as register7
} from "./chunk-C3FPID27.js";
import {
  register as register8
} from "./chunk-FDAPFVL7.js";
import "./chunk-JO45TYIN.js";
import "./chunk-NGYXVK6Y.js";
import "./chunk-HKQER4PR.js";
import "./chunk-NA63SIKH.js";
import {
  register as register3
} from "./chunk-EBRXBBCL.js";
import "./chunk-F77XZ3TR.js";
import "./chunk-OODCTDRZ.js";
import "./chunk-OJJKPZHY.js";
import "./chunk-M6CVWVJX.js";
import "./chunk-53VAG4KK.js";
import "./chunk-2ILQK6PB.js";
import "./chunk-FE3EIGUK.js";
import "./chunk-TG33RQB7.js";
import "./chunk-KV76DJLA.js";
import "./chunk-QLNWWVVO.js";
import "./chunk-KOYRQ6AQ.js";
import "./chunk-UPUWJ6ED.js";
import "./chunk-ANKO5LJI.js";
import "./chunk-4UH7LQO6.js";
import "./chunk-5DEVN4G3.js";
import "./chunk-KYE7PL37.js";
import "./chunk-REPOJ5ET.js";
import "./chunk-5A7ZN5ZP.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TPS3XHEN.js";
import {
  register as register4
} from "./chunk-RBPAXVOV.js";
import "./chunk-EBFEKD2K.js";
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
