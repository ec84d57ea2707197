import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register17
} from "./chunk-E7RNJOZI.js";
import {
  register as register18
} from "./chunk-637DKG7W.js";
import {
  register as register19
} from "./chunk-PSZ2URVG.js";
import {
  register as register20
} from "./chunk-ME5TFJTT.js";
import {
  register as register21
} from "./chunk-PZVU6QFM.js";
import {
  register as register11
} from "./chunk-4RRVQKZP.js";
import {
  register as register12
} from "./chunk-T32CM2JR.js";
import "./chunk-5P27RTJA.js";
import {
  register as register13
} from "./chunk-L44ITNWF.js";
import {
  register as register14
} from "./chunk-BJBXHS4Q.js";
import {
  register as register15
} from "./chunk-YWEQW6ZI.js";
import {
  register as register16
} from "./chunk-BMNLG4AC.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-DQOJKZDB.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register7
} from "./chunk-WTCXWVYV.js";
import {
  register as register8
} from "./chunk-LOHF3UZD.js";
import "./chunk-6XTSAMSH.js";
import {
  register as register9
} from "./chunk-CJNNSYW6.js";
import "./chunk-F6LYMRPS.js";
import {
  register as register10
} from "./chunk-GBO222LW.js";
import "./chunk-BLZRG72L.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-MMOCITZO.js";
import "./chunk-7B3VRH3M.js";
import {
  register as register4
} from "./chunk-TT4UUECH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-RN3WMNPI.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-J3CD7ENT.js";
import "./chunk-T4BGI7W4.js";
import "./chunk-LLTEY72Z.js";
import "./chunk-WLICBA5I.js";
import "./chunk-33YROWXH.js";
import "./chunk-O4VE5GOT.js";
import "./chunk-VLCXE3RT.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-GLP3QRIC.js";
import "./chunk-LFYL7ABN.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-SA45GM5V.js";
import "./chunk-QAVBLTOS.js";
import "./chunk-3HP667LG.js";
import "./chunk-Z7G2L4KR.js";
import "./chunk-IITODWG4.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-P3F5TIWM.js";
import "./chunk-AV3MXERG.js";
import "./chunk-5IL2YADJ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-NEQY6EBN.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-IFQOXXFY.js";
import "./chunk-E4IJQJJT.js";
import "./chunk-4IMZTC3E.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-RCILEPUV.js";
import "./chunk-PO3L6QRH.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-DE7BE6BW.js";
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
