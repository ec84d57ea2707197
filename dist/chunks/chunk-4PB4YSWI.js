import {
  scratchDir,
  spawnViaShell
} from "./chunk-R2EOHSIJ.js";

// src/adapters/test-run.ts
import { spawn } from "node:child_process";
import path from "node:path";
import { readFileSync, rmSync } from "node:fs";
async function runTestCommand(cmd, cwd, timeoutMs = 30 * 6e4) {
  let start = Date.now();
  if (process.platform === "win32") {
    let { execa } = await import("./execa-WDHILYFP.js"), r = await execa(process.env.ComSpec || "cmd.exe", ["/d", "/s", "/c", cmd], { cwd, all: !0, reject: !1, timeout: timeoutMs, stdin: "ignore", env: { CI: "1" } });
    return { exitCode: r.exitCode ?? (r.timedOut ? 124 : 1), output: String(r.all ?? ""), ms: Date.now() - start };
  }
  let viaShell = await throughShell(cmd, cwd, timeoutMs);
  return viaShell ? { ...viaShell, ms: Date.now() - start } : new Promise((resolve) => {
    let out = [], child = spawn("/bin/sh", ["-c", `exec 2>&1
${cmd}`], { cwd, env: { ...process.env, CI: "1" }, stdio: ["ignore", "pipe", "ignore"] }), timedOut = !1, settled = !1, timer = setTimeout(() => {
      timedOut = !0, child.kill("SIGTERM"), setTimeout(() => child.kill("SIGKILL"), 5e3).unref();
    }, timeoutMs);
    child.stdout.on("data", (c) => out.push(c));
    let done = (exitCode, extra = "") => {
      settled || (settled = !0, clearTimeout(timer), child.stdout.destroy(), resolve({ exitCode, output: Buffer.concat(out).toString("utf8").replace(/\r?\n$/, "") + extra, ms: Date.now() - start }));
    };
    child.on("error", (e) => done(127, `
${e.message}`)), child.on("exit", () => timedOut && done(124)), child.on("close", (code) => done(timedOut ? 124 : code ?? 1));
  });
}
function tail(output, lines = 30) {
  let all = output.replace(/\s+$/, "").split(`
`);
  return (all.length > lines ? ["...", ...all.slice(-lines)] : all).join(`
`);
}
async function throughShell(cmd, cwd, timeoutMs) {
  let dir;
  try {
    dir = scratchDir("orch-test-");
  } catch {
    return;
  }
  try {
    let pidFile = path.join(dir, "pid"), job = spawnViaShell("/bin/sh", ["-c", 'echo $$ >"$1"; shift; exec "$@"', "orch-test", pidFile, "/bin/sh", "-c", `exec 2>&1
${cmd}`], { cwd, env: { ...process.env, CI: "1" } });
    if (!job) return;
    let timedOut = !1, stop = (signal) => {
      try {
        process.kill(Number(readFileSync(pidFile, "utf8")), signal);
      } catch {
      }
    }, timer = setTimeout(() => {
      timedOut = !0, stop("SIGTERM"), setTimeout(() => stop("SIGKILL"), 5e3).unref();
    }, timeoutMs);
    try {
      let r = await job;
      return { exitCode: timedOut ? 124 : r.code, output: r.stdout.toString("utf8").replace(/\r?\n$/, "") };
    } catch {
      return { exitCode: 1, output: "orch: the shell running the test command stopped before it ended" };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    rmSync(dir, { recursive: !0, force: !0 });
  }
}

export {
  runTestCommand,
  tail
};
