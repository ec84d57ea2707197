import {
  register as register21
} from "./chunk-5CTKCJVN.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-IVZ6GI2H.js";
import {
  register as register17
} from "./chunk-G75RLOC5.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-MAJ6HFYZ.js";
import {
  register as register19
} from "./chunk-C5Z44FBT.js";
import {
  register as register20
} from "./chunk-BIZIVQG4.js";
import {
  register as register11
} from "./chunk-VYS76HYA.js";
import "./chunk-HVQFZHR7.js";
import {
  register as register12
} from "./chunk-353V6AIS.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-OWONLKKA.js";
import {
  register as register13
} from "./chunk-4B5KBTXV.js";
import {
  register as register14
} from "./chunk-2B2CQNYT.js";
import {
  register as register15
} from "./chunk-TJF6IP6D.js";
import {
  register as register7
} from "./chunk-X23XTYHH.js";
import {
  register as register8
} from "./chunk-VPJNSQ2Y.js";
import "./chunk-E3AS3GT2.js";
import {
  register as register9
} from "./chunk-LXGOQ543.js";
import "./chunk-GBPCF325.js";
import {
  register as register10
} from "./chunk-HIGEVGJD.js";
import "./chunk-MZYCXEFH.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-7FDA3DSP.js";
import "./chunk-LIBC46HZ.js";
import {
  register as register4
} from "./chunk-6FEPGQ3T.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-VU4A7TNF.js";
import "./chunk-H3Z6V35F.js";
import "./chunk-6DNOUQLP.js";
import "./chunk-RDK6DFHL.js";
import "./chunk-LB7J6C72.js";
import "./chunk-F4QI2OWD.js";
import "./chunk-ZSDPCOJE.js";
import "./chunk-TDONZXZY.js";
import "./chunk-O53ITKRJ.js";
import "./chunk-BWJACIF6.js";
import "./chunk-TG33RQB7.js";
import "./chunk-MFCD3ZXU.js";
import "./chunk-TUXMQ7MR.js";
import "./chunk-PHIJXLVT.js";
import {
  register
} from "./chunk-UZ3ENSKF.js";
import "./chunk-2CCPSCPU.js";
import {
  register as register2
} from "./chunk-F3QCV2VT.js";
import "./chunk-TFPPMEGL.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-LUO2LHVL.js";
import "./chunk-6QTYZJBE.js";
import "./chunk-CVQKBMCI.js";
import "./chunk-W65B6U4R.js";
import "./chunk-B6227OQO.js";
import "./chunk-GHCZ7PXY.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-FUG7JP6O.js";
import "./chunk-AV3MXERG.js";
import "./chunk-4CJU75MY.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLEGPF34.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-2SFSVCHK.js";
import "./chunk-X6OIMPVT.js";
import "./chunk-NIKE75EQ.js";
import "./chunk-2PNQQJNN.js";
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
