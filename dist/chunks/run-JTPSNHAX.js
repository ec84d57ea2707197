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
  { names: ["init"], load: () => import("./init-DHDDPB3D.js") },
  { names: ["config"], load: () => import("./config-LR5VKKCI.js") },
  { names: ["demo"], load: () => import("./demo-CCAR6GYS.js") },
  { names: ["doctor"], load: () => import("./doctor-F7MWMP7J.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-XSTCZMS5.js") },
  { names: ["start-issues"], load: () => import("./start-issues-OH6K7WWR.js") },
  { names: ["resume"], load: () => import("./resume-6LJYNJRX.js") },
  { names: ["list", "ls"], load: () => import("./list-DTH732QC.js") },
  { names: ["health"], load: () => import("./health-VBTDAIB5.js") },
  { names: ["monitor"], load: () => import("./monitor-X3WZUKZ3.js") },
  { names: ["dash"], load: () => import("./dash-TY6DYN4V.js") },
  { names: ["attach"], load: () => import("./attach-CQLQFD4S.js") },
  { names: ["why"], load: () => import("./why-UR6G5EKE.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-QJIA22FU.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-QOCR5MAK.js") },
  { names: ["finish"], load: () => import("./finish-SBMPALKC.js") },
  { names: ["pull"], load: () => import("./pull-OT6YPQKA.js") },
  { names: ["close"], load: () => import("./close-OHRCGDCW.js") },
  { names: ["cleanup"], load: () => import("./cleanup-FGZGPLIS.js") },
  { names: ["server", "kill-port"], load: () => import("./server-YMNLOA7F.js") }
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
  let { main } = await import("./main-XLDHB4GT.js");
  return main(argv);
}
export {
  run
};
