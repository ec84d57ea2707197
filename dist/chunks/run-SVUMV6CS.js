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
  { names: ["demo"], load: () => import("./demo-QXDM45JJ.js") },
  { names: ["doctor"], load: () => import("./doctor-2HW66GQQ.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-XLW23TNE.js") },
  { names: ["start-issues"], load: () => import("./start-issues-74533MXC.js") },
  { names: ["resume"], load: () => import("./resume-ZLAHD6HB.js") },
  { names: ["list", "ls"], load: () => import("./list-XCTZR2HD.js") },
  { names: ["health"], load: () => import("./health-WIZWD4RP.js") },
  { names: ["monitor"], load: () => import("./monitor-WRO2UV32.js") },
  { names: ["dash"], load: () => import("./dash-LIBSOOLC.js") },
  { names: ["attach"], load: () => import("./attach-NXTDNHRK.js") },
  { names: ["why"], load: () => import("./why-XGFQ4545.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-2KN25DDB.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-OA3MSYCU.js") },
  { names: ["finish"], load: () => import("./finish-KNPUFZCP.js") },
  { names: ["pull"], load: () => import("./pull-6Y6NKHVM.js") },
  { names: ["close"], load: () => import("./close-O42KN2FL.js") },
  { names: ["cleanup"], load: () => import("./cleanup-G3HCUSIE.js") },
  { names: ["server", "kill-port"], load: () => import("./server-UF4JOSHT.js") }
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
  let { main } = await import("./main-NNSCLGML.js");
  return main(argv);
}
export {
  run
};
