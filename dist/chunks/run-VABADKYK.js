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
  { names: ["demo"], load: () => import("./demo-QWYZTTGB.js") },
  { names: ["doctor"], load: () => import("./doctor-N7X53KJ4.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-OZWJ6AIC.js") },
  { names: ["start-issues"], load: () => import("./start-issues-2NQ2MO55.js") },
  { names: ["resume"], load: () => import("./resume-UCGG64OS.js") },
  { names: ["list", "ls"], load: () => import("./list-NYYYECP2.js") },
  { names: ["health"], load: () => import("./health-BHE24H2D.js") },
  { names: ["monitor"], load: () => import("./monitor-NMTXXP7Z.js") },
  { names: ["dash"], load: () => import("./dash-GTVPA56M.js") },
  { names: ["attach"], load: () => import("./attach-7UF2FQGF.js") },
  { names: ["why"], load: () => import("./why-PMUVJNMB.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-5VJ34XQO.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-FQRYULHP.js") },
  { names: ["finish"], load: () => import("./finish-CGGEFF4Z.js") },
  { names: ["pull"], load: () => import("./pull-ZDZYUEWD.js") },
  { names: ["close"], load: () => import("./close-QXN76VA5.js") },
  { names: ["cleanup"], load: () => import("./cleanup-X4SVQJBZ.js") },
  { names: ["server", "kill-port"], load: () => import("./server-YKFCMFD7.js") }
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
  let { main } = await import("./main-HLBL5DSI.js");
  return main(argv);
}
export {
  run
};
