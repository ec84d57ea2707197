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
  { names: ["demo"], load: () => import("./demo-LJ3VVCZM.js") },
  { names: ["doctor"], load: () => import("./doctor-5LIDM366.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-K7SLKO2O.js") },
  { names: ["start-issues"], load: () => import("./start-issues-J75S2N2T.js") },
  { names: ["resume"], load: () => import("./resume-LSDXELJQ.js") },
  { names: ["list", "ls"], load: () => import("./list-TVVPNSGW.js") },
  { names: ["health"], load: () => import("./health-UMO4SZFX.js") },
  { names: ["monitor"], load: () => import("./monitor-KIEVPJ7E.js") },
  { names: ["dash"], load: () => import("./dash-SBEJMFIZ.js") },
  { names: ["attach"], load: () => import("./attach-Y7COWSER.js") },
  { names: ["why"], load: () => import("./why-GRAVAXEI.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-AOQUDSDL.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-D4L3TV7E.js") },
  { names: ["finish"], load: () => import("./finish-LYZO32HS.js") },
  { names: ["pull"], load: () => import("./pull-YTJXLTQN.js") },
  { names: ["close"], load: () => import("./close-4KV3B43A.js") },
  { names: ["cleanup"], load: () => import("./cleanup-XLPZQ5QV.js") },
  { names: ["server", "kill-port"], load: () => import("./server-VSBWPAT3.js") }
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
  let { main } = await import("./main-BZ6Z4P2O.js");
  return main(argv);
}
export {
  run
};
