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
  { names: ["init"], load: () => import("./init-KZL3HSNY.js") },
  { names: ["config"], load: () => import("./config-2PZ5FQ2E.js") },
  { names: ["demo"], load: () => import("./demo-P63XTNYK.js") },
  { names: ["doctor"], load: () => import("./doctor-632DVJJ4.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-BPMPB3XN.js") },
  { names: ["start-issues"], load: () => import("./start-issues-PWB362VF.js") },
  { names: ["resume"], load: () => import("./resume-BV3JQ3QG.js") },
  { names: ["list", "ls"], load: () => import("./list-7EYSWAEF.js") },
  { names: ["health"], load: () => import("./health-AAVUSKFM.js") },
  { names: ["monitor"], load: () => import("./monitor-XBSUJKSP.js") },
  { names: ["dash"], load: () => import("./dash-XPHRKOTH.js") },
  { names: ["attach"], load: () => import("./attach-2VGP4UKO.js") },
  { names: ["why"], load: () => import("./why-OI2H66SB.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-7K6NOOKJ.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-IV56YO3D.js") },
  { names: ["finish"], load: () => import("./finish-LVAEUJBY.js") },
  { names: ["pull"], load: () => import("./pull-2FR2QRLM.js") },
  { names: ["close"], load: () => import("./close-W73YEFID.js") },
  { names: ["cleanup"], load: () => import("./cleanup-SBCBO3TQ.js") },
  { names: ["server", "kill-port"], load: () => import("./server-ARHVZTEU.js") }
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
  let { main } = await import("./main-ZVOJI7HQ.js");
  return main(argv);
}
export {
  run
};
