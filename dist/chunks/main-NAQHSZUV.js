import {
  register as register19
} from "./chunk-KWBBZ7FM.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import {
  register as register13
} from "./chunk-IHXG54U3.js";
import {
  register as register14
} from "./chunk-LXI2V26O.js";
import "./chunk-JHBV4XZV.js";
import {
  register as register15
} from "./chunk-VPBSMW5O.js";
import {
  register as register16
} from "./chunk-YXCVYY4C.js";
import {
  register as register17
} from "./chunk-2ZIGRPMH.js";
import {
  register as register18
} from "./chunk-F25N4FGC.js";
import {
  register as register8
} from "./chunk-TFD7BIDM.js";
import {
  register as register9
} from "./chunk-KP44A27Z.js";
import {
  register as register10
} from "./chunk-KUY6PWGL.js";
import {
  register as register11
} from "./chunk-NKV4USXF.js";
import "./chunk-3VHZEC3C.js";
import "./chunk-WFAFWFDF.js";
import "./chunk-RLBDNKKL.js";
import "./chunk-IJYDZW2A.js";
import "./chunk-Q5XUUU2P.js";
import {
  register as register12
} from "./chunk-NXOCPTLY.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-5ZJ33CEK.js";
import "./chunk-ZZLAWQAM.js";
import {
  register as register4
} from "./chunk-OQTZ3IMO.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import "./chunk-UIOT3NKO.js";
import {
  register as register6
} from "./chunk-7AUOJVVM.js";
import "./chunk-II6UFQSY.js";
import "./chunk-ENG5IPV2.js";
import {
  register as register7
} from "./chunk-GNSFF2PK.js";
import "./chunk-7O5TFSZV.js";
import "./chunk-EBYOXVAS.js";
import "./chunk-UPNR676J.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import {
  register
} from "./chunk-4XCZS5HT.js";
import "./chunk-3DONTX73.js";
import {
  register as register2
} from "./chunk-3JCTM65F.js";
import "./chunk-6L2RWZHP.js";
import "./chunk-6YEUUMRK.js";
import {
  register as register3
} from "./chunk-C523T7SA.js";
import "./chunk-S7SDWDJG.js";
import "./chunk-5ZU3WW3C.js";
import "./chunk-6TDLIKKN.js";
import "./chunk-QUQMJZMT.js";
import "./chunk-4BTLYEOE.js";
import "./chunk-RPIN2M2I.js";
import "./chunk-JTE2BQHJ.js";
import "./chunk-TG33RQB7.js";
import "./chunk-7O63BV6H.js";
import "./chunk-VA2LXOC4.js";
import "./chunk-7US3BMF3.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-6N5QIBT2.js";
import "./chunk-RQWC7SUG.js";
import "./chunk-NYR7SLAR.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import "./chunk-5QOWBWEI.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-77UQGDPZ.js";
import "./chunk-RVWW6U3S.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-GU6YQQQ4.js";
import "./chunk-2PNQQJNN.js";
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
  register19
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
