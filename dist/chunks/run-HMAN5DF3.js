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
  { names: ["init"], load: () => import("./init-V7IURZLH.js") },
  { names: ["config"], load: () => import("./config-WECVZHRT.js") },
  { names: ["demo"], load: () => import("./demo-VYLQVXRK.js") },
  { names: ["doctor"], load: () => import("./doctor-OWPYF4XQ.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-4KXX45GB.js") },
  { names: ["start-issues"], load: () => import("./start-issues-KWABY7RL.js") },
  { names: ["resume"], load: () => import("./resume-NPECH4GX.js") },
  { names: ["list", "ls"], load: () => import("./list-KRJDEJTM.js") },
  { names: ["health"], load: () => import("./health-VU4QJLQD.js") },
  { names: ["monitor"], load: () => import("./monitor-D2MUY5PW.js") },
  { names: ["dash"], load: () => import("./dash-BIHKNG6D.js") },
  { names: ["attach"], load: () => import("./attach-HNX5YOEL.js") },
  { names: ["why"], load: () => import("./why-FR3HRNN3.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-V3K5OZZN.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-PJPLQ7J7.js") },
  { names: ["finish"], load: () => import("./finish-TYXL7SBD.js") },
  { names: ["pull"], load: () => import("./pull-IEGQD6RJ.js") },
  { names: ["close"], load: () => import("./close-TP3PXMZQ.js") },
  { names: ["cleanup"], load: () => import("./cleanup-BOMY23VB.js") },
  { names: ["server", "kill-port"], load: () => import("./server-WAGTGAJZ.js") }
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
  let { main } = await import("./main-QGA7O7B3.js");
  return main(argv);
}
export {
  run
};
