import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register18
} from "./chunk-RTJILYQX.js";
import {
  register as register19
} from "./chunk-QA2CUJHV.js";
import {
  register as register20
} from "./chunk-UUJ22EGX.js";
import {
  register as register21
} from "./chunk-CIKOQ6WR.js";
import {
  register as register12
} from "./chunk-VJYRTSXO.js";
import "./chunk-FZNOGSHX.js";
import {
  register as register13
} from "./chunk-H6CXE6TM.js";
import {
  register as register14
} from "./chunk-V6JU3CAR.js";
import {
  register as register15
} from "./chunk-HNIG6TAF.js";
import {
  register as register16
} from "./chunk-WVH6WIFL.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-KL3YN3X7.js";
import {
  register as register7
} from "./chunk-HB3WAOE4.js";
import {
  register as register8
} from "./chunk-KHW2FIPC.js";
import "./chunk-2Y2FUTKY.js";
import {
  register as register9
} from "./chunk-6L4ZWXG6.js";
import "./chunk-OCHLAPIE.js";
import {
  register as register10
} from "./chunk-RDIZUTZL.js";
import "./chunk-N6WXBOFJ.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-V64IBW3M.js";
import "./chunk-LYVMMYSK.js";
import {
  register as register3
} from "./chunk-RF5TD65X.js";
import "./chunk-CDECJYV4.js";
import {
  register as register4
} from "./chunk-PKMEEDEJ.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-NHKUGTK6.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-DCUL6AOZ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-VMF4BVGA.js";
import "./chunk-SZ6VNGEU.js";
import "./chunk-UYMVUQMY.js";
import "./chunk-YUAY7SEY.js";
import "./chunk-WLICBA5I.js";
import "./chunk-MB3SCHDT.js";
import "./chunk-JQXW65MW.js";
import "./chunk-MJTPZUZK.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-GDCG2SID.js";
import "./chunk-ENDK4NBB.js";
import "./chunk-PZIFZHVN.js";
import "./chunk-MADOKY4G.js";
import "./chunk-IAJGT3ZF.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-IJUFGPB2.js";
import "./chunk-JRTVQATJ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-X7J22DY4.js";
import "./chunk-PI3YJTP2.js";
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
