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
  { names: ["init"], load: () => import("./init-JZ5PB7BP.js") },
  { names: ["config"], load: () => import("./config-WW34AP5J.js") },
  { names: ["demo"], load: () => import("./demo-QOBFPUZB.js") },
  { names: ["doctor"], load: () => import("./doctor-MN7XZ43C.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-FVEGIKQV.js") },
  { names: ["start-issues"], load: () => import("./start-issues-5EEZQUMQ.js") },
  { names: ["resume"], load: () => import("./resume-ODAFWX3L.js") },
  { names: ["list", "ls"], load: () => import("./list-ZMJSN2L7.js") },
  { names: ["health"], load: () => import("./health-SNOH6A4C.js") },
  { names: ["monitor"], load: () => import("./monitor-DENHHYQG.js") },
  { names: ["dash"], load: () => import("./dash-P3LY7JEC.js") },
  { names: ["attach"], load: () => import("./attach-S4ZAMPCO.js") },
  { names: ["why"], load: () => import("./why-ZQ6NK6HI.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-ZSLRM5G3.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-SVHC4PVR.js") },
  { names: ["finish"], load: () => import("./finish-OXL5QC4Q.js") },
  { names: ["pull"], load: () => import("./pull-25FLPXWR.js") },
  { names: ["close"], load: () => import("./close-LSOILKYN.js") },
  { names: ["cleanup"], load: () => import("./cleanup-TDD33K6D.js") },
  { names: ["server", "kill-port"], load: () => import("./server-NAIDTYRC.js") }
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
  let { main } = await import("./main-ENSL64OB.js");
  return main(argv);
}
export {
  run
};
