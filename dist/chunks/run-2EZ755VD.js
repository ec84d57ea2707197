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
  { names: ["init"], load: () => import("./init-JZ5PB7BP.js") },
  { names: ["config"], load: () => import("./config-WW34AP5J.js") },
  { names: ["demo"], load: () => import("./demo-Z7Y4VAYW.js") },
  { names: ["doctor"], load: () => import("./doctor-MN7XZ43C.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-YW34DTC2.js") },
  { names: ["start-issues"], load: () => import("./start-issues-DI37SQ5P.js") },
  { names: ["resume"], load: () => import("./resume-WBDLNPJS.js") },
  { names: ["list", "ls"], load: () => import("./list-JYHPTFCK.js") },
  { names: ["health"], load: () => import("./health-QQWWMRCH.js") },
  { names: ["monitor"], load: () => import("./monitor-5VKMRWAL.js") },
  { names: ["dash"], load: () => import("./dash-JRW72DPS.js") },
  { names: ["attach"], load: () => import("./attach-KPDUK6PE.js") },
  { names: ["why"], load: () => import("./why-RS4VZ2GB.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-62AUC37R.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-MYPBFIRT.js") },
  { names: ["finish"], load: () => import("./finish-Z5E4PNV5.js") },
  { names: ["pull"], load: () => import("./pull-CV32ILS6.js") },
  { names: ["close"], load: () => import("./close-Y5FUTMD6.js") },
  { names: ["cleanup"], load: () => import("./cleanup-U5R7RGON.js") },
  { names: ["server", "kill-port"], load: () => import("./server-UH2CQQDD.js") }
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
  let { main } = await import("./main-MCCY5B3E.js");
  return main(argv);
}
export {
  run
};
