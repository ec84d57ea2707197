import {
  register as register21
} from "./chunk-SIGM25FX.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-CJE4EA77.js";
import {
  register as register17
} from "./chunk-Y6L5DLLU.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-7RRJ7Q4N.js";
import {
  register as register19
} from "./chunk-SXDUKKTD.js";
import {
  register as register20
} from "./chunk-ENSXVYTD.js";
import {
  register as register11
} from "./chunk-PFQEFXC7.js";
import "./chunk-2C3O2FD3.js";
import {
  register as register12
} from "./chunk-5JKJTYNQ.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-RTZXDHC4.js";
import {
  register as register13
} from "./chunk-VOTQHE6L.js";
import {
  register as register14
} from "./chunk-MJRYGRFX.js";
import {
  register as register15
} from "./chunk-4W3TRAE6.js";
import {
  register as register7
} from "./chunk-PYCUZP65.js";
import {
  register as register8
} from "./chunk-QUSJFK6M.js";
import "./chunk-WDBVAYNE.js";
import {
  register as register9
} from "./chunk-PUP2DKLJ.js";
import "./chunk-LSL6RUAQ.js";
import {
  register as register10
} from "./chunk-4UWQEHIW.js";
import "./chunk-SPLS5LN7.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-YPTU4VEC.js";
import "./chunk-OVYILNTE.js";
import {
  register as register4
} from "./chunk-4H6OOIRH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-XR2VCD63.js";
import "./chunk-QCIRKETC.js";
import "./chunk-DJGIXDRR.js";
import "./chunk-LOA4KZQ7.js";
import "./chunk-FZQFF5OZ.js";
import "./chunk-ZY465LG7.js";
import "./chunk-JU3IOTEA.js";
import "./chunk-DJGGMLKF.js";
import "./chunk-52QPLZIK.js";
import "./chunk-AWPCNNPX.js";
import "./chunk-TG33RQB7.js";
import "./chunk-FSIWPO6L.js";
import "./chunk-XA27XLSH.js";
import "./chunk-WNV7AT3K.js";
import {
  register
} from "./chunk-SSYK3CTP.js";
import "./chunk-5Y5VF6AH.js";
import {
  register as register2
} from "./chunk-I6QWTQHK.js";
import "./chunk-5O37HNN7.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-THKHIAGU.js";
import "./chunk-2DSI7XQA.js";
import "./chunk-ZB53H23M.js";
import "./chunk-WEDLIZVT.js";
import "./chunk-7F2FVTB2.js";
import "./chunk-VTUFZJJZ.js";
import "./chunk-KYE7PL37.js";
import "./chunk-PYEBSDUI.js";
import "./chunk-4P64XUOC.js";
import "./chunk-AV3MXERG.js";
import "./chunk-ZCCPNPCR.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
import "./chunk-WSAK3OPY.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-J4TO3GZ5.js";
import "./chunk-36ZA2WGZ.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-H4G4QWPA.js";
import "./chunk-FYFHA3YO.js";
import "./chunk-DHZRLYER.js";
import "./chunk-74PYZQMH.js";
import "./chunk-RZIVDDZH.js";
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
