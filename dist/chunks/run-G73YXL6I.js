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
  { names: ["init"], load: () => import("./init-JMGQZST2.js") },
  { names: ["config"], load: () => import("./config-LMQVW3QJ.js") },
  { names: ["demo"], load: () => import("./demo-QNEI7N7P.js") },
  { names: ["doctor"], load: () => import("./doctor-SQAKEGXK.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-SOP4SJZE.js") },
  { names: ["start-issues"], load: () => import("./start-issues-DTJ6SRZ5.js") },
  { names: ["resume"], load: () => import("./resume-LQTY335O.js") },
  { names: ["list", "ls"], load: () => import("./list-PS26H2CZ.js") },
  { names: ["health"], load: () => import("./health-RR6ZPC36.js") },
  { names: ["monitor"], load: () => import("./monitor-4GEWJIEM.js") },
  { names: ["dash"], load: () => import("./dash-OV2ORUX3.js") },
  { names: ["attach"], load: () => import("./attach-QNDX4X4C.js") },
  { names: ["why"], load: () => import("./why-VS6GUMEB.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-D47KY5TB.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-2ZBHICMI.js") },
  { names: ["finish"], load: () => import("./finish-KG23PIZA.js") },
  { names: ["pull"], load: () => import("./pull-RQSTM2RE.js") },
  { names: ["close"], load: () => import("./close-LA5E4YIS.js") },
  { names: ["cleanup"], load: () => import("./cleanup-LWE2IGA5.js") },
  { names: ["server", "kill-port"], load: () => import("./server-BMYWPS7H.js") }
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
  let { main } = await import("./main-ZVGF7SX4.js");
  return main(argv);
}
export {
  run
};
