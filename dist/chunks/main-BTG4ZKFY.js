import {
  register as register21
} from "./chunk-LMTBOUXK.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-IYG64L65.js";
import {
  register as register17
} from "./chunk-LKPRII42.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-HJWH32HF.js";
import {
  register as register19
} from "./chunk-DRAZV3IT.js";
import {
  register as register20
} from "./chunk-MRSIQOFR.js";
import {
  register as register11
} from "./chunk-WKX6R5FG.js";
import "./chunk-CN7ZXF2Y.js";
import {
  register as register12
} from "./chunk-GXUPML3Y.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-64ZN7YNN.js";
import {
  register as register13
} from "./chunk-5LD3M3R5.js";
import {
  register as register14
} from "./chunk-7UTCP2AG.js";
import {
  register as register15
} from "./chunk-EQBILEQK.js";
import {
  register as register7
} from "./chunk-6WRGKAH6.js";
import {
  register as register8
} from "./chunk-6VELDUU6.js";
import "./chunk-RDN42DGX.js";
import {
  register as register9
} from "./chunk-GQWZ3UIZ.js";
import "./chunk-LL5QKW4X.js";
import {
  register as register10
} from "./chunk-WEJEB7ZD.js";
import "./chunk-G3WC2SJ2.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-43ZMY756.js";
import "./chunk-7745W54M.js";
import {
  register as register4
} from "./chunk-UIIMN54G.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-JLAJPNMU.js";
import "./chunk-T3DI6APV.js";
import "./chunk-XV4MZHF2.js";
import "./chunk-FNUM5NFO.js";
import "./chunk-OV6NBRVH.js";
import "./chunk-WDCF4ALU.js";
import "./chunk-36TOP37N.js";
import "./chunk-GTDWRTU7.js";
import "./chunk-GQSEBBY7.js";
import "./chunk-BONXPBPP.js";
import "./chunk-TG33RQB7.js";
import "./chunk-5NMR7F34.js";
import "./chunk-MFXOW6OX.js";
import "./chunk-HO3SFK75.js";
import {
  register
} from "./chunk-CMHYXJEW.js";
import "./chunk-O3DLB3KJ.js";
import {
  register as register2
} from "./chunk-HE3WDGI4.js";
import "./chunk-QR75NVXY.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-ZAFY5BR2.js";
import "./chunk-J4ODDUOA.js";
import "./chunk-FW7OEJYH.js";
import "./chunk-UETEYVXV.js";
import "./chunk-FVXMFZN3.js";
import "./chunk-4CHRSZ3A.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-D6OEVA75.js";
import "./chunk-AV3MXERG.js";
import "./chunk-GTD6HPBO.js";
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
import "./chunk-J4PRPSTZ.js";
import "./chunk-OCBGMGGR.js";
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
