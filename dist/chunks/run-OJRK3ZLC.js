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
  { names: ["init"], load: () => import("./init-TAD3GH32.js") },
  { names: ["config"], load: () => import("./config-S77BM6JL.js") },
  { names: ["demo"], load: () => import("./demo-FHK4FUIE.js") },
  { names: ["doctor"], load: () => import("./doctor-EMMHJG5N.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-JVSDXMK7.js") },
  { names: ["start-issues"], load: () => import("./start-issues-BNBPOXKF.js") },
  { names: ["resume"], load: () => import("./resume-OVIXI7BH.js") },
  { names: ["list", "ls"], load: () => import("./list-YPYRQODW.js") },
  { names: ["health"], load: () => import("./health-7AVX53MA.js") },
  { names: ["monitor"], load: () => import("./monitor-7ZH76ALK.js") },
  { names: ["dash"], load: () => import("./dash-UYHOE3MZ.js") },
  { names: ["attach"], load: () => import("./attach-LVTFE245.js") },
  { names: ["why"], load: () => import("./why-NXLJYS5D.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-LM5FMXHX.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-LFHRZGEK.js") },
  { names: ["finish"], load: () => import("./finish-254SICLQ.js") },
  { names: ["pull"], load: () => import("./pull-52OHTSGO.js") },
  { names: ["close"], load: () => import("./close-RAPJNJ3Q.js") },
  { names: ["cleanup"], load: () => import("./cleanup-PVMKTK5Q.js") },
  { names: ["server", "kill-port"], load: () => import("./server-ZBTKLPFN.js") }
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
  let { main } = await import("./main-SPHTMLPL.js");
  return main(argv);
}
export {
  run
};
