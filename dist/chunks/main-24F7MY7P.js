import {
  register as register21
} from "./chunk-WRMDEID4.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-TWNUOPDX.js";
import {
  register as register17
} from "./chunk-5VMVC3UZ.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-RQKWVL7B.js";
import {
  register as register19
} from "./chunk-LBRIAGZS.js";
import {
  register as register20
} from "./chunk-DB3NIGZM.js";
import {
  register as register11
} from "./chunk-EF46LCSM.js";
import "./chunk-OZT4Q2YK.js";
import {
  register as register12
} from "./chunk-DHCUYHVD.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-KYWDXIVW.js";
import {
  register as register13
} from "./chunk-TQ7Z7EUL.js";
import {
  register as register14
} from "./chunk-HKGL6DKQ.js";
import {
  register as register15
} from "./chunk-F6TINMY6.js";
import {
  register as register7
} from "./chunk-7LLTXCPV.js";
import {
  register as register8
} from "./chunk-GXCDXEYG.js";
import "./chunk-52OAYHJE.js";
import {
  register as register9
} from "./chunk-4VILSS36.js";
import "./chunk-ICNXLAIV.js";
import {
  register as register10
} from "./chunk-46HKRP4S.js";
import "./chunk-GH2WAUXY.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-PP7QM4YX.js";
import "./chunk-FZFDTNEA.js";
import {
  register as register4
} from "./chunk-SZT4XUOG.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-7BLG2W3F.js";
import "./chunk-RA3TPUWO.js";
import "./chunk-CH5FANNP.js";
import "./chunk-QI6T6GYO.js";
import "./chunk-2CWFDQLR.js";
import "./chunk-WLICBA5I.js";
import "./chunk-PL5PPSR4.js";
import "./chunk-76E4YLFC.js";
import "./chunk-IXKUQYLE.js";
import "./chunk-JEOZM3AH.js";
import "./chunk-TG33RQB7.js";
import "./chunk-GQUDUWK4.js";
import "./chunk-WX5D3636.js";
import "./chunk-D3IJXSIN.js";
import {
  register
} from "./chunk-V2T34W7I.js";
import "./chunk-BNK7UD65.js";
import {
  register as register2
} from "./chunk-LWSOIDIX.js";
import "./chunk-TGV4AWYM.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-4M6QJCFX.js";
import "./chunk-UIH4QW4X.js";
import "./chunk-G44N37R5.js";
import "./chunk-XYT2I5MT.js";
import "./chunk-L5ARXKWX.js";
import "./chunk-YDQDFDV4.js";
import "./chunk-KYE7PL37.js";
import "./chunk-4ENRNMAR.js";
import "./chunk-A72SKOCI.js";
import "./chunk-AV3MXERG.js";
import "./chunk-LG7Q4QO6.js";
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
import "./chunk-3TJEOAEO.js";
import "./chunk-PO3L6QRH.js";
import "./chunk-BXDDT4YU.js";
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
