import {
  register as register18
} from "./chunk-RNXA7X7X.js";
import {
  register as register19
} from "./chunk-OZXJ5ZWQ.js";
import {
  register as register20
} from "./chunk-RAQYTAKU.js";
import {
  register as register21
} from "./chunk-UTQY62UK.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register12
} from "./chunk-XP5Z63DJ.js";
import {
  register as register13
} from "./chunk-YSZH2Q5A.js";
import {
  register as register14
} from "./chunk-SVNX4WNB.js";
import {
  register as register15
} from "./chunk-MMES2EAR.js";
import {
  register as register16
} from "./chunk-HA7JJDFL.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-6ZZBDZRX.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register8
} from "./chunk-ON3U356R.js";
import {
  register as register9
} from "./chunk-D2ZP3BZY.js";
import {
  register as register10
} from "./chunk-W2BUMM4Z.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-MGPPITC3.js";
import "./chunk-LM63JVUS.js";
import "./chunk-G457SWVM.js";
import "./chunk-M2PZPTL7.js";
import "./chunk-UNITJ3PS.js";
import "./chunk-G3GVZ2TK.js";
import {
  register as register4
} from "./chunk-RV536L37.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-F2Q3QMLI.js";
import "./chunk-FL7IQSG2.js";
import "./chunk-TWNDBM4Y.js";
import "./chunk-ENVKINMT.js";
import {
  register as register7
} from "./chunk-NSAUI7GI.js";
import "./chunk-TXBZE5KA.js";
import "./chunk-G4UCSU3J.js";
import {
  register as register3
} from "./chunk-LILGKZDX.js";
import "./chunk-5455JYGQ.js";
import "./chunk-R4IRKSTA.js";
import "./chunk-EWZ537GP.js";
import "./chunk-TWSITGNS.js";
import "./chunk-MJBEKSBZ.js";
import "./chunk-BJ4EEFFP.js";
import "./chunk-WHE3ZWDZ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-A4SJFHN7.js";
import "./chunk-WISDWE4F.js";
import "./chunk-6BKDI7HF.js";
import "./chunk-GNHHTVFO.js";
import "./chunk-S3V2VKCE.js";
import "./chunk-YBLIXXSV.js";
import "./chunk-OSMNSLCB.js";
import "./chunk-KYE7PL37.js";
import "./chunk-OPYPRSPJ.js";
import "./chunk-4WXW6DD5.js";
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
} from "./chunk-MDYPV5VS.js";
import "./chunk-SBJTHJVL.js";
import "./chunk-6W26X32X.js";
import "./chunk-OEPJEW6A.js";
import {
  register as register2
} from "./chunk-YIP3BZVC.js";
import "./chunk-MSLHH5Z6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-ZMC2JF4W.js";
import "./chunk-MRVO7QRX.js";
import "./chunk-KKESQJJC.js";
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
