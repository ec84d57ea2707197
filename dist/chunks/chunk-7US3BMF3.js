import {
  Output
} from "./chunk-DFJB6UGG.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/common.ts
import path from "node:path";
function makeCtx(opts) {
  return { cwd: path.resolve(opts.cwd ?? process.env.ORCH_CWD ?? process.cwd()), configFile: opts.config, json: !!opts.json, verbose: !!opts.verbose, env: process.env, out: new Output() };
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
function parseDuration(v, flag = "duration") {
  let m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new UsageError(`${flag} expects a duration like 30s, 5m or 1h, got "${v}"`);
  let n = Number(m[1]), unit = m[2] ?? "s";
  return Math.round(n * (unit === "ms" ? 1 : unit === "s" ? 1e3 : unit === "m" ? 6e4 : 36e5));
}
function durationArg(flag) {
  return (v) => parseDuration(v, flag);
}

export {
  makeCtx,
  action,
  positiveInt,
  durationArg
};
