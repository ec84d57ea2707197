import path from 'node:path';
import type { Command } from 'commander';
import type { Ctx } from '../context.js';
import { Output } from '../output.js';
import { OrchError, UsageError, type ExitCode } from '../errors.js';

export interface GlobalOpts { json?: boolean; config?: string; cwd?: string; verbose?: boolean }

export function makeCtx(opts: GlobalOpts): Ctx {
  const cwd = path.resolve(opts.cwd ?? process.env.ORCH_CWD ?? process.cwd());
  return { cwd, configFile: opts.config, json: Boolean(opts.json), verbose: Boolean(opts.verbose), env: process.env, out: new Output() };
}

/** What a command hands back: the JSON document and how to print it for a human. */
export interface Rendered {
  data: unknown;
  text: string | (() => string);
  /** Set when the report itself is the bad news (a refusal inside a bulk run: 3): printed first, then exited with. */
  exitCode?: ExitCode;
}

/** Wraps a command handler: builds the context, prints JSON or text; errors propagate to bin.ts. */
export function action<A extends unknown[]>(fn: (ctx: Ctx, ...args: A) => Promise<Rendered | void>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const ctx = makeCtx(cmd.optsWithGlobals() as GlobalOpts);
    const result = await fn(ctx, ...(args.slice(0, -1) as A));
    if (!result) return;
    if (ctx.json) ctx.out.json(result.data);
    else {
      const text = typeof result.text === 'function' ? result.text() : result.text;
      if (text) ctx.out.data(text);
    }
    if (result.exitCode) throw new OrchError('reported', 'already reported', { exitCode: result.exitCode });
  };
}

export function positiveInt(flag: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${flag} expects a positive whole number, got "${v}"`);
    return Number(v);
  };
}

/** Durations like 30s, 5m, 1h, 500ms. */
export function parseDuration(v: string, flag = 'duration'): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new UsageError(`${flag} expects a duration like 30s, 5m or 1h, got "${v}"`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(n * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000));
}

export function durationArg(flag: string) {
  return (v: string) => parseDuration(v, flag);
}
