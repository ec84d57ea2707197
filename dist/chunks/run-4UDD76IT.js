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
  { names: ["demo"], load: () => import("./demo-HOIVSMPG.js") },
  { names: ["doctor"], load: () => import("./doctor-2HW66GQQ.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-OZ2ACD2B.js") },
  { names: ["start-issues"], load: () => import("./start-issues-M637IV7I.js") },
  { names: ["resume"], load: () => import("./resume-EEAKXOSV.js") },
  { names: ["list", "ls"], load: () => import("./list-JBZM7RE2.js") },
  { names: ["health"], load: () => import("./health-LWWGFVTJ.js") },
  { names: ["monitor"], load: () => import("./monitor-KRLZF4SD.js") },
  { names: ["dash"], load: () => import("./dash-5ELHR2J4.js") },
  { names: ["attach"], load: () => import("./attach-UUY2QF3Y.js") },
  { names: ["why"], load: () => import("./why-PD7RNH7F.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-Q4BPSOSM.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-YTENHQZI.js") },
  { names: ["finish"], load: () => import("./finish-X6HVR2PU.js") },
  { names: ["pull"], load: () => import("./pull-K2WWM7UX.js") },
  { names: ["close"], load: () => import("./close-DLZFJRG6.js") },
  { names: ["cleanup"], load: () => import("./cleanup-756OFPP7.js") },
  { names: ["server", "kill-port"], load: () => import("./server-53VP6G5V.js") }
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
  let { main } = await import("./main-JNDXJIIM.js");
  return main(argv);
}
export {
  run
};
