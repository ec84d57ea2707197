import {
  register as register21
} from "./chunk-KTUPJ7QQ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-OO2QWRSA.js";
import {
  register as register17
} from "./chunk-KFQ2LALB.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-EA2KTFK5.js";
import {
  register as register19
} from "./chunk-X534H6JY.js";
import {
  register as register20
} from "./chunk-WXVE2CQY.js";
import {
  register as register11
} from "./chunk-VDIAV7E3.js";
import "./chunk-FGLCAYHP.js";
import {
  register as register12
} from "./chunk-IMGQCJMF.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-JQZKKEA7.js";
import {
  register as register13
} from "./chunk-JMLGGBFX.js";
import {
  register as register14
} from "./chunk-SBDURQPE.js";
import {
  register as register15
} from "./chunk-NQEIC6WY.js";
import {
  register as register7
} from "./chunk-UTLH7YH4.js";
import {
  register as register8
} from "./chunk-4BXYVIGO.js";
import "./chunk-JR6SMHBI.js";
import {
  register as register9
} from "./chunk-RPKFEHS6.js";
import "./chunk-LGGGLHFR.js";
import {
  register as register10
} from "./chunk-NOOBBBQS.js";
import "./chunk-OD46PBCN.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-FGYPOMXY.js";
import "./chunk-CQFILUMB.js";
import {
  register as register4
} from "./chunk-GUELDFMA.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-PD2LNTFQ.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-LM5SEPW7.js";
import "./chunk-LNIY6FI6.js";
import "./chunk-WWFC6D73.js";
import "./chunk-OWHUP2PS.js";
import "./chunk-X3ELF2LJ.js";
import "./chunk-4P7SIKDR.js";
import "./chunk-EZ4UNB7B.js";
import "./chunk-4L6FR4LQ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-67DXDDRR.js";
import "./chunk-VPQO7572.js";
import "./chunk-MKFEVY5G.js";
import {
  register
} from "./chunk-2KWVXSMP.js";
import "./chunk-WOQS2JLU.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6YM2IXRH.js";
import "./chunk-CTVLI5TD.js";
import "./chunk-6X5UMVNQ.js";
import "./chunk-HH4SDVIE.js";
import "./chunk-OD34WFME.js";
import "./chunk-SJ4HPWQC.js";
import "./chunk-KYE7PL37.js";
import "./chunk-E7N2EG7V.js";
import "./chunk-SCA7EVOJ.js";
import "./chunk-AV3MXERG.js";
import "./chunk-SJEB42SD.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
import "./chunk-IZAE2SI5.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-CIDBZZXW.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-BLVOXNQB.js";
import "./chunk-6Q3SOANF.js";
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
