import { XARGS } from './markers.js';
import { isOrchPackage, orch } from './local.js';
import type { Ctx, Handler } from './rules.js';
import { words, type Cmd } from './tokens.js';

/**
 * Index of the wrapped command: skips options, where a letter of `shortValue` takes the rest of its cluster or
 * the next argument, and a long option in `longValue` written without `=` takes the next argument.
 */
function skip(args: string[], shortValue: string, longValue: ReadonlySet<string> = new Set(), from = 0): number {
  let k = from;
  while (k < args.length) {
    const a = args[k]!;
    if (a === '--') return k + 1;
    if (!a.startsWith('-') || a === '-') return k;
    if (a.startsWith('--')) k += !a.includes('=') && longValue.has(a) ? 2 : 1;
    else {
      const j = [...a.slice(1)].findIndex((c) => shortValue.includes(c));
      k += j >= 0 && j === a.length - 2 ? 2 : 1;
    }
  }
  return k;
}

/** A wrapper that runs the rest of its arguments, after its own options, as a command. */
function runs(shortValue: string, longValue: string[] = []): Handler {
  const long = new Set(longValue);
  return (args, ctx, io) => ctx.argv(args.slice(skip(args, shortValue, long)), io);
}

export const WRAPPERS: Record<string, Handler> = {
  sudo: runs('ugChpDrtTU', ['--user', '--group', '--host', '--prompt', '--chdir', '--role', '--type', '--close-from', '--command-timeout', '--other-user']),
  doas: runs('uC'),
  nohup: runs(''),
  builtin: runs(''),
  command: runs(''),
  exec: runs('a'),
  time: runs('fo', ['--format', '--output']),
  nice: runs('n', ['--adjustment']),
  ionice: runs('cnp', ['--class', '--classdata', '--pid']),
  stdbuf: runs('ioe', ['--input', '--output', '--error']),
  setsid: runs(''),
  chronic: runs(''),
  unbuffer: runs(''),
  caffeinate: runs('w'),
  noglob: runs(''),
  nocorrect: runs(''),
  busybox: runs(''),
  'cross-env': runs(''),
  // ssh runs its trailing words as a command line on the remote host, with the same gh and git there.
  ssh: (args, ctx) => {
    const k = skip(args, 'BbcDEeFIiJLlmOopQRSWw');
    if (k + 1 < args.length) ctx.line(args.slice(k + 1).join(' '));
  },
  timeout: (args, ctx, io) => ctx.argv(args.slice(skip(args, 'ks', new Set(['--kill-after', '--signal'])) + 1), io),
  flock: (args, ctx, io) => {
    const k = args.findIndex((a) => a === '-c' || a === '--command');
    if (k >= 0) return ctx.line(args[k + 1] ?? '');
    ctx.argv(args.slice(skip(args, 'wE', new Set(['--timeout', '--conflict-exit-code'])) + 1), io);
  },
  watch: (args, ctx, io) => {
    const k = skip(args, 'n', new Set(['--interval']));
    // watch hands its arguments to `sh -c` joined, unless -x/--exec.
    if (args.slice(0, k).some((a) => a === '-x' || a === '--exec')) ctx.argv(args.slice(k), io);
    else ctx.line(args.slice(k).join(' '));
  },
  env: (args, ctx, io) => {
    const rest = [...args];
    let k = 0;
    while (k < rest.length) {
      const a = rest[k]!;
      if (a === '-S' || a === '--split-string') rest.splice(k, 2, ...words(rest[k + 1] ?? ''));
      else if (/^-S.|^--split-string=/.test(a)) rest.splice(k, 1, ...words(a.startsWith('-S') ? a.slice(2) : a.slice(15)));
      else if (a === '--') {
        k++;
        break;
      } else if (!a.startsWith('-') || a === '-') break;
      else k += ['-u', '--unset', '-C', '--chdir'].includes(a) ? 2 : 1;
    }
    ctx.argv(rest.slice(k), io); // NAME=VALUE words left here are checked as assignments
  },
  xargs: (args, ctx, io) => {
    let replace: string | undefined;
    let k = 0;
    for (; k < args.length; k++) {
      const a = args[k]!;
      if (a === '--') {
        k++;
        break;
      }
      if (!a.startsWith('-')) break;
      if (a === '-I' || a === '-J') replace = args[++k];
      else if (/^-[IJ]./.test(a)) replace = a.slice(2);
      else if (a === '-i' || a === '--replace') replace = '{}';
      else if (/^-i./.test(a) || a.startsWith('--replace=')) replace = a.slice(a.startsWith('-i') ? 2 : 10);
      else if (['-a', '-d', '-E', '-L', '-n', '-P', '-s', '-R', '-S'].includes(a)) k++;
    }
    const inner = args.slice(k);
    if (!inner.length) return;
    // What xargs adds comes from its stdin: a marker the rules treat as a word they cannot know.
    const cmd = replace ? inner.map((w) => w.split(replace).join(XARGS)) : [...inner, XARGS];
    ctx.argv(cmd, io);
  },
  find: (args, ctx, io) => {
    for (let k = 0; k < args.length; k++) {
      if (!['-exec', '-execdir', '-ok', '-okdir'].includes(args[k]!)) continue;
      const end = args.findIndex((a, j) => j > k && (a === ';' || a === '+'));
      const inner = args.slice(k + 1, end < 0 ? undefined : end);
      ctx.argv(inner.map((w) => w.split('{}').join(XARGS)), io);
      if (end < 0) break;
      k = end;
    }
  },
  npx: packageRunner,
  bunx: packageRunner,
  pnpx: packageRunner,
  npm: (args, ctx, io) => (args[0] === 'exec' || args[0] === 'x' ? packageRunner(args.slice(1), ctx, io) : undefined),
  pnpm: scriptRunner,
  yarn: scriptRunner,
};

/** `npx [opts] <package> args`, `npx -c '<command line>'`; `npx orch ...` and `npx session-orchestrator ...` are orch. */
function packageRunner(args: string[], ctx: Ctx, io: Cmd): void {
  const call = args.findIndex((a) => a === '-c' || a === '--call');
  if (call >= 0) return ctx.line(args[call + 1] ?? '');
  const k = skip(args, 'p', new Set(['--package']));
  const pkg = args[k];
  if (pkg === undefined) return;
  if (isOrchPackage(pkg)) orch(args.slice(k + 1), ctx, io, 'orch');
  else ctx.argv(args.slice(k), io);
}

/** `pnpm exec|dlx ...`, `yarn exec|dlx ...`, and `pnpm orch ...` / `yarn orch ...` (both run local bins by name). */
function scriptRunner(args: string[], ctx: Ctx, io: Cmd): void {
  const [sub, ...rest] = args;
  if (sub === 'exec' || sub === 'dlx') packageRunner(rest, ctx, io);
  else if (sub !== undefined && isOrchPackage(sub)) orch(rest, ctx, io, 'orch');
}
