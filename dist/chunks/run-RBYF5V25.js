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
  { names: ["init"], load: () => import("./init-4KXM72UA.js") },
  { names: ["config"], load: () => import("./config-IBNWWL7P.js") },
  { names: ["demo"], load: () => import("./demo-QW3KYHXQ.js") },
  { names: ["doctor"], load: () => import("./doctor-UOVMOKPG.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-JBPAJLYN.js") },
  { names: ["start-issues"], load: () => import("./start-issues-YQBPY4B7.js") },
  { names: ["resume"], load: () => import("./resume-T5HIZHKW.js") },
  { names: ["list", "ls"], load: () => import("./list-TEWDUUCC.js") },
  { names: ["health"], load: () => import("./health-P7SDNA6M.js") },
  { names: ["monitor"], load: () => import("./monitor-CM3IHZ3K.js") },
  { names: ["dash"], load: () => import("./dash-45XYDUKW.js") },
  { names: ["attach"], load: () => import("./attach-TMI7E4FJ.js") },
  { names: ["why"], load: () => import("./why-AUAX4AYA.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-2CHZLCHI.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-H55FFRMB.js") },
  { names: ["finish"], load: () => import("./finish-UXRBIYWM.js") },
  { names: ["pull"], load: () => import("./pull-6MRA3EJB.js") },
  { names: ["close"], load: () => import("./close-PGB6O7WS.js") },
  { names: ["cleanup"], load: () => import("./cleanup-EZ5FZYCK.js") },
  { names: ["server", "kill-port"], load: () => import("./server-HF3JTWT3.js") }
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
  let { main } = await import("./main-Z5JMBVNW.js");
  return main(argv);
}
export {
  run
};
