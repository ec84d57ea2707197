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
  { names: ["init"], load: () => import("./init-6WLWWC2K.js") },
  { names: ["config"], load: () => import("./config-IKZCO3R5.js") },
  { names: ["demo"], load: () => import("./demo-SFGBMRWJ.js") },
  { names: ["doctor"], load: () => import("./doctor-WYOJZ2AK.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-F6D5URSL.js") },
  { names: ["start-issues"], load: () => import("./start-issues-LKYTLD6R.js") },
  { names: ["resume"], load: () => import("./resume-4S54FFSZ.js") },
  { names: ["list", "ls"], load: () => import("./list-J4PQXUW5.js") },
  { names: ["health"], load: () => import("./health-PH2MALZC.js") },
  { names: ["monitor"], load: () => import("./monitor-BJVXK4WH.js") },
  { names: ["dash"], load: () => import("./dash-T6LBHCKA.js") },
  { names: ["attach"], load: () => import("./attach-ABRWNQGQ.js") },
  { names: ["why"], load: () => import("./why-KV4PGNRI.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-EPAMTLL5.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-DEGQNHPI.js") },
  { names: ["finish"], load: () => import("./finish-XD7C4KZ7.js") },
  { names: ["pull"], load: () => import("./pull-5UFQKPS4.js") },
  { names: ["close"], load: () => import("./close-VWR5OFTZ.js") },
  { names: ["cleanup"], load: () => import("./cleanup-AZQECEED.js") },
  { names: ["server", "kill-port"], load: () => import("./server-JROEZ4M6.js") }
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
  let { main } = await import("./main-CRSSCPLR.js");
  return main(argv);
}
export {
  run
};
