import {
  register as register21
} from "./chunk-SOMDE36K.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-UENBLBIS.js";
import {
  register as register17
} from "./chunk-GF4FMWMT.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-QQCJFX6S.js";
import {
  register as register19
} from "./chunk-VDD3XIJX.js";
import {
  register as register20
} from "./chunk-XOXKZKBW.js";
import {
  register as register11
} from "./chunk-56WOP2HN.js";
import "./chunk-QIPTWG73.js";
import {
  register as register12
} from "./chunk-QR7SHUT6.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-LB2VBUK2.js";
import {
  register as register13
} from "./chunk-643WOPGT.js";
import {
  register as register14
} from "./chunk-WK6TBJWA.js";
import {
  register as register15
} from "./chunk-W67WO57F.js";
import {
  register as register7
} from "./chunk-M7GSJVCR.js";
import {
  register as register8
} from "./chunk-NG5G2RJS.js";
import "./chunk-PYQBLXMH.js";
import {
  register as register9
} from "./chunk-MJQRRGOY.js";
import "./chunk-GLJBGNBE.js";
import {
  register as register10
} from "./chunk-M4BQ52QS.js";
import "./chunk-HU6G5UYU.js";
import "./chunk-VNFW755L.js";
import {
  register as register3
} from "./chunk-67GU4B6O.js";
import "./chunk-DIEPSHVZ.js";
import {
  register as register4
} from "./chunk-ADELSZ2Y.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-7VX7IKUD.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-PJUOAGKR.js";
import "./chunk-AVFYVDZ5.js";
import "./chunk-EJY2UGHI.js";
import "./chunk-QWXZKVBO.js";
import "./chunk-2EJH53TV.js";
import "./chunk-SIZJNR5E.js";
import "./chunk-GKIFCYDR.js";
import "./chunk-PRBNDUCO.js";
import "./chunk-TG33RQB7.js";
import "./chunk-UOJOEPH3.js";
import "./chunk-454XV7SJ.js";
import "./chunk-J7QJNBPX.js";
import {
  register
} from "./chunk-32KKU7XW.js";
import "./chunk-QXCZ2OCJ.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-QO2ODUP4.js";
import "./chunk-WSSI7ZOD.js";
import "./chunk-MMUN54YW.js";
import "./chunk-7G2EA6DU.js";
import "./chunk-4XBULD2O.js";
import "./chunk-AC4TSHO4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-CVJYPHQD.js";
import "./chunk-AV3MXERG.js";
import "./chunk-GBNVG7KF.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-6W26X32X.js";
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
