import {
  Option
} from "./chunk-UIOT3NKO.js";
import {
  Output
} from "./chunk-DFJB6UGG.js";
import {
  nameProblem
} from "./chunk-SFWOOGXY.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";
import {
  invocation
} from "./chunk-TPBC7PZG.js";

// src/cli/common.ts
import path from "node:path";
import { existsSync, statSync } from "node:fs";
function makeCtx(opts) {
  let served = invocation(), cwd = served ? path.resolve(served.cwd, opts.cwd ?? ".") : path.resolve(opts.cwd ?? process.env.ORCH_CWD ?? process.cwd());
  if (!isDirectory(cwd)) {
    let from = opts.cwd !== void 0 ? "--cwd" : process.env.ORCH_CWD ? "ORCH_CWD" : "the current directory";
    throw new UsageError(`${from} ${cwd}: ${existsSync(cwd) ? "not a directory" : "the directory does not exist"}`, "give an existing folder inside your repository");
  }
  return { cwd, configFile: opts.config, json: !!opts.json, verbose: !!opts.verbose, env: process.env, out: served ? new Output(served.stdout, served.stderr) : new Output() };
}
function isDirectory(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return !1;
  }
}
function action(fn) {
  return async (...args) => {
    let cmd = args[args.length - 1], ctx = makeCtx(cmd.optsWithGlobals()), result = await fn(ctx, ...args.slice(0, -1));
    if (result) {
      if (ctx.json) ctx.out.json(result.data);
      else {
        let text = typeof result.text == "function" ? result.text() : result.text;
        text && ctx.out.data(text);
      }
      if (result.exitCode) throw new OrchError("reported", "already reported", { exitCode: result.exitCode });
    }
  };
}
function positiveInt(flag) {
  return (v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${flag} expects a positive whole number, got "${v}"`);
    return Number(v);
  };
}
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function formatDuration(ms) {
  for (let [u, n] of [["h", 36e5], ["m", 6e4], ["s", 1e3]]) if (ms >= n && ms % n === 0) return `${ms / n}${u}`;
  return `${ms}ms`;
}
function parseDuration(v, flag = "duration", minMs = 1) {
  let t = v.trim(), m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(t);
  if (!m) {
    let bare = /^\d+(?:\.\d+)?$/.test(t);
    throw new UsageError(
      `${flag} expects a duration with a unit like 30s, 5m or 1h, got "${v}"${bare ? " (a bare number has no unit)" : ""}`,
      bare ? `write ${flag} ${t}s for seconds, ${t}m for minutes` : `example: ${flag} 30s`
    );
  }
  let ms = Math.round(Number(m[1]) * UNIT_MS[m[2]]);
  if (ms < minMs) throw new UsageError(`${flag} must be at least ${formatDuration(minMs)}, got "${v}"`, `example: ${flag} ${formatDuration(Math.max(minMs, 1e3))}`);
  return ms;
}
function durationArg(flag, minMs = 1) {
  return (v) => parseDuration(v, flag, minMs);
}
function durationOption(flags, description, o) {
  let flag = flags.split(/[ ,]/)[0], minMs = o.min === "0s" ? 0 : parseDuration(o.min, flag), opt = new Option(flags, minMs ? `${description} (at least ${o.min})` : description).argParser(durationArg(flag, minMs));
  return o.default && opt.default(parseDuration(o.default, flag, minMs), o.default), opt;
}
function workerNameArg(v) {
  let problem = nameProblem(v);
  if (problem) throw new UsageError(problem, "run `orch list` to see the names");
  return v;
}
function checkWorkerName(v) {
  return v === void 0 ? v : workerNameArg(v);
}

export {
  makeCtx,
  action,
  positiveInt,
  durationArg,
  durationOption,
  workerNameArg,
  checkWorkerName
};
