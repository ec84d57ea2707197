import {
  register as register21
} from "./chunk-BFFSPDDP.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-SJILINV6.js";
import {
  register as register17
} from "./chunk-ZYX4JM35.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-MANJHJCR.js";
import {
  register as register19
} from "./chunk-ETLXNPKI.js";
import {
  register as register20
} from "./chunk-WXAJ7SZZ.js";
import {
  register as register11
} from "./chunk-M4MNTZBO.js";
import "./chunk-P37XIRNS.js";
import {
  register as register12
} from "./chunk-7ZAHPOQ3.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-YSD3CMZ3.js";
import {
  register as register13
} from "./chunk-O5KPW72H.js";
import {
  register as register14
} from "./chunk-XESRP4HH.js";
import {
  register as register15
} from "./chunk-FAGGT4NM.js";
import {
  register as register7
} from "./chunk-MA7P6542.js";
import {
  register as register8
} from "./chunk-MN32WLMN.js";
import "./chunk-UYQ5CLQN.js";
import {
  register as register9
} from "./chunk-UBMFEACH.js";
import "./chunk-LQ4XB2K5.js";
import {
  register as register10
} from "./chunk-VQPRZRMI.js";
import "./chunk-DNHVBSTX.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-K4YXQTHE.js";
import "./chunk-5ZSY22TV.js";
import {
  register as register4
} from "./chunk-4H6OOIRH.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-TVKJMSEH.js";
import "./chunk-QCIRKETC.js";
import "./chunk-GRYZ7A7V.js";
import "./chunk-MDXYEI4O.js";
import "./chunk-ZG5JUFVH.js";
import "./chunk-ZY465LG7.js";
import "./chunk-AMZUMJJJ.js";
import "./chunk-3WCWLZGA.js";
import "./chunk-U624GP35.js";
import "./chunk-AWPCNNPX.js";
import "./chunk-TG33RQB7.js";
import "./chunk-WEM6BPYH.js";
import "./chunk-3NLCHF2L.js";
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
import "./chunk-XIV4KTOV.js";
import "./chunk-QHIPNNFK.js";
import "./chunk-6BNNMPI3.js";
import "./chunk-WEDLIZVT.js";
import "./chunk-QQXEEZS2.js";
import "./chunk-VTUFZJJZ.js";
import "./chunk-KYE7PL37.js";
import "./chunk-PYEBSDUI.js";
import "./chunk-T56YDDCE.js";
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
