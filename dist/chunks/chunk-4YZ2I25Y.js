import {
  spawnViaShell
} from "./chunk-R2EOHSIJ.js";

// src/adapters/proc.ts
import { spawn } from "node:child_process";
async function run(cmd, args, opts = {}) {
  try {
    let { execa } = await import("./execa-WDHILYFP.js"), r = await execa(cmd, args, {
      cwd: opts.cwd,
      env: opts.env,
      extendEnv: opts.extendEnv ?? !0,
      input: opts.input,
      timeout: opts.timeoutMs,
      reject: !1,
      stripFinalNewline: !0
    });
    return { exitCode: r.exitCode ?? (r.failed ? 1 : 0), stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? ""), failed: r.failed };
  } catch (e) {
    return { exitCode: 127, stdout: "", stderr: e.message, failed: !0 };
  }
}
function runDirect(cmd, args, opts = {}) {
  let viaShell = spawnViaShell(cmd, args, { input: opts.input });
  if (viaShell) {
    let text = (b) => b.toString("utf8").replace(/\r?\n$/, "");
    return viaShell.then(
      (r) => ({ exitCode: r.code, stdout: text(r.stdout), stderr: text(r.stderr), failed: r.code !== 0 }),
      () => ({ exitCode: 1, stdout: "", stderr: "", failed: !0 })
    );
  }
  return new Promise((resolve) => {
    let out = [], err = [], done = !1, finish = (exitCode) => {
      if (done) return;
      done = !0;
      let text = (b) => Buffer.concat(b).toString("utf8").replace(/\r?\n$/, "");
      resolve({ exitCode, stdout: text(out), stderr: text(err), failed: exitCode !== 0 });
    }, child = spawn(cmd, args, { windowsHide: !0, stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c)), child.on("error", () => {
      out.length = 0, err.length = 0, finish(1);
    }), child.on("close", (code) => finish(code ?? 1)), opts.input !== void 0 && (child.stdin.on("error", () => {
    }), child.stdin.end(opts.input));
  });
}
function isAlive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (e) {
    return e.code === "EPERM";
  }
}

export {
  run,
  runDirect,
  isAlive
};
