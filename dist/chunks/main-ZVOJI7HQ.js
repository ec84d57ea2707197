import {
  register as register21
} from "./chunk-GXRWXXWR.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-6RADZV6T.js";
import {
  register as register17
} from "./chunk-IZUIGWX7.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-NT63HKXF.js";
import {
  register as register19
} from "./chunk-WYMT5KOW.js";
import {
  register as register20
} from "./chunk-XI3P5AZW.js";
import {
  register as register11
} from "./chunk-GM4VPP75.js";
import "./chunk-W67LNRWP.js";
import {
  register as register12
} from "./chunk-BTO2QGMY.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-25EEMX7F.js";
import {
  register as register13
} from "./chunk-ZKHAN24S.js";
import {
  register as register14
} from "./chunk-FFIYHT53.js";
import {
  register as register15
} from "./chunk-IPCZTTQY.js";
import {
  register as register7
} from "./chunk-WRK3YV4B.js";
import {
  register as register8
} from "./chunk-WAFHXDJU.js";
import "./chunk-GZHMHWUB.js";
import {
  register as register9
} from "./chunk-7LXCBQPL.js";
import "./chunk-5OY67PH5.js";
import {
  register as register10
} from "./chunk-4WL65KIE.js";
import "./chunk-XYPAF7TH.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register3
} from "./chunk-SPFZ3TQJ.js";
import "./chunk-2KEMKGB7.js";
import {
  register as register4
} from "./chunk-SLHXLXLR.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-WFG6RSVI.js";
import "./chunk-ZC77EJ4Y.js";
import "./chunk-VRMOHECB.js";
import "./chunk-XN5OJHGQ.js";
import "./chunk-XNPUAI6Z.js";
import "./chunk-2RF7BHXM.js";
import "./chunk-4YVMXRRD.js";
import "./chunk-BMIPPR44.js";
import "./chunk-XSIMCDRP.js";
import "./chunk-SACMFMV6.js";
import "./chunk-TG33RQB7.js";
import "./chunk-N6NP5XCT.js";
import "./chunk-6TOZBKYN.js";
import "./chunk-HM7HM27W.js";
import {
  register
} from "./chunk-R5FTXKYV.js";
import "./chunk-2QGLZ3BF.js";
import {
  register as register2
} from "./chunk-L3GKONIK.js";
import "./chunk-BQC45QRD.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-P56QFQKL.js";
import "./chunk-TLTZXD7Y.js";
import "./chunk-XLZJ6LAD.js";
import "./chunk-SGEQ6HI5.js";
import "./chunk-772JHKV4.js";
import "./chunk-RBFSIVTJ.js";
import "./chunk-KYE7PL37.js";
import "./chunk-5M6RII6W.js";
import "./chunk-HROB7EGS.js";
import "./chunk-AV3MXERG.js";
import "./chunk-VKMSMU2A.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-IXWUB66H.js";
import "./chunk-QLJV2UZI.js";
import "./chunk-6W26X32X.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-O62SWPAY.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-HXNQB45E.js";
import "./chunk-FXUMNZYF.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-GTHGAC2G.js";
import "./chunk-B3IP63B3.js";
import "./chunk-3LYOATTR.js";
import "./chunk-7ACZFAV5.js";
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
