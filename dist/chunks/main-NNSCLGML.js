import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register18
} from "./chunk-6EFSEMAW.js";
import {
  register as register19
} from "./chunk-3ECWSI3Z.js";
import {
  register as register20
} from "./chunk-PEF425M3.js";
import {
  register as register21
} from "./chunk-HBZBIS5N.js";
import {
  register as register12
} from "./chunk-MU2EPNIX.js";
import "./chunk-TJBRNMJ3.js";
import {
  register as register13
} from "./chunk-NPRVL5AI.js";
import {
  register as register14
} from "./chunk-CH562QI3.js";
import {
  register as register15
} from "./chunk-E2CAZLGP.js";
import {
  register as register16
} from "./chunk-MAIK6DKI.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-CJHTVGYT.js";
import {
  register as register7
} from "./chunk-6WOQRWFJ.js";
import {
  register as register8
} from "./chunk-JCRW4PN4.js";
import "./chunk-RN5UZPGR.js";
import {
  register as register9
} from "./chunk-CA7O5VC6.js";
import "./chunk-QIEGEW73.js";
import {
  register as register10
} from "./chunk-WGUSFXX7.js";
import "./chunk-5SXYH4AL.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-QJS2WJO7.js";
import "./chunk-C6TVNHEC.js";
import {
  register as register3
} from "./chunk-6EFUL5EK.js";
import "./chunk-ODABYKI2.js";
import {
  register as register4
} from "./chunk-TT4UUECH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-IH4Q57F7.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-7VLDWDCK.js";
import "./chunk-TG33RQB7.js";
import "./chunk-MWAOOMPD.js";
import "./chunk-D5T5J5LB.js";
import "./chunk-NF2HBALQ.js";
import "./chunk-P567L4IK.js";
import "./chunk-WLICBA5I.js";
import "./chunk-6K4I7CM2.js";
import "./chunk-RW2XKPHU.js";
import "./chunk-SFT36IR3.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-4JUMZEKV.js";
import "./chunk-H6547B7E.js";
import "./chunk-I73RWT4S.js";
import "./chunk-VCE23SVQ.js";
import "./chunk-RPIQZBRG.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-GSIUP7VC.js";
import "./chunk-2QLTDX4J.js";
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
