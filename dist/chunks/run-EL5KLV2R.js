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
  { names: ["init"], load: () => import("./init-NJEDGVJY.js") },
  { names: ["config"], load: () => import("./config-LMQVW3QJ.js") },
  { names: ["demo"], load: () => import("./demo-V2M55OOY.js") },
  { names: ["doctor"], load: () => import("./doctor-SQAKEGXK.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-JADGVUJU.js") },
  { names: ["start-issues"], load: () => import("./start-issues-LZ67VDWC.js") },
  { names: ["resume"], load: () => import("./resume-5RN6R6NR.js") },
  { names: ["list", "ls"], load: () => import("./list-Q3MEEFQA.js") },
  { names: ["health"], load: () => import("./health-FKCPIZCN.js") },
  { names: ["monitor"], load: () => import("./monitor-LPBT5JYG.js") },
  { names: ["dash"], load: () => import("./dash-2LP2IKOK.js") },
  { names: ["attach"], load: () => import("./attach-TNHVYPWH.js") },
  { names: ["why"], load: () => import("./why-PJLL6TR4.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-CAETDI2Y.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-GOS6TCV5.js") },
  { names: ["finish"], load: () => import("./finish-YGZPCRZI.js") },
  { names: ["pull"], load: () => import("./pull-GOZCC6X4.js") },
  { names: ["close"], load: () => import("./close-SXHHEN7J.js") },
  { names: ["cleanup"], load: () => import("./cleanup-LZOUZTE7.js") },
  { names: ["server", "kill-port"], load: () => import("./server-BDNKR5ZE.js") }
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
  let { main } = await import("./main-6X42BYBO.js");
  return main(argv);
}
export {
  run
};
