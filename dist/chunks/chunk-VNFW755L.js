// src/adapters/test-run.ts
import { spawn } from "node:child_process";
async function runTestCommand(cmd, cwd, timeoutMs = 30 * 6e4) {
  let start = Date.now();
  if (process.platform === "win32") {
    let { execa } = await import("./execa-WDHILYFP.js"), r = await execa(process.env.ComSpec || "cmd.exe", ["/d", "/s", "/c", cmd], { cwd, all: !0, reject: !1, timeout: timeoutMs, stdin: "ignore", env: { CI: "1" } });
    return { exitCode: r.exitCode ?? (r.timedOut ? 124 : 1), output: String(r.all ?? ""), ms: Date.now() - start };
  }
  return new Promise((resolve) => {
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

export {
  runTestCommand,
  tail
};
