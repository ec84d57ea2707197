import {
  register as register21
} from "./chunk-FP7O3FO4.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-OSAMW7LK.js";
import {
  register as register17
} from "./chunk-EMEQF7KE.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-OKSOQ7TL.js";
import {
  register as register19
} from "./chunk-MJD2G2BV.js";
import {
  register as register20
} from "./chunk-RVDPTYNV.js";
import {
  register as register11
} from "./chunk-VYRZXJB7.js";
import "./chunk-Q2ZPRE4A.js";
import {
  register as register12
} from "./chunk-EC4N6ILV.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-FJTKRIGR.js";
import {
  register as register13
} from "./chunk-DT6N4ZHH.js";
import {
  register as register14
} from "./chunk-7NNSVLPD.js";
import {
  register as register15
} from "./chunk-B63STA37.js";
import {
  register as register7
} from "./chunk-KVFPDZ2G.js";
import {
  register as register8
} from "./chunk-BP6OKNNU.js";
import "./chunk-RPUIMMAG.js";
import {
  register as register9
} from "./chunk-K7TJPLJ2.js";
import "./chunk-YNFZ4IWR.js";
import {
  register as register10
} from "./chunk-QYUMFRVE.js";
import "./chunk-H6K676HA.js";
import "./chunk-4PB4YSWI.js";
import {
  register as register3
} from "./chunk-AQH6DCQ3.js";
import "./chunk-YPDY4HHX.js";
import {
  register as register4
} from "./chunk-7ZKT7RCK.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-ZPHMDCAA.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-P3B6QT36.js";
import "./chunk-AR5WPBVH.js";
import "./chunk-6HHKND5I.js";
import "./chunk-QWXZKVBO.js";
import "./chunk-LYSZR6MB.js";
import "./chunk-YVDYYITH.js";
import "./chunk-OJX4F6JF.js";
import "./chunk-PRBNDUCO.js";
import "./chunk-TG33RQB7.js";
import "./chunk-FN6Z2M5F.js";
import "./chunk-RWU3TQUC.js";
import "./chunk-QFTSC77H.js";
import {
  register
} from "./chunk-GZVMO6SD.js";
import "./chunk-KUHFCW5S.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-J547KBKJ.js";
import "./chunk-TKU3JDOZ.js";
import "./chunk-TWNDPLLB.js";
import "./chunk-FGKSY6MU.js";
import "./chunk-MM4J46LB.js";
import "./chunk-RY6O4ZIL.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-EVB36OIM.js";
import "./chunk-AV3MXERG.js";
import "./chunk-GBNVG7KF.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-57DJHKGH.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-NYDW4L6E.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-T32SF6BM.js";
import "./chunk-I3ZUZBHI.js";
import "./chunk-VXIONQXN.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
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
