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
  { names: ["demo"], load: () => import("./demo-4F6EHBC5.js") },
  { names: ["doctor"], load: () => import("./doctor-2Q6TEJ5O.js") },
  { names: ["completion"], load: () => import("./completion-6LXAKXFA.js") },
  { names: ["start"], load: () => import("./start-HUV7KNBU.js") },
  { names: ["start-issues"], load: () => import("./start-issues-FAYTZHCV.js") },
  { names: ["resume"], load: () => import("./resume-7DLAH2S3.js") },
  { names: ["list", "ls"], load: () => import("./list-67IMTC6C.js") },
  { names: ["health"], load: () => import("./health-CJK6DOK7.js") },
  { names: ["monitor"], load: () => import("./monitor-P5ODZVU3.js") },
  { names: ["dash"], load: () => import("./dash-WH6X4UAK.js") },
  { names: ["attach"], load: () => import("./attach-XLT4W4Z6.js") },
  { names: ["why"], load: () => import("./why-ILFI2XDZ.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-5WDAOLSG.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-PTPYHRBG.js") },
  { names: ["finish"], load: () => import("./finish-HJXDNRHG.js") },
  { names: ["pull"], load: () => import("./pull-54QIF6WL.js") },
  { names: ["close"], load: () => import("./close-GKSUHJYK.js") },
  { names: ["cleanup"], load: () => import("./cleanup-FFIUNNW4.js") },
  { names: ["server", "kill-port"], load: () => import("./server-UJIUUR6N.js") }
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
  let { main } = await import("./main-UKTACPIE.js");
  return main(argv);
}
export {
  run
};
