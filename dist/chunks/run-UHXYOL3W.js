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
  { names: ["init"], load: () => import("./init-P5OH5VQ2.js") },
  { names: ["config"], load: () => import("./config-IH7ST26D.js") },
  { names: ["demo"], load: () => import("./demo-SUHZYZAQ.js") },
  { names: ["doctor"], load: () => import("./doctor-OP2COKRS.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-OUSHRVZK.js") },
  { names: ["start-issues"], load: () => import("./start-issues-LE5EOSFS.js") },
  { names: ["resume"], load: () => import("./resume-CXPTJRK3.js") },
  { names: ["list", "ls"], load: () => import("./list-UOI6VL7E.js") },
  { names: ["health"], load: () => import("./health-VOCINYWR.js") },
  { names: ["monitor"], load: () => import("./monitor-MTFPVT4B.js") },
  { names: ["dash"], load: () => import("./dash-JIGVHMSS.js") },
  { names: ["attach"], load: () => import("./attach-MOWDGY5X.js") },
  { names: ["why"], load: () => import("./why-RWRSXFWK.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-AUDFCF4B.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-GZ7NKYSY.js") },
  { names: ["finish"], load: () => import("./finish-4MNASBJY.js") },
  { names: ["pull"], load: () => import("./pull-23ZSEVGJ.js") },
  { names: ["close"], load: () => import("./close-FHANIA6C.js") },
  { names: ["cleanup"], load: () => import("./cleanup-MYFTTVLN.js") },
  { names: ["server", "kill-port"], load: () => import("./server-KKAR3B2L.js") }
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
  let { main } = await import("./main-7O7NWPJM.js");
  return main(argv);
}
export {
  run
};
