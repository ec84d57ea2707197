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
  { names: ["init"], load: () => import("./init-OQZ3FTJA.js") },
  { names: ["config"], load: () => import("./config-S77BM6JL.js") },
  { names: ["demo"], load: () => import("./demo-LHIJMYWI.js") },
  { names: ["doctor"], load: () => import("./doctor-EMMHJG5N.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-3D2C4A4T.js") },
  { names: ["start-issues"], load: () => import("./start-issues-6O4OPE4R.js") },
  { names: ["resume"], load: () => import("./resume-Z7MAT3V4.js") },
  { names: ["list", "ls"], load: () => import("./list-DEGBJTS6.js") },
  { names: ["health"], load: () => import("./health-BUKRAIJS.js") },
  { names: ["monitor"], load: () => import("./monitor-3EHTLDM6.js") },
  { names: ["dash"], load: () => import("./dash-TG3X7X2U.js") },
  { names: ["attach"], load: () => import("./attach-MMIVJXZ4.js") },
  { names: ["why"], load: () => import("./why-J5U4ZDG3.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-TNUV2YVM.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-ZKQHO52D.js") },
  { names: ["finish"], load: () => import("./finish-4TQ4HPVX.js") },
  { names: ["pull"], load: () => import("./pull-PBCQVTXF.js") },
  { names: ["close"], load: () => import("./close-LPMIGRKT.js") },
  { names: ["cleanup"], load: () => import("./cleanup-ZU4DLXY4.js") },
  { names: ["server", "kill-port"], load: () => import("./server-H5GUI6ZK.js") }
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
  let { main } = await import("./main-Z3O6UXMF.js");
  return main(argv);
}
export {
  run
};
