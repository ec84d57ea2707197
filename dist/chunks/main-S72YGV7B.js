import {
  register as register21
} from "./chunk-UDFL3MTJ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-XZV6TPNA.js";
import {
  register as register17
} from "./chunk-WBBAG5CE.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-53AGKNC4.js";
import {
  register as register19
} from "./chunk-B2ZWNDLG.js";
import {
  register as register20
} from "./chunk-5MLPN2X3.js";
import {
  register as register11
} from "./chunk-37FXGZBG.js";
import "./chunk-5YX6PCRO.js";
import {
  register as register12
} from "./chunk-T6JIKBN6.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-ONWPWFSL.js";
import {
  register as register13
} from "./chunk-6X2VBGQ4.js";
import {
  register as register14
} from "./chunk-6KGYGI4R.js";
import {
  register as register15
} from "./chunk-37SR2WIV.js";
import {
  register as register7
} from "./chunk-VUTBBDAY.js";
import {
  register as register8
} from "./chunk-COQQ24Y7.js";
import "./chunk-QG6NU4T2.js";
import {
  register as register9
} from "./chunk-G2PHMPWO.js";
import "./chunk-GWI665NK.js";
import {
  register as register10
} from "./chunk-DD4GCZ42.js";
import "./chunk-NSHDLMKQ.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-UVKFV7QR.js";
import "./chunk-4UYIJQ45.js";
import {
  register as register4
} from "./chunk-M5SITQ54.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-WK5O6A42.js";
import "./chunk-7MVKPAAG.js";
import "./chunk-QMXGFNKM.js";
import "./chunk-53LPOIMV.js";
import "./chunk-JZFDV5BV.js";
import "./chunk-KWQQNHAZ.js";
import "./chunk-ZKF2QTVI.js";
import "./chunk-UJ4TLJWC.js";
import "./chunk-DNGTRYLE.js";
import "./chunk-TSRG5S3P.js";
import "./chunk-TG33RQB7.js";
import "./chunk-72LHR32Q.js";
import "./chunk-4CQNXQJH.js";
import "./chunk-CLLTSBW2.js";
import {
  register
} from "./chunk-JADQL56O.js";
import "./chunk-NJ4KZK27.js";
import {
  register as register2
} from "./chunk-CJSXYQGZ.js";
import "./chunk-JMI2IIT2.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-7ZWEBCCZ.js";
import "./chunk-NORQKNW2.js";
import "./chunk-LKKPWV5N.js";
import "./chunk-PSOLL26C.js";
import "./chunk-A2PXKKIF.js";
import "./chunk-VDGFES5W.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M3SL7RM.js";
import "./chunk-7LM47YU7.js";
import "./chunk-AV3MXERG.js";
import "./chunk-PR3V6W4X.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLEGPF34.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-XLU2G4NY.js";
import "./chunk-H55CGFQC.js";
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
