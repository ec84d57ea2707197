import {
  register as register21
} from "./chunk-R4YBAAPH.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-S37IKHK5.js";
import {
  register as register17
} from "./chunk-ABDFUMEJ.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-Z6DAYVPC.js";
import {
  register as register19
} from "./chunk-AFFK2HPO.js";
import {
  register as register20
} from "./chunk-IXW4ODZP.js";
import {
  register as register11
} from "./chunk-HXUCDUGU.js";
import "./chunk-XMU6OR5Y.js";
import {
  register as register12
} from "./chunk-4ZP4HKLV.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-6COECXW7.js";
import {
  register as register13
} from "./chunk-BQ4MXSUC.js";
import {
  register as register14
} from "./chunk-MNQPCQFB.js";
import {
  register as register15
} from "./chunk-OJHBKVE4.js";
import {
  register as register7
} from "./chunk-YCE7PKQS.js";
import {
  register as register8
} from "./chunk-LQODCNC3.js";
import "./chunk-XK7OZD3Y.js";
import {
  register as register9
} from "./chunk-5IM5T3QV.js";
import "./chunk-HTPV2SWJ.js";
import {
  register as register10
} from "./chunk-GP3H65NI.js";
import "./chunk-5K7KGU3E.js";
import "./chunk-VNFW755L.js";
import {
  register as register3
} from "./chunk-DRCF4NLS.js";
import "./chunk-7ANW7K4V.js";
import {
  register as register4
} from "./chunk-ULLZO6ED.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-5QL5RFL4.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-XFHOBB7T.js";
import "./chunk-UOT34JI7.js";
import "./chunk-AKZG5CXM.js";
import "./chunk-OWHUP2PS.js";
import "./chunk-6QNVG3RM.js";
import "./chunk-HUJP6G45.js";
import "./chunk-VVMVP3EI.js";
import "./chunk-4L6FR4LQ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-KZKJ56KU.js";
import "./chunk-TXOXW4D3.js";
import "./chunk-D2WUCONQ.js";
import {
  register
} from "./chunk-UBNJI5AT.js";
import "./chunk-QXCZ2OCJ.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TVKV5MVP.js";
import "./chunk-ERPFUUUE.js";
import "./chunk-PP3HX4MK.js";
import "./chunk-AYOAW4RK.js";
import "./chunk-63DXSAV7.js";
import "./chunk-E4ESN3JG.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-5A422Y4U.js";
import "./chunk-AV3MXERG.js";
import "./chunk-MCJBMKS2.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
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
import "./chunk-7SYZDUGY.js";
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
