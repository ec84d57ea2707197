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
  { names: ["init"], load: () => import("./init-DHDDPB3D.js") },
  { names: ["config"], load: () => import("./config-LR5VKKCI.js") },
  { names: ["demo"], load: () => import("./demo-5NFRKCVJ.js") },
  { names: ["doctor"], load: () => import("./doctor-F7MWMP7J.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-5F7ZOCQA.js") },
  { names: ["start-issues"], load: () => import("./start-issues-HDHJANAY.js") },
  { names: ["resume"], load: () => import("./resume-CYNB6MI4.js") },
  { names: ["list", "ls"], load: () => import("./list-GVDI57IP.js") },
  { names: ["health"], load: () => import("./health-7CTM7RMR.js") },
  { names: ["monitor"], load: () => import("./monitor-VU45YILA.js") },
  { names: ["dash"], load: () => import("./dash-JSCTKKHY.js") },
  { names: ["attach"], load: () => import("./attach-Q5NQRLEN.js") },
  { names: ["why"], load: () => import("./why-FINPPVZ5.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-ZUAAMDQB.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-UHTBCBBZ.js") },
  { names: ["finish"], load: () => import("./finish-SLGBCBT4.js") },
  { names: ["pull"], load: () => import("./pull-EE2PESCS.js") },
  { names: ["close"], load: () => import("./close-R7OCLFLE.js") },
  { names: ["cleanup"], load: () => import("./cleanup-R4NP2GA4.js") },
  { names: ["server", "kill-port"], load: () => import("./server-FPFOMYU5.js") }
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
  let { main } = await import("./main-4LRS3R2S.js");
  return main(argv);
}
export {
  run
};
