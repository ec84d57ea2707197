import {
  register as register18
} from "./chunk-NK2MB3PD.js";
import {
  register as register19
} from "./chunk-EGNYC5FK.js";
import {
  register as register20
} from "./chunk-WYEQNY6Z.js";
import {
  register as register21
} from "./chunk-WECYWMFZ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register12
} from "./chunk-5DPFFQQJ.js";
import {
  register as register13
} from "./chunk-JUML5LYU.js";
import {
  register as register14
} from "./chunk-AUD7NN53.js";
import {
  register as register15
} from "./chunk-TH5RP3IP.js";
import {
  register as register16
} from "./chunk-Y5OKQAHV.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-ER6XIPDY.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register8
} from "./chunk-VWIU5YCB.js";
import {
  register as register9
} from "./chunk-MCCCXUUN.js";
import {
  register as register10
} from "./chunk-E6GITHWI.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-6L6RHMXI.js";
import "./chunk-GX6VBH32.js";
import "./chunk-3VNA6JKZ.js";
import "./chunk-EZ5Z2YVG.js";
import "./chunk-Y4KLL6MQ.js";
import "./chunk-HHKECDT4.js";
import {
  register as register4
} from "./chunk-7A5W47NH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-6BDHAEBL.js";
import "./chunk-LDJEB4AL.js";
import "./chunk-MGTZFWMO.js";
import "./chunk-3M2GVPUE.js";
import {
  register as register7
} from "./chunk-KSMDN3FI.js";
import "./chunk-PF7WM4IP.js";
import "./chunk-KM3Y5PLR.js";
import {
  register as register3
} from "./chunk-2GFNZ52E.js";
import "./chunk-FNKS5IR2.js";
import "./chunk-N4IZQMQF.js";
import "./chunk-DJIE3CF7.js";
import "./chunk-S2PX6EN5.js";
import "./chunk-OPZARHXT.js";
import "./chunk-UH4YELQ5.js";
import "./chunk-OFKYVK7U.js";
import "./chunk-TG33RQB7.js";
import "./chunk-BVAORRY6.js";
import "./chunk-I75N4BHM.js";
import "./chunk-MXXJVN4R.js";
import "./chunk-AL7X75NO.js";
import "./chunk-MBHQ7ZZ2.js";
import "./chunk-JRWWXDUC.js";
import "./chunk-6ULRUQEY.js";
import "./chunk-KYE7PL37.js";
import "./chunk-2DZT6OWP.js";
import "./chunk-2RRMI7S2.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-TUUTU52E.js";
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
import "./chunk-QNJ3QF6G.js";
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
