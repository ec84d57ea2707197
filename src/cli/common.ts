import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { nameProblem } from '../core/naming.js';
import type { Ctx } from '../context.js';
import { Output } from '../output.js';
import { OrchError, UsageError, type ExitCode } from '../errors.js';
import { invocation } from '../invocation.js';

export interface GlobalOpts { json?: boolean; config?: string; cwd?: string; verbose?: boolean }

export function makeCtx(opts: GlobalOpts): Ctx {
  const served = invocation();
  // A served run (src/served.ts) starts in its caller's folder; --cwd is then relative to that.
  const cwd = served ? path.resolve(served.cwd, opts.cwd ?? '.') : path.resolve(opts.cwd ?? process.env.ORCH_CWD ?? process.cwd());
  if (!isDirectory(cwd)) {
    const from = opts.cwd !== undefined ? '--cwd' : process.env.ORCH_CWD ? 'ORCH_CWD' : 'the current directory';
    throw new UsageError(`${from} ${cwd}: ${existsSync(cwd) ? 'not a directory' : 'the directory does not exist'}`, 'give an existing folder inside your repository');
  }
  return { cwd, configFile: opts.config, json: Boolean(opts.json), verbose: Boolean(opts.verbose), env: process.env, out: served ? new Output(served.stdout, served.stderr) : new Output() };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
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

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** A duration for people: 500ms, 30s, 5m, 1h (whole units where they fit). */
export function formatDuration(ms: number): string {
  for (const [u, n] of [['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) if (ms >= n && ms % n === 0) return `${ms / n}${u}`;
  return `${ms}ms`;
}

/**
 * Durations like 30s, 5m, 1h, 500ms. The unit is required: a bare number used to mean seconds while --help showed
 * milliseconds, so copying a default gave 8 hours. Anything below `minMs` is refused (a 0s poll loop spins).
 */
export function parseDuration(v: string, flag = 'duration', minMs = 1): number {
  const t = v.trim();
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(t);
  if (!m) {
    const bare = /^\d+(?:\.\d+)?$/.test(t);
    throw new UsageError(
      `${flag} expects a duration with a unit like 30s, 5m or 1h, got "${v}"${bare ? ' (a bare number has no unit)' : ''}`,
      bare ? `write ${flag} ${t}s for seconds, ${t}m for minutes` : `example: ${flag} 30s`,
    );
  }
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
  if (ms < minMs) throw new UsageError(`${flag} must be at least ${formatDuration(minMs)}, got "${v}"`, `example: ${flag} ${formatDuration(Math.max(minMs, 1000))}`);
  return ms;
}

export function durationArg(flag: string, minMs = 1) {
  return (v: string) => parseDuration(v, flag, minMs);
}

/**
 * A duration option: parsed with units, at least `min`, and its default shown in --help as written ("30s").
 * min 0 allows an explicit "0s" (monitor's --idle-grace: nudge at once).
 */
export function durationOption(flags: string, description: string, o: { min: string; default?: string }): Option {
  const flag = flags.split(/[ ,]/)[0]!;
  const minMs = o.min === '0s' ? 0 : parseDuration(o.min, flag);
  const opt = new Option(flags, minMs ? `${description} (at least ${o.min})` : description).argParser(durationArg(flag, minMs));
  if (o.default) opt.default(parseDuration(o.default, flag, minMs), o.default);
  return opt;
}

/** The one check of a worker name given as an argument (close, resume, send, status, finish...): bad names are usage errors (2). */
export function workerNameArg(v: string): string {
  const problem = nameProblem(v);
  if (problem) throw new UsageError(problem, 'run `orch list` to see the names');
  return v;
}

/** The same check, for an optional name validated inside an action. */
export function checkWorkerName(v: string | undefined): string | undefined {
  return v === undefined ? v : workerNameArg(v);
}
