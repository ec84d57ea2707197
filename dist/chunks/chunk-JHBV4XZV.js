import {
  execa
} from "./chunk-7O5TFSZV.js";

// src/adapters/test-run.ts
async function runTestCommand(cmd, cwd, timeoutMs = 30 * 6e4) {
  let [shell, flag] = process.platform === "win32" ? [process.env.ComSpec || "cmd.exe", "/d /s /c"] : ["/bin/sh", "-c"], start = Date.now(), r = await execa(shell, [...flag.split(" "), cmd], { cwd, all: !0, reject: !1, timeout: timeoutMs, stdin: "ignore", env: { CI: "1" } });
  return { exitCode: r.exitCode ?? (r.timedOut ? 124 : 1), output: String(r.all ?? ""), ms: Date.now() - start };
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
