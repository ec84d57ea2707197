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
  { names: ["init"], load: () => import("./init-FWYFL7TE.js") },
  { names: ["config"], load: () => import("./config-AVDHFKTJ.js") },
  { names: ["demo"], load: () => import("./demo-AJPQJRHE.js") },
  { names: ["doctor"], load: () => import("./doctor-KA5V5ZHF.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-FL3FANFO.js") },
  { names: ["start-issues"], load: () => import("./start-issues-G67M7C2M.js") },
  { names: ["resume"], load: () => import("./resume-U56HTATG.js") },
  { names: ["list", "ls"], load: () => import("./list-GOMYI362.js") },
  { names: ["health"], load: () => import("./health-ILHJPRNN.js") },
  { names: ["monitor"], load: () => import("./monitor-UJGRKTIM.js") },
  { names: ["dash"], load: () => import("./dash-AIPPPUNO.js") },
  { names: ["attach"], load: () => import("./attach-HOCI2SWY.js") },
  { names: ["why"], load: () => import("./why-6VOJNFJX.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-KAQ446WN.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-TA2IKAEJ.js") },
  { names: ["finish"], load: () => import("./finish-3O2TUHAB.js") },
  { names: ["pull"], load: () => import("./pull-JNHDRHZR.js") },
  { names: ["close"], load: () => import("./close-V5LPUEFY.js") },
  { names: ["cleanup"], load: () => import("./cleanup-FMS6ORRG.js") },
  { names: ["server", "kill-port"], load: () => import("./server-WT54U5TC.js") }
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
  let { main } = await import("./main-ZZLHM4GV.js");
  return main(argv);
}
export {
  run
};
