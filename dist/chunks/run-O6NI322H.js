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
  { names: ["demo"], load: () => import("./demo-RHFU4R5R.js") },
  { names: ["doctor"], load: () => import("./doctor-2HW66GQQ.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-AJ4QLG52.js") },
  { names: ["start-issues"], load: () => import("./start-issues-JCW3VCJG.js") },
  { names: ["resume"], load: () => import("./resume-WVIFPQTD.js") },
  { names: ["list", "ls"], load: () => import("./list-XXT3RNMZ.js") },
  { names: ["health"], load: () => import("./health-YXKLHNQO.js") },
  { names: ["monitor"], load: () => import("./monitor-TTSJCWO7.js") },
  { names: ["dash"], load: () => import("./dash-DS3BDE5T.js") },
  { names: ["attach"], load: () => import("./attach-LUFV2YBY.js") },
  { names: ["why"], load: () => import("./why-G6GJKCZP.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-BKAT5KFR.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-2QOYUUYG.js") },
  { names: ["finish"], load: () => import("./finish-SIH4O5ZI.js") },
  { names: ["pull"], load: () => import("./pull-GLI7N2KK.js") },
  { names: ["close"], load: () => import("./close-SM25B4B4.js") },
  { names: ["cleanup"], load: () => import("./cleanup-PKTZH5S4.js") },
  { names: ["server", "kill-port"], load: () => import("./server-RODJIMCL.js") }
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
  let { main } = await import("./main-EPYP5Q4O.js");
  return main(argv);
}
export {
  run
};
