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
  { names: ["init"], load: () => import("./init-P5OH5VQ2.js") },
  { names: ["config"], load: () => import("./config-IH7ST26D.js") },
  { names: ["demo"], load: () => import("./demo-WEWDHUAA.js") },
  { names: ["doctor"], load: () => import("./doctor-S7SBSILP.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-NXOMPTXZ.js") },
  { names: ["start-issues"], load: () => import("./start-issues-NW5EFV7J.js") },
  { names: ["resume"], load: () => import("./resume-C3UBNAMD.js") },
  { names: ["list", "ls"], load: () => import("./list-DOOMBW5F.js") },
  { names: ["health"], load: () => import("./health-QVUCISDB.js") },
  { names: ["monitor"], load: () => import("./monitor-DZLIRULO.js") },
  { names: ["dash"], load: () => import("./dash-HVB44B77.js") },
  { names: ["attach"], load: () => import("./attach-WYEX62UH.js") },
  { names: ["why"], load: () => import("./why-SSKEKC6G.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-EXYNI32D.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-ONQLKGLC.js") },
  { names: ["finish"], load: () => import("./finish-HEYQYJON.js") },
  { names: ["pull"], load: () => import("./pull-E237WJHA.js") },
  { names: ["close"], load: () => import("./close-7LOJMEUT.js") },
  { names: ["cleanup"], load: () => import("./cleanup-CSBOKKSD.js") },
  { names: ["server", "kill-port"], load: () => import("./server-LKPIONP3.js") }
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
  let { main } = await import("./main-C5AVTWYE.js");
  return main(argv);
}
export {
  run
};
