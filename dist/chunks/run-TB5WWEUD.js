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
  { names: ["init"], load: () => import("./init-5VDUF5DN.js") },
  { names: ["config"], load: () => import("./config-3GZPG5C7.js") },
  { names: ["demo"], load: () => import("./demo-26CP2BWX.js") },
  { names: ["doctor"], load: () => import("./doctor-IV4CZLYR.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-TCKAZMSE.js") },
  { names: ["start-issues"], load: () => import("./start-issues-YRKCKCUD.js") },
  { names: ["resume"], load: () => import("./resume-5AP3TUIO.js") },
  { names: ["list", "ls"], load: () => import("./list-N2YCZYYX.js") },
  { names: ["health"], load: () => import("./health-622GHO2U.js") },
  { names: ["monitor"], load: () => import("./monitor-AWBZCUZ4.js") },
  { names: ["dash"], load: () => import("./dash-ITOMWMIH.js") },
  { names: ["attach"], load: () => import("./attach-Q22GL5YW.js") },
  { names: ["why"], load: () => import("./why-T7ZOIAWJ.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-V7MILTGY.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-HDZ5KDGZ.js") },
  { names: ["finish"], load: () => import("./finish-VXSADWFI.js") },
  { names: ["pull"], load: () => import("./pull-5I3B3R6X.js") },
  { names: ["close"], load: () => import("./close-C4IRIVBO.js") },
  { names: ["cleanup"], load: () => import("./cleanup-NQ4WC4BG.js") },
  { names: ["server", "kill-port"], load: () => import("./server-FTGUW6VN.js") }
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
  let { main } = await import("./main-KWUZOWBX.js");
  return main(argv);
}
export {
  run
};
