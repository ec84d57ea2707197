import {
  addCommands,
  createProgram,
  runProgram
} from "./chunk-NT3BLJMR.js";

// src/cli/loaders.ts
var COMMAND_LOADERS = [
  { names: ["init"], load: () => import("./init-ZQ645ORH.js") },
  { names: ["config"], load: () => import("./config-A75QGJGX.js") },
  { names: ["demo"], load: () => import("./demo-R6PVZHEK.js") },
  { names: ["doctor"], load: () => import("./doctor-BJLV4Y3A.js") },
  { names: ["completion"], load: () => import("./completion-WCGJFGEK.js") },
  { names: ["start"], load: () => import("./start-P7JOFBTL.js") },
  { names: ["start-issues"], load: () => import("./start-issues-DXWZX4WS.js") },
  { names: ["resume"], load: () => import("./resume-VKXIMRI5.js") },
  { names: ["list", "ls"], load: () => import("./list-QPWB7AA2.js") },
  { names: ["health"], load: () => import("./health-4SPTRCW4.js") },
  { names: ["monitor"], load: () => import("./monitor-GOU7P77B.js") },
  { names: ["dash"], load: () => import("./dash-NJA74LYK.js") },
  { names: ["attach"], load: () => import("./attach-OMLZV75G.js") },
  { names: ["why"], load: () => import("./why-G2TWBCGF.js") },
  { names: ["send", "result", "status", "approve", "deny"], load: () => import("./talk-7LCWL5XV.js") },
  { names: ["orchestrate", "orchestrator", "reviewer", "review"], load: () => import("./orchestrate-KOPNUQP6.js") },
  { names: ["finish"], load: () => import("./finish-DUQ42RF2.js") },
  { names: ["pull"], load: () => import("./pull-5AUGOAXR.js") },
  { names: ["close"], load: () => import("./close-M4Y7HB37.js") },
  { names: ["cleanup"], load: () => import("./cleanup-7XBQ5LQJ.js") },
  { names: ["server", "kill-port"], load: () => import("./server-NIT67HD5.js") }
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
  let { main } = await import("./main-ZFJ7DGHH.js");
  return main(argv);
}

export {
  run
};
