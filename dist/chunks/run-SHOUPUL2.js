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
  { names: ["init"], load: () => import("./init-LQIYEOYL.js") },
  { names: ["config"], load: () => import("./config-5MUVBDLR.js") },
  { names: ["demo"], load: () => import("./demo-WPMCUXB5.js") },
  { names: ["doctor"], load: () => import("./doctor-JGHILWLT.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-26XMLHGC.js") },
  { names: ["start-issues"], load: () => import("./start-issues-JGCP7H6E.js") },
  { names: ["resume"], load: () => import("./resume-75DSW6VE.js") },
  { names: ["list", "ls"], load: () => import("./list-OLXA4S4B.js") },
  { names: ["health"], load: () => import("./health-S4K32FIL.js") },
  { names: ["monitor"], load: () => import("./monitor-3AHI2NUA.js") },
  { names: ["dash"], load: () => import("./dash-V3MPFK7A.js") },
  { names: ["attach"], load: () => import("./attach-4MIEX6SI.js") },
  { names: ["why"], load: () => import("./why-BCSEFKTE.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-ISM5K5LE.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-I4GJLH7E.js") },
  { names: ["finish"], load: () => import("./finish-VIEBQHEH.js") },
  { names: ["pull"], load: () => import("./pull-R2GK5NOX.js") },
  { names: ["close"], load: () => import("./close-ZWKVIDER.js") },
  { names: ["cleanup"], load: () => import("./cleanup-PJZT6H2I.js") },
  { names: ["server", "kill-port"], load: () => import("./server-HC7ZXP2R.js") }
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
  let { main } = await import("./main-BTG4ZKFY.js");
  return main(argv);
}
export {
  run
};
