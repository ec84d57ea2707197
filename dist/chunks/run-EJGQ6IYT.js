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
  { names: ["init"], load: () => import("./init-UBUUTUOK.js") },
  { names: ["config"], load: () => import("./config-JJFGZB2F.js") },
  { names: ["demo"], load: () => import("./demo-XPQK6EHA.js") },
  { names: ["doctor"], load: () => import("./doctor-OZFX3Q2D.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-WE5LL5BK.js") },
  { names: ["start-issues"], load: () => import("./start-issues-AXQIBPAG.js") },
  { names: ["resume"], load: () => import("./resume-TW5JBTUS.js") },
  { names: ["list", "ls"], load: () => import("./list-6WOT66TS.js") },
  { names: ["health"], load: () => import("./health-UL6LY4BE.js") },
  { names: ["monitor"], load: () => import("./monitor-F7GDT2DS.js") },
  { names: ["dash"], load: () => import("./dash-ULGFH7YW.js") },
  { names: ["attach"], load: () => import("./attach-DMX4NDLA.js") },
  { names: ["why"], load: () => import("./why-ZE5PGG33.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-TK5QYGQ2.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-YMPRG5GF.js") },
  { names: ["finish"], load: () => import("./finish-4755D6OM.js") },
  { names: ["pull"], load: () => import("./pull-MFZW53QV.js") },
  { names: ["close"], load: () => import("./close-L6VCXMXQ.js") },
  { names: ["cleanup"], load: () => import("./cleanup-W2EPLAJG.js") },
  { names: ["server", "kill-port"], load: () => import("./server-4ZMVP5SE.js") }
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
  let { main } = await import("./main-24F7MY7P.js");
  return main(argv);
}
export {
  run
};
