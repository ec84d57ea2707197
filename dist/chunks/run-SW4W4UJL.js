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
  { names: ["init"], load: () => import("./init-Y4ONFL23.js") },
  { names: ["config"], load: () => import("./config-67LAWK6H.js") },
  { names: ["demo"], load: () => import("./demo-SINHEACL.js") },
  { names: ["doctor"], load: () => import("./doctor-2HW66GQQ.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-ZV3OUILW.js") },
  { names: ["start-issues"], load: () => import("./start-issues-3MTZW3EN.js") },
  { names: ["resume"], load: () => import("./resume-M45J2L4W.js") },
  { names: ["list", "ls"], load: () => import("./list-T27Q7MSD.js") },
  { names: ["health"], load: () => import("./health-ZZHA54CU.js") },
  { names: ["monitor"], load: () => import("./monitor-D2LZJP7L.js") },
  { names: ["dash"], load: () => import("./dash-PTTBZV5E.js") },
  { names: ["attach"], load: () => import("./attach-IPS3UB2E.js") },
  { names: ["why"], load: () => import("./why-AF5P53IM.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-SN4LCFDX.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-GLQMLAHD.js") },
  { names: ["finish"], load: () => import("./finish-ADGTR3XS.js") },
  { names: ["pull"], load: () => import("./pull-6P3H5O45.js") },
  { names: ["close"], load: () => import("./close-BZYBW5RT.js") },
  { names: ["cleanup"], load: () => import("./cleanup-FOFVATTU.js") },
  { names: ["server", "kill-port"], load: () => import("./server-UZ6OOZZ5.js") }
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
  let { main } = await import("./main-GZJNF26B.js");
  return main(argv);
}
export {
  run
};
