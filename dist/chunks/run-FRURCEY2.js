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
  { names: ["init"], load: () => import("./init-MXCFJGYK.js") },
  { names: ["config"], load: () => import("./config-EO7RRVSK.js") },
  { names: ["demo"], load: () => import("./demo-EW6PCGK6.js") },
  { names: ["doctor"], load: () => import("./doctor-CKCDXCC5.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-Q4OP7ZKL.js") },
  { names: ["start-issues"], load: () => import("./start-issues-CQUWY5HT.js") },
  { names: ["resume"], load: () => import("./resume-2HXTLLXH.js") },
  { names: ["list", "ls"], load: () => import("./list-MEORIF4V.js") },
  { names: ["health"], load: () => import("./health-A3WM2VZX.js") },
  { names: ["monitor"], load: () => import("./monitor-RQ2YOJT6.js") },
  { names: ["dash"], load: () => import("./dash-KZDV4MXI.js") },
  { names: ["attach"], load: () => import("./attach-NJXBMLOA.js") },
  { names: ["why"], load: () => import("./why-RHZB3YYQ.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-Z5S4B6XZ.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-JSWI42RS.js") },
  { names: ["finish"], load: () => import("./finish-ZSRCB22W.js") },
  { names: ["pull"], load: () => import("./pull-NQWN3NTQ.js") },
  { names: ["close"], load: () => import("./close-6A7N3GUM.js") },
  { names: ["cleanup"], load: () => import("./cleanup-UMSMIZBB.js") },
  { names: ["server", "kill-port"], load: () => import("./server-7WCRJ3F7.js") }
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
  let { main } = await import("./main-RFNKUPMM.js");
  return main(argv);
}
export {
  run
};
