import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register18
} from "./chunk-CM542HGF.js";
import {
  register as register19
} from "./chunk-JQW42OZY.js";
import {
  register as register20
} from "./chunk-P3HP72YQ.js";
import {
  register as register21
} from "./chunk-XFAQPWON.js";
import {
  register as register12
} from "./chunk-422I4RL5.js";
import "./chunk-OOYWXXU4.js";
import {
  register as register13
} from "./chunk-O5TVNJJH.js";
import {
  register as register14
} from "./chunk-FOP5MV56.js";
import {
  register as register15
} from "./chunk-LLZNSQH5.js";
import {
  register as register16
} from "./chunk-KZSC7ZQ7.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-SMX7YMZT.js";
import {
  register as register7
} from "./chunk-6OLOSVYS.js";
import {
  register as register8
} from "./chunk-6L4FNVWI.js";
import "./chunk-KY2QGEZZ.js";
import {
  register as register9
} from "./chunk-HRSSM6DG.js";
import "./chunk-6X5B43HI.js";
import {
  register as register10
} from "./chunk-22SOS7BB.js";
import "./chunk-WKFKEJOW.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-4T5IPPAS.js";
import "./chunk-OTCHZ4S2.js";
import {
  register as register3
} from "./chunk-HT5Z4DRI.js";
import "./chunk-JIXK4OIV.js";
import {
  register as register4
} from "./chunk-PKMEEDEJ.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-PPYUM34H.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-D5A7ZKSW.js";
import "./chunk-TG33RQB7.js";
import "./chunk-ZWI47VH7.js";
import "./chunk-JOSXUHY5.js";
import "./chunk-XVHUD6KV.js";
import "./chunk-FX36PLHG.js";
import "./chunk-WLICBA5I.js";
import "./chunk-6XQMVH77.js";
import "./chunk-AIPE5XZR.js";
import "./chunk-AQYCC35Y.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-HR7JRQO2.js";
import "./chunk-FMG5H5HE.js";
import "./chunk-BKVTLPXT.js";
import "./chunk-MADOKY4G.js";
import "./chunk-MENP2VYP.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-WJ5333JE.js";
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
