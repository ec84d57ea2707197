import {
  register as register21
} from "./chunk-JNJLSCWZ.js";
import {
  HELP_GROUPS,
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import {
  register as register16
} from "./chunk-XYEMH4GT.js";
import {
  register as register17
} from "./chunk-HFFBN45C.js";
import "./chunk-G4BFMBWI.js";
import {
  register as register18
} from "./chunk-QYQKHCWH.js";
import {
  register as register19
} from "./chunk-IHO6NDBL.js";
import {
  register as register20
} from "./chunk-TTYQS3ZZ.js";
import {
  register as register11
} from "./chunk-AG7GAH7Q.js";
import "./chunk-IQB7HSQ4.js";
import {
  register as register12
} from "./chunk-ZGFVQJXN.js";
import "./chunk-2AOCSPOJ.js";
import "./chunk-B4WOSNDW.js";
import {
  register as register13
} from "./chunk-RU4CKXQL.js";
import {
  register as register14
} from "./chunk-UTBKHQ75.js";
import {
  register as register15
} from "./chunk-3XHECKIA.js";
import {
  register as register7
} from "./chunk-EDN3R36X.js";
import {
  register as register8
} from "./chunk-TVGAVENI.js";
import "./chunk-ICILXCOP.js";
import {
  register as register9
} from "./chunk-K4AJMXR7.js";
import "./chunk-ISMRIMBR.js";
import {
  register as register10
} from "./chunk-DPA7VFEJ.js";
import "./chunk-OHA6WK2X.js";
import "./chunk-4PB4YSWI.js";
import {
  register as register3
} from "./chunk-KBE3YS2I.js";
import "./chunk-T4V5M6Z6.js";
import {
  register as register4
} from "./chunk-GRIM2ERR.js";
import {
  register as register5
} from "./chunk-CWRICOXZ.js";
import {
  register as register6
} from "./chunk-FNF2AEPW.js";
import "./chunk-XKCPGZQE.js";
import "./chunk-3T5DOAG6.js";
import "./chunk-DE6RLYMK.js";
import "./chunk-KLKWD32J.js";
import "./chunk-5ZUOZBLX.js";
import "./chunk-TU7VDGKS.js";
import "./chunk-MLZZDBZN.js";
import "./chunk-SVDBKLVX.js";
import "./chunk-LDOS6D7Y.js";
import "./chunk-TG33RQB7.js";
import "./chunk-QJK6O4IG.js";
import "./chunk-WEOD2EOL.js";
import "./chunk-DZUIKXOA.js";
import {
  register
} from "./chunk-75NFLSC2.js";
import "./chunk-KUHFCW5S.js";
import {
  register as register2
} from "./chunk-EQIE2R2M.js";
import "./chunk-SOUTL5MT.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-VQ5KMQR5.js";
import "./chunk-6NAA2ORK.js";
import "./chunk-CAZLCJEC.js";
import "./chunk-ZUHKAT4G.js";
import "./chunk-5AWGFUJN.js";
import "./chunk-PUO4TM4H.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-N5S7QEK7.js";
import "./chunk-AV3MXERG.js";
import "./chunk-LEC4YA23.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-57DJHKGH.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-NYDW4L6E.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-YISQO5ZV.js";
import "./chunk-OE6XI4JS.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-F4FALPYJ.js";
import "./chunk-IIWHDVOR.js";
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
