import {
  register as register21
} from "./chunk-B474T33G.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-SGK3CCDD.js";
import {
  register as register17
} from "./chunk-AXRVMTNP.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-YW4F6ED4.js";
import {
  register as register19
} from "./chunk-XOOGGK7G.js";
import {
  register as register20
} from "./chunk-PJQ6YWRN.js";
import {
  register as register11
} from "./chunk-YQSU6ELR.js";
import "./chunk-3RS6VCQP.js";
import {
  register as register12
} from "./chunk-LIO77HGS.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-QEIGGJMT.js";
import {
  register as register13
} from "./chunk-4DDUIGOK.js";
import {
  register as register14
} from "./chunk-7ERKLKGZ.js";
import {
  register as register15
} from "./chunk-M4WXKOAV.js";
import {
  register as register7
} from "./chunk-S3MWKYUY.js";
import {
  register as register8
} from "./chunk-VOD2RNYN.js";
import "./chunk-KEDXZIX2.js";
import {
  register as register9
} from "./chunk-P2YHQKZ2.js";
import "./chunk-UIYEGBFX.js";
import {
  register as register10
} from "./chunk-62376TOD.js";
import "./chunk-EVWKJLXE.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-33WMI4MU.js";
import "./chunk-EF7TKCJH.js";
import {
  register as register4
} from "./chunk-24V2FVK4.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-GOCHFRUM.js";
import "./chunk-T3DI6APV.js";
import "./chunk-P5HAJKYQ.js";
import "./chunk-G5YDAYKD.js";
import "./chunk-RH4EF3TZ.js";
import "./chunk-KWQQNHAZ.js";
import "./chunk-FHQHWEGT.js";
import "./chunk-U3UQSMBQ.js";
import "./chunk-MCDM73XL.js";
import "./chunk-TSRG5S3P.js";
import "./chunk-TG33RQB7.js";
import "./chunk-4PAINKKE.js";
import "./chunk-7L4O5AGD.js";
import "./chunk-CLLTSBW2.js";
import {
  register
} from "./chunk-CUKQFHZ5.js";
import "./chunk-O3DLB3KJ.js";
import {
  register as register2
} from "./chunk-WGWVJGEY.js";
import "./chunk-CHFSJDNF.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-633HIITK.js";
import "./chunk-XXAP47JL.js";
import "./chunk-TU2SEEZC.js";
import "./chunk-PSOLL26C.js";
import "./chunk-GLBRVBWQ.js";
import "./chunk-VDGFES5W.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M3SL7RM.js";
import "./chunk-CUR66WGT.js";
import "./chunk-AV3MXERG.js";
import "./chunk-3ZPHJVTL.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-QLEGPF34.js";
import "./chunk-EBFEKD2K.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-J4PRPSTZ.js";
import "./chunk-H55CGFQC.js";
import "./chunk-F7RWRY35.js";
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
