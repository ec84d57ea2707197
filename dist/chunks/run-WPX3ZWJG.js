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
  { names: ["init"], load: () => import("./init-HI6X7CM6.js") },
  { names: ["config"], load: () => import("./config-46WHMX6B.js") },
  { names: ["demo"], load: () => import("./demo-ASGNEETC.js") },
  { names: ["doctor"], load: () => import("./doctor-LHQ4WHP5.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-27CXFTYX.js") },
  { names: ["start-issues"], load: () => import("./start-issues-47QCKSRO.js") },
  { names: ["resume"], load: () => import("./resume-ASNPYXL5.js") },
  { names: ["list", "ls"], load: () => import("./list-BWPPBZFJ.js") },
  { names: ["health"], load: () => import("./health-K5JXHVLN.js") },
  { names: ["monitor"], load: () => import("./monitor-C2HBAQAR.js") },
  { names: ["dash"], load: () => import("./dash-DHM22EHQ.js") },
  { names: ["attach"], load: () => import("./attach-LU3GIBAP.js") },
  { names: ["why"], load: () => import("./why-FM3EJ6XM.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-XSEUATZY.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-ANLVITTP.js") },
  { names: ["finish"], load: () => import("./finish-GSWRBN7X.js") },
  { names: ["pull"], load: () => import("./pull-4SRUXOIV.js") },
  { names: ["close"], load: () => import("./close-4XCMFWHD.js") },
  { names: ["cleanup"], load: () => import("./cleanup-5YSLCODD.js") },
  { names: ["server", "kill-port"], load: () => import("./server-74R6SFUD.js") }
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
  let { main } = await import("./main-ABFUUU4W.js");
  return main(argv);
}
export {
  run
};
