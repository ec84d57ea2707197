import {
  register as register21
} from "./chunk-AT3Y2PN5.js";
import {
  register as register16
} from "./chunk-ENXFPG2O.js";
import {
  register as register17
} from "./chunk-AVV6VPK2.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-XCT3Q2TE.js";
import {
  register as register19
} from "./chunk-S3GSAYKK.js";
import {
  register as register20
} from "./chunk-G5Q6KVJS.js";
import {
  register as register11
} from "./chunk-YO2TZQQT.js";
import "./chunk-57RPXRTI.js";
import {
  register as register12
} from "./chunk-EBM2V5FS.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-LOOFBARX.js";
import {
  register as register13
} from "./chunk-7EPZ2Z2A.js";
import {
  register as register14
} from "./chunk-GX3JF4YP.js";
import {
  register as register15
} from "./chunk-Q5TSL4WM.js";
import {
  register as register7
} from "./chunk-IQ3JAGYW.js";
import {
  register as register8
} from "./chunk-HPFY5K2W.js";
import "./chunk-NXPAJX2T.js";
import {
  register as register9
} from "./chunk-RQJZZKCW.js";
import "./chunk-OQLVJ2G2.js";
import {
  register as register10
} from "./chunk-GTZKIG63.js";
import "./chunk-HBTCEX5T.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-25VS2MBQ.js";
import "./chunk-NIYP6FDT.js";
import {
  register as register4
} from "./chunk-5TPQFJQK.js";
import {
  register as register5
} from "./chunk-5AYNUDXA.js";
import {
  register as register6
} from "./chunk-YPZIAWDS.js";
import "./chunk-XL25NXC6.js";
import "./chunk-XXIS4IML.js";
import "./chunk-G7RUSKPY.js";
import "./chunk-CBFMOQOH.js";
import "./chunk-74EGN4UR.js";
import "./chunk-DID3YRX5.js";
import "./chunk-2WDRQJEV.js";
import "./chunk-IOFQDBJU.js";
import "./chunk-DH7HOUOJ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-EIFKADUK.js";
import "./chunk-XLZULFMH.js";
import "./chunk-FVTDHGXT.js";
import {
  register
} from "./chunk-SK5RWYNQ.js";
import "./chunk-QLHJKRDR.js";
import {
  register as register2
} from "./chunk-4X5BNLWL.js";
import "./chunk-O6MHMSDE.js";
import "./chunk-K4WSLPAI.js";
import "./chunk-ULU7LWO3.js";
import "./chunk-VFN4UGYH.js";
import "./chunk-YAN22HFV.js";
import "./chunk-2VVEO65J.js";
import "./chunk-FIZO7XQ3.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-5VRM7MXT.js";
import "./chunk-AV3MXERG.js";
import "./chunk-TRLTWS74.js";
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
import "./chunk-IOQSLGAY.js";
import "./chunk-R5AVBUQN.js";
import "./chunk-BXDDT4YU.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-NT3BLJMR.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-2PNQQJNN.js";
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
