import {
  addCommands,
  createProgram,
  runProgram
} from "./chunk-3KYAC4I6.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-LHO2KLC4.js";

// src/cli/loaders.ts
var COMMAND_LOADERS = [
  { names: ["init"], load: () => import("./init-UQVGLU6L.js") },
  { names: ["config"], load: () => import("./config-3GZPG5C7.js") },
  { names: ["demo"], load: () => import("./demo-32WPS2FL.js") },
  { names: ["doctor"], load: () => import("./doctor-FVPIEIOV.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-VPOBN2UN.js") },
  { names: ["start-issues"], load: () => import("./start-issues-TFK5V2NP.js") },
  { names: ["resume"], load: () => import("./resume-M6JTUTMW.js") },
  { names: ["list", "ls"], load: () => import("./list-JJUNS6VP.js") },
  { names: ["health"], load: () => import("./health-XG67MK46.js") },
  { names: ["monitor"], load: () => import("./monitor-4U6RZH3V.js") },
  { names: ["dash"], load: () => import("./dash-IJTAEABD.js") },
  { names: ["attach"], load: () => import("./attach-ISVFOE25.js") },
  { names: ["why"], load: () => import("./why-X5QSDV2K.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-F27QPXAS.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-BMGI4H4Y.js") },
  { names: ["finish"], load: () => import("./finish-AZOLIYUN.js") },
  { names: ["pull"], load: () => import("./pull-5H5ZXS7W.js") },
  { names: ["close"], load: () => import("./close-UMWGBWKX.js") },
  { names: ["cleanup"], load: () => import("./cleanup-D76DIOPE.js") },
  { names: ["server", "kill-port"], load: () => import("./server-IAEL5FZO.js") }
], VALUE_OPTIONS = /* @__PURE__ */ new Set(["--config", "--cwd"]);
function commandWord(argv) {
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith("-")) return a;
  }
}

// src/run.ts
async function run(argv) {
  argv.length === 0 && (argv = ["--help"]);
  let word = commandWord(argv), wantsHelp = argv.includes("--help") || argv.includes("-h") || word === "help" || word === "completion", loader = word && !wantsHelp ? COMMAND_LOADERS.find((l) => l.names.includes(word)) : void 0;
  if (loader) {
    let { register } = await loader.load();
    return runProgram(addCommands(createProgram(), [register]), argv);
  }
  let { main } = await import("./main-AYJVRZU5.js");
  return main(argv);
}
export {
  run
};
