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
  { names: ["init"], load: () => import("./init-KH5N5L7A.js") },
  { names: ["config"], load: () => import("./config-IBNWWL7P.js") },
  { names: ["demo"], load: () => import("./demo-HXWMAMSX.js") },
  { names: ["doctor"], load: () => import("./doctor-2Q6TEJ5O.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-JEXLK2NW.js") },
  { names: ["start-issues"], load: () => import("./start-issues-TSNAYJ5C.js") },
  { names: ["resume"], load: () => import("./resume-DMONEXEL.js") },
  { names: ["list", "ls"], load: () => import("./list-W4SZQWNQ.js") },
  { names: ["health"], load: () => import("./health-36DI77O5.js") },
  { names: ["monitor"], load: () => import("./monitor-NKJEGDJD.js") },
  { names: ["dash"], load: () => import("./dash-Z4BIQPZR.js") },
  { names: ["attach"], load: () => import("./attach-TVUXFZUX.js") },
  { names: ["why"], load: () => import("./why-R2CSOQFC.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-6PKZOX44.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-HIDZGY3P.js") },
  { names: ["finish"], load: () => import("./finish-5T3TVO7E.js") },
  { names: ["pull"], load: () => import("./pull-2SZUYJMK.js") },
  { names: ["close"], load: () => import("./close-HH4XDVF5.js") },
  { names: ["cleanup"], load: () => import("./cleanup-KF6GH4EO.js") },
  { names: ["server", "kill-port"], load: () => import("./server-CXEXLMBF.js") }
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
  let { main } = await import("./main-NV7IGIK2.js");
  return main(argv);
}
export {
  run
};
