import {
  register as register21
} from "./chunk-2JS2VAHL.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register17
} from "./chunk-G7OUWIRJ.js";
import {
  register as register18
} from "./chunk-IKTAVKZG.js";
import {
  register as register19
} from "./chunk-6ODJOMJD.js";
import {
  register as register20
} from "./chunk-F3K5ESGA.js";
import {
  register as register11
} from "./chunk-L3WABYXJ.js";
import {
  register as register12
} from "./chunk-EVCJJBNG.js";
import "./chunk-IETID6UM.js";
import {
  register as register13
} from "./chunk-E54STLO7.js";
import {
  register as register14
} from "./chunk-25ULFQ6A.js";
import {
  register as register15
} from "./chunk-JZUWEWIN.js";
import "./chunk-4XBKJH7U.js";
import {
  register as register16
} from "./chunk-TSLPGJJD.js";
import "./chunk-JHBV4XZV.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-ISSZM6O2.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-FPQOARNG.js";
import {
  register as register7
} from "./chunk-UD4DVXD3.js";
import {
  register as register8
} from "./chunk-ZW2IVJYH.js";
import "./chunk-OHXFEDJC.js";
import {
  register as register9
} from "./chunk-ZYIJZD4E.js";
import {
  register as register10
} from "./chunk-NGKGWLHS.js";
import "./chunk-NTTC5ENW.js";
import {
  register as register3
} from "./chunk-HACRELCS.js";
import "./chunk-FZZAPL3U.js";
import {
  register as register4
} from "./chunk-THG4DVWJ.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-BL7JIBT2.js";
import "./chunk-QYFT7WBS.js";
import "./chunk-RGQLLY6S.js";
import "./chunk-NIEISFEF.js";
import "./chunk-BHM4N6EB.js";
import "./chunk-JOGCNJZE.js";
import "./chunk-E4UJYQKS.js";
import "./chunk-WSRZ4UAW.js";
import "./chunk-D2WD7NRR.js";
import "./chunk-RIQKP5NX.js";
import "./chunk-3BXGCAIM.js";
import "./chunk-TG33RQB7.js";
import "./chunk-AF2TBP3P.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-ZC6BBVFS.js";
import "./chunk-T2HSVBHP.js";
import {
  register as register2
} from "./chunk-6ZHUNWDR.js";
import "./chunk-PWE224W6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-W57VON5O.js";
import "./chunk-4VPT6KVP.js";
import "./chunk-7HKW4QPT.js";
import "./chunk-LMHDGXEN.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-SBUP5OTK.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-RNJ27YSK.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-YX56E66R.js";
import "./chunk-X7J22DY4.js";
import "./chunk-K5GHEV76.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-VKNBOYQF.js";
import "./chunk-G3JZG4J2.js";
import "./chunk-KBVJCPWE.js";
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
