import {
  distScript
} from "./chunk-DE7BE6BW.js";

// src/adapters/guard-server-spawn.ts
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, statSync, rmSync } from "node:fs";
import path from "node:path";

// src/adapters/guard-server-files.ts
var GUARD_SOCKET = "guard.sock";
var GUARD_STARTING = "guard-server.starting";

// src/adapters/guard-server-spawn.ts
function startGuardServer(registryDir, env = process.env) {
  try {
    let script = distScript("guard-server.mjs");
    if (!existsSync(script) || Buffer.byteLength(path.join(registryDir, GUARD_SOCKET)) > 100) return;
    let starting = path.join(registryDir, GUARD_STARTING);
    if (existsSync(starting) && Date.now() - statSync(starting).mtimeMs < 1e4) return;
    rmSync(starting, { force: !0 }), closeSync(openSync(starting, "wx")), spawn(process.execPath, [script, registryDir], { cwd: registryDir, detached: !0, stdio: "ignore", env }).unref();
  } catch {
  }
}
function startGuardServerFor(registryDir, env) {
  existsSync(path.join(registryDir, GUARD_SOCKET)) || startGuardServer(registryDir, env);
}

export {
  startGuardServer,
  startGuardServerFor
};
