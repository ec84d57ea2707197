import {
  register as register21
} from "./chunk-23FFE25J.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-BXDVQXNA.js";
import {
  register as register17
} from "./chunk-V76TIRQF.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-GUUUZ4KC.js";
import {
  register as register19
} from "./chunk-ZN5IVMCC.js";
import {
  register as register20
} from "./chunk-CUCRSHUI.js";
import {
  register as register11
} from "./chunk-UUTC6T6V.js";
import "./chunk-XGQ2CARN.js";
import {
  register as register12
} from "./chunk-U4VWK7VV.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-ERZDXGZX.js";
import {
  register as register13
} from "./chunk-RM2VFJYG.js";
import {
  register as register14
} from "./chunk-4AERKGCW.js";
import {
  register as register15
} from "./chunk-J5VVHZLK.js";
import {
  register as register7
} from "./chunk-2AGLNIO7.js";
import {
  register as register8
} from "./chunk-JEA3GD6A.js";
import "./chunk-MM6FCNBY.js";
import {
  register as register9
} from "./chunk-4OFA6QMI.js";
import "./chunk-DO4GHHB3.js";
import {
  register as register10
} from "./chunk-2GAH76QF.js";
import "./chunk-4JRRYZKI.js";
import "./chunk-VNFW755L.js";
import {
  register as register3
} from "./chunk-KTR6P7C2.js";
import "./chunk-LFQV2LD7.js";
import {
  register as register4
} from "./chunk-7ZKT7RCK.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-QPAXOSPZ.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-3KAAOLZ7.js";
import "./chunk-4HTKHPUZ.js";
import "./chunk-34XXC237.js";
import "./chunk-QWXZKVBO.js";
import "./chunk-L2G5HXDL.js";
import "./chunk-GTL2HXYX.js";
import "./chunk-5VJY5ZQU.js";
import "./chunk-PRBNDUCO.js";
import "./chunk-TG33RQB7.js";
import "./chunk-NB7JAOMV.js";
import "./chunk-HP2ZWNCT.js";
import "./chunk-W3FHZXXF.js";
import {
  register
} from "./chunk-GZVMO6SD.js";
import "./chunk-KUHFCW5S.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6ISSPWB7.js";
import "./chunk-4PNDTV6R.js";
import "./chunk-JETFJLSL.js";
import "./chunk-FGKSY6MU.js";
import "./chunk-DR6APV54.js";
import "./chunk-RY6O4ZIL.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-42QEQGSF.js";
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
