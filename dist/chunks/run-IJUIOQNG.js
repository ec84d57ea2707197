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
  { names: ["init"], load: () => import("./init-P2FIDRRA.js") },
  { names: ["config"], load: () => import("./config-IBNWWL7P.js") },
  { names: ["demo"], load: () => import("./demo-27BKGU7U.js") },
  { names: ["doctor"], load: () => import("./doctor-DM54PWN4.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-K6G2CZBT.js") },
  { names: ["start-issues"], load: () => import("./start-issues-ZV7UE2HB.js") },
  { names: ["resume"], load: () => import("./resume-VT7OQLDP.js") },
  { names: ["list", "ls"], load: () => import("./list-3NNBXXLA.js") },
  { names: ["health"], load: () => import("./health-VIMZGIF4.js") },
  { names: ["monitor"], load: () => import("./monitor-Y5DD6HLB.js") },
  { names: ["dash"], load: () => import("./dash-ACYVOKH4.js") },
  { names: ["attach"], load: () => import("./attach-Y4563ZNS.js") },
  { names: ["why"], load: () => import("./why-TISZIDWY.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-RL3EG73Z.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-2T26LZQA.js") },
  { names: ["finish"], load: () => import("./finish-XV7LHZTH.js") },
  { names: ["pull"], load: () => import("./pull-BDIHJ36J.js") },
  { names: ["close"], load: () => import("./close-HZXSXL42.js") },
  { names: ["cleanup"], load: () => import("./cleanup-LEK7TSSQ.js") },
  { names: ["server", "kill-port"], load: () => import("./server-P7HKEGRX.js") }
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
  let { main } = await import("./main-FB3PKQUR.js");
  return main(argv);
}
export {
  run
};
