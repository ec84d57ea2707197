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
  { names: ["init"], load: () => import("./init-25PJKYBL.js") },
  { names: ["config"], load: () => import("./config-VLIRPRBJ.js") },
  { names: ["demo"], load: () => import("./demo-WG2IOKFB.js") },
  { names: ["doctor"], load: () => import("./doctor-NISDWZAA.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-T4NYLWF2.js") },
  { names: ["start-issues"], load: () => import("./start-issues-3WLL4E24.js") },
  { names: ["resume"], load: () => import("./resume-YWFV3OEH.js") },
  { names: ["list", "ls"], load: () => import("./list-KH4OY3CE.js") },
  { names: ["health"], load: () => import("./health-WVX2RKK6.js") },
  { names: ["monitor"], load: () => import("./monitor-AQQGU7GF.js") },
  { names: ["dash"], load: () => import("./dash-DC4LF3KU.js") },
  { names: ["attach"], load: () => import("./attach-DKXBVEJC.js") },
  { names: ["why"], load: () => import("./why-6YSCZZI7.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-7JXSXPC3.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-WPBZ7ZA6.js") },
  { names: ["finish"], load: () => import("./finish-RUMTVAAJ.js") },
  { names: ["pull"], load: () => import("./pull-TG47XGKS.js") },
  { names: ["close"], load: () => import("./close-H253SU2L.js") },
  { names: ["cleanup"], load: () => import("./cleanup-NGKZGUM5.js") },
  { names: ["server", "kill-port"], load: () => import("./server-7LFNG2VX.js") }
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
  let { main } = await import("./main-S72YGV7B.js");
  return main(argv);
}
export {
  run
};
