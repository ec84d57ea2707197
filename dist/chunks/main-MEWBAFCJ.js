import {
  register as register21
} from "./chunk-TDHYXLTP.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-IFEAZXD4.js";
import {
  register as register17
} from "./chunk-FHVWMP54.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-OS4GRAS3.js";
import {
  register as register19
} from "./chunk-EBUUQRZ2.js";
import {
  register as register20
} from "./chunk-54W2VET4.js";
import {
  register as register11
} from "./chunk-LLOHRA22.js";
import "./chunk-PCTWWI63.js";
import {
  register as register12
} from "./chunk-LR7ERFYZ.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-LNQ3FZFL.js";
import {
  register as register13
} from "./chunk-KZRHFWA6.js";
import {
  register as register14
} from "./chunk-SNYRETFC.js";
import {
  register as register15
} from "./chunk-M5QAGB4X.js";
import {
  register as register7
} from "./chunk-YUUFDGKN.js";
import {
  register as register8
} from "./chunk-2GZC5FUQ.js";
import "./chunk-PIPDEB2D.js";
import {
  register as register9
} from "./chunk-F4CXEF45.js";
import "./chunk-RRPXWGNE.js";
import {
  register as register10
} from "./chunk-M3RQ5Y66.js";
import "./chunk-5IGVQYXJ.js";
import "./chunk-VNFW755L.js";
import {
  register as register3
} from "./chunk-DWWL34ZJ.js";
import "./chunk-QVHDBPPW.js";
import {
  register as register4
} from "./chunk-ADELSZ2Y.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-JSSCDVXA.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-TRNPIK6U.js";
import "./chunk-UOCWHG2P.js";
import "./chunk-Y7BVLIMR.js";
import "./chunk-QWXZKVBO.js";
import "./chunk-EEA5DRL7.js";
import "./chunk-UFWGEUGE.js";
import "./chunk-V6SORXLX.js";
import "./chunk-PRBNDUCO.js";
import "./chunk-TG33RQB7.js";
import "./chunk-KPAUEGLZ.js";
import "./chunk-YALEYXRB.js";
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
import "./chunk-EPCUO6BL.js";
import "./chunk-KODEWMRP.js";
import "./chunk-WIREQ72B.js";
import "./chunk-7G2EA6DU.js";
import "./chunk-ZOFCKEKI.js";
import "./chunk-AC4TSHO4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-AG4D3IN4.js";
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
