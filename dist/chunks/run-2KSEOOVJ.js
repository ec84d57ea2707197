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
  { names: ["demo"], load: () => import("./demo-5H5CV42A.js") },
  { names: ["doctor"], load: () => import("./doctor-JGHILWLT.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-IKGBBBLL.js") },
  { names: ["start-issues"], load: () => import("./start-issues-A4C26OOQ.js") },
  { names: ["resume"], load: () => import("./resume-K7MSLEPM.js") },
  { names: ["list", "ls"], load: () => import("./list-RYWMGKLC.js") },
  { names: ["health"], load: () => import("./health-6GS6UWSM.js") },
  { names: ["monitor"], load: () => import("./monitor-KVANX73H.js") },
  { names: ["dash"], load: () => import("./dash-FQTPRT5S.js") },
  { names: ["attach"], load: () => import("./attach-ZGM5R6GW.js") },
  { names: ["why"], load: () => import("./why-XHN3G6ZE.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-NZMEBZQE.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-WNENCW3K.js") },
  { names: ["finish"], load: () => import("./finish-34FSOTT6.js") },
  { names: ["pull"], load: () => import("./pull-KTTU46YL.js") },
  { names: ["close"], load: () => import("./close-QBCEIALO.js") },
  { names: ["cleanup"], load: () => import("./cleanup-ZQIGDPHZ.js") },
  { names: ["server", "kill-port"], load: () => import("./server-7RQ2N4HA.js") }
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
  let { main } = await import("./main-OWIJU74W.js");
  return main(argv);
}
export {
  run
};
