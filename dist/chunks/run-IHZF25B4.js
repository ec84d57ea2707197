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
  { names: ["init"], load: () => import("./init-KH5N5L7A.js") },
  { names: ["config"], load: () => import("./config-IBNWWL7P.js") },
  { names: ["demo"], load: () => import("./demo-N6ONNEBM.js") },
  { names: ["doctor"], load: () => import("./doctor-2Q6TEJ5O.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-5IBVFCPL.js") },
  { names: ["start-issues"], load: () => import("./start-issues-TKFE6WUL.js") },
  { names: ["resume"], load: () => import("./resume-AQIWLPSW.js") },
  { names: ["list", "ls"], load: () => import("./list-SFBJ4MZI.js") },
  { names: ["health"], load: () => import("./health-AGMI7RR5.js") },
  { names: ["monitor"], load: () => import("./monitor-GEXV3X6P.js") },
  { names: ["dash"], load: () => import("./dash-M3HK53C5.js") },
  { names: ["attach"], load: () => import("./attach-EFUW65BT.js") },
  { names: ["why"], load: () => import("./why-X5RGBJEE.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-7NJB4X4W.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-GUVMWPZF.js") },
  { names: ["finish"], load: () => import("./finish-GQILSTBI.js") },
  { names: ["pull"], load: () => import("./pull-746E5YTV.js") },
  { names: ["close"], load: () => import("./close-N3NIU7F2.js") },
  { names: ["cleanup"], load: () => import("./cleanup-ALEBQHB2.js") },
  { names: ["server", "kill-port"], load: () => import("./server-CS6QEYU6.js") }
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
  let { main } = await import("./main-MEWBAFCJ.js");
  return main(argv);
}
export {
  run
};
