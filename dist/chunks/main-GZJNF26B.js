import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register18
} from "./chunk-BJQDLP4L.js";
import {
  register as register19
} from "./chunk-DXSQDXRX.js";
import {
  register as register20
} from "./chunk-MQKS2WC6.js";
import {
  register as register21
} from "./chunk-5KET5TK4.js";
import {
  register as register12
} from "./chunk-QOJHZJCP.js";
import "./chunk-NAE5464V.js";
import {
  register as register13
} from "./chunk-3BQHTLRL.js";
import {
  register as register14
} from "./chunk-GX2RGKRA.js";
import {
  register as register15
} from "./chunk-DUZPDZFZ.js";
import {
  register as register16
} from "./chunk-G5R3MGBN.js";
import "./chunk-6AGUVB6C.js";
import "./chunk-2AOCSPOJ.js";
import {
  register as register17
} from "./chunk-MX6J5BRK.js";
import {
  register as register7
} from "./chunk-2YLN65DC.js";
import {
  register as register8
} from "./chunk-WI43BCUH.js";
import "./chunk-Z6RLFJ3C.js";
import {
  register as register9
} from "./chunk-5MQRI5FD.js";
import "./chunk-XURMZD6P.js";
import {
  register as register10
} from "./chunk-CJKVU25J.js";
import "./chunk-ZECBOT7D.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register11
} from "./chunk-6A3LWNY3.js";
import "./chunk-GVEHZK7K.js";
import {
  register as register3
} from "./chunk-2XHNMTTI.js";
import "./chunk-KO7LEVLQ.js";
import {
  register as register4
} from "./chunk-TT4UUECH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-HOR6736N.js";
import "./chunk-TVJ6HB4Q.js";
import "./chunk-YDM6O5DV.js";
import "./chunk-TG33RQB7.js";
import "./chunk-GIUDV35H.js";
import "./chunk-JW3LZUJO.js";
import "./chunk-CCNNBSIZ.js";
import "./chunk-XLXVHBT6.js";
import "./chunk-WLICBA5I.js";
import "./chunk-KL64M2E3.js";
import "./chunk-FWXCQLKL.js";
import "./chunk-PQATTV7Q.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-D3IJXSIN.js";
import {
  register as register2
} from "./chunk-SWGUZESM.js";
import "./chunk-NUZNJZJ5.js";
import "./chunk-ETWBL2FE.js";
import "./chunk-MZ342RX2.js";
import "./chunk-MADOKY4G.js";
import "./chunk-GIE3NCPQ.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-YUP63FA3.js";
import "./chunk-JRTVQATJ.js";
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
