import {
  register as register20
} from "./chunk-UU5WETQJ.js";
import {
  register as register21
} from "./chunk-DG4HPFVG.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register16
} from "./chunk-MTPKQX2B.js";
import {
  register as register17
} from "./chunk-ZIIDBX6X.js";
import "./chunk-JHBV4XZV.js";
import "./chunk-6AGUVB6C.js";
import {
  register as register18
} from "./chunk-B4Z7HJT4.js";
import {
  register as register19
} from "./chunk-LXH6QMGH.js";
import {
  register as register11
} from "./chunk-VFI3POAJ.js";
import "./chunk-VIHW52NL.js";
import {
  register as register12
} from "./chunk-5AJWH7ZD.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-HOFQMOX6.js";
import {
  register as register13
} from "./chunk-QJTDGCXQ.js";
import {
  register as register14
} from "./chunk-B2BPWF37.js";
import {
  register as register15
} from "./chunk-OMH3DLNX.js";
import "./chunk-4LFIFZFI.js";
import "./chunk-PRVTQAM5.js";
import {
  register as register7
} from "./chunk-J4WQU2J6.js";
import {
  register as register8
} from "./chunk-GTQ5CMKF.js";
import "./chunk-ZVJJK4AO.js";
import {
  register as register9
} from "./chunk-PWTW6Y6Y.js";
import {
  register as register10
} from "./chunk-EGJBEPIK.js";
import "./chunk-NTTC5ENW.js";
import "./chunk-XQVSH4KA.js";
import "./chunk-45QQXQUT.js";
import {
  register as register3
} from "./chunk-RNSTHCBC.js";
import "./chunk-3VZXAYEJ.js";
import "./chunk-GHX3Y27E.js";
import {
  register as register4
} from "./chunk-LT73HHD5.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-NBDXH5QD.js";
import "./chunk-NSDPCHS6.js";
import "./chunk-CRB2NUAW.js";
import "./chunk-OA4M7N7B.js";
import "./chunk-BHM4N6EB.js";
import "./chunk-I4ZIMZX2.js";
import "./chunk-E4UJYQKS.js";
import "./chunk-UNBNNJ3X.js";
import "./chunk-MCG6JEZI.js";
import "./chunk-JRCX2BX5.js";
import "./chunk-3BXGCAIM.js";
import "./chunk-TG33RQB7.js";
import "./chunk-MDT2E7KD.js";
import "./chunk-HJKLCHVG.js";
import "./chunk-AV3MXERG.js";
import "./chunk-HSEXQCBP.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-VX336ARK.js";
import "./chunk-UGK5VBW5.js";
import {
  register as register2
} from "./chunk-FUJXGLDJ.js";
import "./chunk-VATENULT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-6PYWFGAL.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-RNJ27YSK.js";
import "./chunk-KYE7PL37.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-MV4A2GQ3.js";
import "./chunk-X7J22DY4.js";
import "./chunk-VSIBXQJZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-5LBYMQLS.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-IYCUMNUT.js";
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
