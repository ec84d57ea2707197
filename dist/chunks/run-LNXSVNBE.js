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
  { names: ["init"], load: () => import("./init-TL6H5GVO.js") },
  { names: ["config"], load: () => import("./config-FDF7TRRZ.js") },
  { names: ["demo"], load: () => import("./demo-I66HSYXO.js") },
  { names: ["doctor"], load: () => import("./doctor-DZUGKHX6.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-32522ZIU.js") },
  { names: ["start-issues"], load: () => import("./start-issues-ECLVAMGJ.js") },
  { names: ["resume"], load: () => import("./resume-SFBBMR2T.js") },
  { names: ["list", "ls"], load: () => import("./list-ZHY4GTD7.js") },
  { names: ["health"], load: () => import("./health-PWAPPWEY.js") },
  { names: ["monitor"], load: () => import("./monitor-JHUX3KYU.js") },
  { names: ["dash"], load: () => import("./dash-TIDMUJVL.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-PG3XC6IL.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-NFBATFBS.js") },
  { names: ["finish"], load: () => import("./finish-UL3YC3HX.js") },
  { names: ["pull"], load: () => import("./pull-AMGR5ATA.js") },
  { names: ["close"], load: () => import("./close-YA3HPA27.js") },
  { names: ["cleanup"], load: () => import("./cleanup-UZYLDY3K.js") },
  { names: ["server", "kill-port"], load: () => import("./server-WNTRVDIS.js") }
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
  let word = commandWord(argv), wantsHelp = argv.includes("--help") || argv.includes("-h") || word === "help" || word === "completion", loader = word && !wantsHelp ? COMMAND_LOADERS.find((l) => l.names.includes(word)) : void 0;
  if (loader) {
    let { register } = await loader.load();
    return runProgram(addCommands(createProgram(), [register]), argv);
  }
  let { main } = await import("./main-NAQHSZUV.js");
  return main(argv);
}
export {
  run
};
