import {
  register as register21
} from "./chunk-IILPBJ5H.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-X2KMY4ZQ.js";
import {
  register as register17
} from "./chunk-JJECD77Y.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-53QDCEZR.js";
import {
  register as register19
} from "./chunk-3Y4UV2RV.js";
import {
  register as register20
} from "./chunk-L4POND7O.js";
import {
  register as register11
} from "./chunk-3NK2IM6V.js";
import "./chunk-ATWCQIHU.js";
import {
  register as register12
} from "./chunk-3QWSHQ5Y.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-6P74HTU2.js";
import {
  register as register13
} from "./chunk-OVMDYFTO.js";
import {
  register as register14
} from "./chunk-GVRYPUY5.js";
import {
  register as register15
} from "./chunk-E7IODWSS.js";
import {
  register as register7
} from "./chunk-UEGG4ZWW.js";
import {
  register as register8
} from "./chunk-3VLQ74CK.js";
import "./chunk-KRJVZNNW.js";
import {
  register as register9
} from "./chunk-2UBH4SCL.js";
import "./chunk-N2WJVSUN.js";
import {
  register as register10
} from "./chunk-PIUKF3KR.js";
import "./chunk-4TEV7QS2.js";
import "./chunk-VNFW755L.js";
import {
  register as register3
} from "./chunk-7ZM3ETYR.js";
import "./chunk-2SUNWXG3.js";
import {
  register as register4
} from "./chunk-ADELSZ2Y.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-XFZBYKLT.js";
import "./chunk-UYTZGCLE.js";
import "./chunk-UQQFFKAZ.js";
import "./chunk-QQ67BGPY.js";
import "./chunk-VE5HYOBH.js";
import "./chunk-QWXZKVBO.js";
import "./chunk-AHPGQNEK.js";
import "./chunk-LRCOEJE5.js";
import "./chunk-ENR55LTT.js";
import "./chunk-PRBNDUCO.js";
import "./chunk-TG33RQB7.js";
import "./chunk-CRE7D3HQ.js";
import "./chunk-FOB2AUFZ.js";
import "./chunk-M6SYZN77.js";
import {
  register
} from "./chunk-32KKU7XW.js";
import "./chunk-QXCZ2OCJ.js";
import {
  register as register2
} from "./chunk-6QIRO7NO.js";
import "./chunk-OKYAYZGH.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-55CCAGO5.js";
import "./chunk-IJ63ZAM2.js";
import "./chunk-TU2TVK7A.js";
import "./chunk-7G2EA6DU.js";
import "./chunk-DELDMJTZ.js";
import "./chunk-VPDCWDFN.js";
import "./chunk-KYE7PL37.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-UJM4CY4C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-GBNVG7KF.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-57DJHKGH.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-NYDW4L6E.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-T32SF6BM.js";
import "./chunk-I3ZUZBHI.js";
import "./chunk-VXIONQXN.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
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
