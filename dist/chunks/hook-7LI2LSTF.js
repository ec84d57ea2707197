import {
  runHook
} from "./chunk-NTUE2UVK.js";
import "./chunk-LHO2KLC4.js";

// src/cli/hook.ts
import { readFileSync } from "node:fs";
import path from "node:path";
async function hookMain(argv) {
  let event = argv[0] ?? "unknown", stdin = "";
  try {
    stdin = readFileSync(0, "utf8");
  } catch {
    stdin = "";
  }
  let guard;
  if (event === "PreToolUse")
    try {
      guard = (await import("./guard-WN3UYESX.js")).guardVerdict;
    } catch {
      guard = void 0;
    }
  let r = runHook(event, argv.slice(1), stdin, process.env, guard);
  r.stderr && process.stderr.write(r.stderr);
  let at = argv.indexOf("--events"), events = at >= 0 ? argv[at + 1] : void 0;
  if (event === "PreToolUse" && process.env.ORCH_GUARD_SERVER === "start" && events) {
    let { startGuardServer } = await import("./guard-server-spawn-JMRO3IMM.js");
    startGuardServer(path.dirname(path.dirname(events)));
  }
  return r.code;
}
export {
  hookMain
};
