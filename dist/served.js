import {
  runInvocation
} from "./chunks/chunk-TPBC7PZG.js";
import "./chunks/chunk-LHO2KLC4.js";

// src/served.ts
import { Writable } from "node:stream";
var SERVED_COMMANDS = ["finish"];
function servable(argv) {
  return SERVED_COMMANDS.includes(argv[0] ?? "") && !argv.some((a) => a === "--help" || a === "-h");
}
async function serveCommand(argv, cwd, write) {
  let stream = (fd) => new Writable({
    write(chunk, _enc, done) {
      write(fd, String(chunk)), done();
    }
  }), { run } = await import("./chunks/run-G73YXL6I.js");
  return runInvocation({ cwd, stdout: stream(1), stderr: stream(2) }, () => run(argv));
}
export {
  SERVED_COMMANDS,
  servable,
  serveCommand
};
