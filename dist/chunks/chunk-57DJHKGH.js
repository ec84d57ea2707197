import {
  distScript
} from "./chunk-DE7BE6BW.js";
import {
  isAlive
} from "./chunk-4YZ2I25Y.js";

// src/adapters/guard-server-spawn.ts
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, statSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";

// src/adapters/guard-server-files.ts
var GUARD_SOCKET = "guard.sock", GUARD_PID = "guard-server.pid", GUARD_STARTING = "guard-server.starting", GUARD_TCP = "guard.tcp";
function parseGuardDoor(text) {
  let [port, clientKey, serverKey, ...more] = text.trim().split(" "), n = Number(port);
  if (!(more.length || !Number.isInteger(n) || n <= 0 || n > 65535 || !/^[0-9a-f]{16,}$/.test(clientKey ?? "") || !/^[0-9a-f]{16,}$/.test(serverKey ?? "")))
    return { port: n, clientKey, serverKey };
}

// src/adapters/guard-server-spawn.ts
function startGuardServer(registryDir, env = process.env) {
  try {
    let script = distScript("guard-server.mjs");
    if (!existsSync(script) || Buffer.byteLength(path.join(registryDir, GUARD_SOCKET)) > 100) return !1;
    let starting = path.join(registryDir, GUARD_STARTING);
    return existsSync(starting) && Date.now() - statSync(starting).mtimeMs < 1e4 || (rmSync(starting, { force: !0 }), closeSync(openSync(starting, "wx")), spawn(process.execPath, [script, registryDir], { cwd: registryDir, detached: !0, stdio: "ignore", env }).unref()), !0;
  } catch {
    return existsSync(path.join(registryDir, GUARD_STARTING));
  }
}
function startGuardServerFor(registryDir, env) {
  existsSync(path.join(registryDir, GUARD_SOCKET)) || startGuardServer(registryDir, env);
}
async function guardServerDoor(registryDir) {
  let door;
  try {
    door = parseGuardDoor(readFileSync(path.join(registryDir, GUARD_TCP), "utf8"));
  } catch {
    return;
  }
  if (!door) return;
  let d = door;
  return new Promise((resolve) => {
    let req = http.get({ host: "127.0.0.1", port: d.port, path: "/alive", headers: { "x-orch-key": d.clientKey }, timeout: 2e3 }, (res) => {
      let body = "";
      res.setEncoding("utf8"), res.on("data", (c) => body += c), res.on("end", () => resolve(res.statusCode === 200 && body === `${d.serverKey}
` ? d : void 0)), res.on("error", () => resolve(void 0));
    });
    req.on("timeout", () => req.destroy()), req.on("error", () => resolve(void 0));
  });
}
async function ensureGuardServer(registryDir, env, waitMs = 5e3) {
  let up = await guardServerDoor(registryDir);
  if (up) return up;
  if (!startGuardServer(registryDir, env)) return;
  let until = Date.now() + waitMs;
  for (; Date.now() < until; ) {
    if (await new Promise((r) => setTimeout(r, 50)), !existsSync(path.join(registryDir, GUARD_TCP))) continue;
    let door = await guardServerDoor(registryDir);
    if (door) return door;
  }
}
function guardServerRunning(registryDir) {
  try {
    let pid = Number(readFileSync(path.join(registryDir, GUARD_PID), "utf8"));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid);
  } catch {
    return !1;
  }
}

export {
  startGuardServer,
  startGuardServerFor,
  guardServerDoor,
  ensureGuardServer,
  guardServerRunning
};
