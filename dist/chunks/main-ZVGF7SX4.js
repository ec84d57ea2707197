import {
  register as register21
} from "./chunk-H3UUI6ZR.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-7I3EFRZJ.js";
import {
  register as register17
} from "./chunk-MD5IDPNI.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-AYUPRMF3.js";
import {
  register as register19
} from "./chunk-NXKQPPQO.js";
import {
  register as register20
} from "./chunk-5PYREGEU.js";
import {
  register as register11
} from "./chunk-P7B3QZ6L.js";
import "./chunk-RLNTADVT.js";
import {
  register as register12
} from "./chunk-CRY5BRIN.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-FWOSZT7X.js";
import {
  register as register13
} from "./chunk-WHFTJTD4.js";
import {
  register as register14
} from "./chunk-THMPN3FP.js";
import {
  register as register15
} from "./chunk-ZJVDNLBQ.js";
import {
  register as register7
} from "./chunk-DMXDMH6I.js";
import {
  register as register8
} from "./chunk-ATGS3TLJ.js";
import "./chunk-C3HWNJRH.js";
import {
  register as register9
} from "./chunk-WSI3QLMJ.js";
import "./chunk-EL3746RD.js";
import {
  register as register10
} from "./chunk-TLEUASB5.js";
import "./chunk-E4ANMI4A.js";
import "./chunk-4PB4YSWI.js";
import {
  register as register3
} from "./chunk-UWMESNZB.js";
import "./chunk-XZO74YBN.js";
import {
  register as register4
} from "./chunk-GRIM2ERR.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-NCLXEZ6V.js";
import "./chunk-XKCPGZQE.js";
import "./chunk-O2BIJF66.js";
import "./chunk-PN3XTHKR.js";
import "./chunk-G2HRZ6QI.js";
import "./chunk-2ODB2MZ2.js";
import "./chunk-35FEY2DM.js";
import "./chunk-PQ2RME7U.js";
import "./chunk-KPOPMPXN.js";
import "./chunk-N2KNKGYM.js";
import "./chunk-TG33RQB7.js";
import "./chunk-SQT3PIL2.js";
import "./chunk-MKX55MNS.js";
import "./chunk-4R3W23LF.js";
import {
  register
} from "./chunk-QED3TWWL.js";
import "./chunk-KUHFCW5S.js";
import {
  register as register2
} from "./chunk-EQIE2R2M.js";
import "./chunk-SOUTL5MT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-446BKT4M.js";
import "./chunk-EY3HSGTC.js";
import "./chunk-NWFVAOPQ.js";
import "./chunk-UNCGYCQB.js";
import "./chunk-PYYED3WT.js";
import "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
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
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import "./chunk-IIWHDVOR.js";
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
