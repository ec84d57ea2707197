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
  { names: ["init"], load: () => import("./init-V7YTNNTS.js") },
  { names: ["config"], load: () => import("./config-ZMZYA7UQ.js") },
  { names: ["demo"], load: () => import("./demo-KMYYLEAW.js") },
  { names: ["doctor"], load: () => import("./doctor-27NPIN3I.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-FYIWJPZK.js") },
  { names: ["start-issues"], load: () => import("./start-issues-D4BFA7OH.js") },
  { names: ["resume"], load: () => import("./resume-UXX7QCAE.js") },
  { names: ["list", "ls"], load: () => import("./list-3A3JSFWH.js") },
  { names: ["health"], load: () => import("./health-XFYKSSUF.js") },
  { names: ["monitor"], load: () => import("./monitor-7H6R6G5Q.js") },
  { names: ["dash"], load: () => import("./dash-US4YLSZ6.js") },
  { names: ["attach"], load: () => import("./attach-J4ATYAJF.js") },
  { names: ["why"], load: () => import("./why-AU4Z5OZP.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-7KCEJLV6.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-KS4QRJXM.js") },
  { names: ["finish"], load: () => import("./finish-IQLLYF7Q.js") },
  { names: ["pull"], load: () => import("./pull-NFBGT7LJ.js") },
  { names: ["close"], load: () => import("./close-QDMMR7L3.js") },
  { names: ["cleanup"], load: () => import("./cleanup-FV2HA24O.js") },
  { names: ["server", "kill-port"], load: () => import("./server-OAN4YFLI.js") }
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
  let { main } = await import("./main-HRMCVPTQ.js");
  return main(argv);
}
export {
  run
};
