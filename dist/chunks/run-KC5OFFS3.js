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
  { names: ["demo"], load: () => import("./demo-RQU524AI.js") },
  { names: ["doctor"], load: () => import("./doctor-5LIDM366.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-VU5PLAQK.js") },
  { names: ["start-issues"], load: () => import("./start-issues-ORZR4VJR.js") },
  { names: ["resume"], load: () => import("./resume-42ANHK3M.js") },
  { names: ["list", "ls"], load: () => import("./list-GNW7DIUQ.js") },
  { names: ["health"], load: () => import("./health-Q43HHT3B.js") },
  { names: ["monitor"], load: () => import("./monitor-WWF23YUT.js") },
  { names: ["dash"], load: () => import("./dash-SQ3GFQ3U.js") },
  { names: ["attach"], load: () => import("./attach-3TD7K5Y2.js") },
  { names: ["why"], load: () => import("./why-PFWFPP6N.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-I6JOGCHT.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-XQCYE76O.js") },
  { names: ["finish"], load: () => import("./finish-HMPWGM6A.js") },
  { names: ["pull"], load: () => import("./pull-HJGSV3WF.js") },
  { names: ["close"], load: () => import("./close-BSBJXCH6.js") },
  { names: ["cleanup"], load: () => import("./cleanup-J7XHROHM.js") },
  { names: ["server", "kill-port"], load: () => import("./server-CC5RYE4Z.js") }
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
  let { main } = await import("./main-7FPX6ZKQ.js");
  return main(argv);
}
export {
  run
};
