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
  { names: ["init"], load: () => import("./init-JEDZC44H.js") },
  { names: ["config"], load: () => import("./config-IBNWWL7P.js") },
  { names: ["demo"], load: () => import("./demo-VPEJNDYX.js") },
  { names: ["doctor"], load: () => import("./doctor-N7X53KJ4.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-PDYTQ2AD.js") },
  { names: ["start-issues"], load: () => import("./start-issues-FZURQTQH.js") },
  { names: ["resume"], load: () => import("./resume-B72DIROF.js") },
  { names: ["list", "ls"], load: () => import("./list-COHNJAIM.js") },
  { names: ["health"], load: () => import("./health-A6FCOIE3.js") },
  { names: ["monitor"], load: () => import("./monitor-IZEDXW3I.js") },
  { names: ["dash"], load: () => import("./dash-AGR5XUZG.js") },
  { names: ["attach"], load: () => import("./attach-ORN2K72K.js") },
  { names: ["why"], load: () => import("./why-3FRJLXUN.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-HQUA5WOB.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-O5654FD4.js") },
  { names: ["finish"], load: () => import("./finish-ZVVNC7XK.js") },
  { names: ["pull"], load: () => import("./pull-3DML7MLS.js") },
  { names: ["close"], load: () => import("./close-HHFMVML6.js") },
  { names: ["cleanup"], load: () => import("./cleanup-HB6ULIU7.js") },
  { names: ["server", "kill-port"], load: () => import("./server-PSAYD7RV.js") }
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
  let { main } = await import("./main-LVNMBTDZ.js");
  return main(argv);
}
export {
  run
};
