import {
  addCommands,
  createProgram,
  runProgram
} from "./chunk-BC5YRI5U.js";
import "./chunk-UIOT3NKO.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";

// src/cli/loaders.ts
var COMMAND_LOADERS = [
  { names: ["init"], load: () => import("./init-XSF456WP.js") },
  { names: ["config"], load: () => import("./config-R5WUUCRA.js") },
  { names: ["demo"], load: () => import("./demo-HRV6NZ5Q.js") },
  { names: ["doctor"], load: () => import("./doctor-AHPCGF6W.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-LFZI27A6.js") },
  { names: ["start-issues"], load: () => import("./start-issues-2JXIMXBG.js") },
  { names: ["resume"], load: () => import("./resume-JZ4SMAJ5.js") },
  { names: ["list", "ls"], load: () => import("./list-KKO3FHJU.js") },
  { names: ["health"], load: () => import("./health-MI7H22XU.js") },
  { names: ["monitor"], load: () => import("./monitor-CBD7MAOM.js") },
  { names: ["dash"], load: () => import("./dash-I7U5EPVS.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-NKHPX4QE.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-CD33WAIK.js") },
  { names: ["finish"], load: () => import("./finish-XAZ6SBU4.js") },
  { names: ["pull"], load: () => import("./pull-ZA5ILXDZ.js") },
  { names: ["close"], load: () => import("./close-BU3Y7XTJ.js") },
  { names: ["cleanup"], load: () => import("./cleanup-LORRORGT.js") },
  { names: ["server", "kill-port"], load: () => import("./server-ZAM556XB.js") }
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
  let word = commandWord(argv), wantsHelp = argv.includes("--help") || argv.includes("-h") || word === "help" || word === "completion", loader = word && !wantsHelp ? COMMAND_LOADERS.find((l) => l.names.includes(word)) : void 0;
  if (loader) {
    let { register } = await loader.load();
    return runProgram(addCommands(createProgram(), [register]), argv);
  }
  let { main } = await import("./main-KAEDUHUH.js");
  return main(argv);
}
export {
  run
};
