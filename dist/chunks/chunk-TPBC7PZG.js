// src/invocation.ts
import { AsyncLocalStorage } from "node:async_hooks";
var current = new AsyncLocalStorage();
function invocation() {
  return current.getStore();
}
function runInvocation(inv, fn) {
  return current.run(inv, fn);
}
var stdoutOf = () => current.getStore()?.stdout ?? process.stdout, stderrOf = () => current.getStore()?.stderr ?? process.stderr;

export {
  invocation,
  runInvocation,
  stdoutOf,
  stderrOf
};
