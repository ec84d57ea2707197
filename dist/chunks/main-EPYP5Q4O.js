import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register17
} from "./chunk-NT6KIDWP.js";
import {
  register as register18
} from "./chunk-DYZWSCJ2.js";
import {
  register as register19
} from "./chunk-KC7F43GE.js";
import {
  register as register20
} from "./chunk-W2TKCIYP.js";
import {
  register as register21
} from "./chunk-G2RFTDM6.js";
import {
  register as register11
} from "./chunk-7NTMMJ65.js";
import {
  register as register12
} from "./chunk-SUNTAWIF.js";
import "./chunk-3HIEOV3W.js";
import {
  register as register13
} from "./chunk-YMPVTQBR.js";
import {
  register as register14
} from "./chunk-LVQBGYNQ.js";
import {
  register as register15
} from "./chunk-D4AE4HF7.js";
import {
  register as register16
} from "./chunk-7RK3OWSG.js";
import "./chunk-G4BFMBWI.js";
import "./chunk-7TBIDUQF.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register7
} from "./chunk-ZV52O7DA.js";
import {
  register as register8
} from "./chunk-KFRP4YL4.js";
import "./chunk-HGFBZITC.js";
import {
  register as register9
} from "./chunk-JRTCDE5Z.js";
import "./chunk-42JEOXIV.js";
import {
  register as register10
} from "./chunk-BYGYMJMY.js";
import "./chunk-ZRYHDNCF.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-UTU3Y53E.js";
import "./chunk-F7VEWU5R.js";
import {
  register as register4
} from "./chunk-TT4UUECH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-WWOP3XS3.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-EP5X3BXV.js";
import "./chunk-LJ6RDUMC.js";
import "./chunk-7OLJZJSF.js";
import "./chunk-WLICBA5I.js";
import "./chunk-5HMGGRLP.js";
import "./chunk-7L7OBX4N.js";
import "./chunk-6HHSXIDW.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-EHHPFS5K.js";
import "./chunk-BTBORHZD.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-QFM7I2F7.js";
import "./chunk-IDJYORHM.js";
import "./chunk-6U4UWPU2.js";
import "./chunk-Z7G2L4KR.js";
import "./chunk-FXCQDUTV.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KRRADIGW.js";
import "./chunk-AV3MXERG.js";
import "./chunk-5IL2YADJ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
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
