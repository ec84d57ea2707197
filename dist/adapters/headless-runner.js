// src/adapters/headless-runner.ts
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
var [statusFile, cmd, ...args] = process.argv.slice(2);
(!statusFile || !cmd) && process.exit(2);
var child = spawn(cmd, args, { stdio: "inherit" }), record = (code) => {
  try {
    let rec = JSON.parse(readFileSync(statusFile, "utf8"));
    writeFileSync(statusFile, JSON.stringify({ ...rec, exitCode: code }));
  } catch {
  }
  process.exit(code);
};
child.on("error", (e) => {
  process.stderr.write(`${cmd}: ${e.message}
`), record(127);
});
child.on("exit", (code, signal) => record(code ?? (signal ? 128 : 1)));
for (let sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => child.kill(sig));
