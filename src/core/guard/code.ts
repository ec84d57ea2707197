import { BLOCKED_MERGE_MUTATION, MERGE_PATH, httpClient } from './forge.js';
import { orch } from './local.js';
import { show } from './markers.js';
import { report, type Ctx, type Handler } from './rules.js';

// Inline-code flags per interpreter (`node -e`, `python -c`, ...).
const INLINE: Record<string, readonly string[]> = {
  node: ['-e', '--eval', '-p', '--print', '-pe'],
  bun: ['-e', '--eval', '-p', '--print'],
  deno: ['eval'],
  python: ['-c'],
  perl: ['-e', '-E'],
  ruby: ['-e'],
  php: ['-r'],
  osascript: ['-e'],
  rscript: ['-e'],
};
const NODE_WITH_VALUE = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--title', '--env-file', '--inspect-port']);
// Code that starts processes: only then are its string literals read as commands.
const SPAWNS = /exec|spawn|system|subprocess|popen|child_process|Bun\.\$|Deno\.Command|shell script|qx|`/i;
const LITERAL = /'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\])*)`/g;

/**
 * Inline code is not shell, so this is a heuristic layer: merge endpoints and mutations anywhere in the code,
 * the blocked `gh pr merge` spelled as words or list items, and, when the code starts processes, each string literal
 * (and each run of adjacent list items, `['git', 'push', 'origin', 'main']`) checked as a command line.
 */
export function checkCode(code: string, ctx: Ctx): void {
  if (/^\uE000[^\uE001]*\uE001$/.test(code)) return report(ctx, 'opaque-command', `orch cannot see the code in \`${show(code, ctx.subs)}\`; pass it inline.`);
  if (MERGE_PATH.test(code) || BLOCKED_MERGE_MUTATION.test(code) || /pulls\.merge\s*\(/.test(code)) return report(ctx, 'merge-pr');
  if (/\bgh\b[\s'",[\]]{1,8}pr\b[\s'",[\]]{1,8}merge\b/.test(code)) return report(ctx, 'merge-pr');
  if (!SPAWNS.test(code)) return;
  let run: string[] = [];
  let runEnd = -1;
  const runs: string[] = [];
  for (const m of code.matchAll(LITERAL)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    if (runEnd >= 0 && /^\s*,\s*$/.test(code.slice(runEnd, m.index))) run.push(text);
    else {
      if (run.length) runs.push(run.join(' '));
      run = [text];
    }
    runEnd = m.index + m[0].length;
  }
  if (run.length) runs.push(run.join(' '));
  for (const r of runs.slice(0, 50)) ctx.line(r);
}

function family(name: string): string {
  if (/^python[\d.]*$|^pypy[\d.]*$/.test(name)) return 'python';
  if (name === 'nodejs') return 'node';
  return name;
}

/** node, python, perl, ruby...: inline code, code on stdin, and `node path/to/orch.js ...`. */
export const interpreter: Handler = (args, ctx, io, name) => {
  const fam = family(name);
  const inline = INLINE[fam] ?? [];
  let sawCode = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (inline.includes(a)) {
      checkCode(args[k + 1] ?? '', ctx);
      sawCode = true;
      k++;
    } else if (/^--(eval|print)=/.test(a)) {
      checkCode(a.slice(a.indexOf('=') + 1), ctx);
      sawCode = true;
    } else if (fam === 'python' && /^-c./.test(a)) {
      checkCode(a.slice(2), ctx);
      sawCode = true;
    }
  }
  if (sawCode) return;
  let k = 0;
  while (k < args.length && args[k]!.startsWith('-') && args[k] !== '-') {
    if (fam === 'python' && args[k] === '-m') break;
    k += NODE_WITH_VALUE.has(args[k]!) ? 2 : 1;
  }
  const script = args[k];
  if (fam === 'python' && script === '-m') {
    if (/^httpie$/.test(args[k + 1] ?? '')) httpClient(args.slice(k + 2), ctx, io, 'http');
    return;
  }
  if ((fam === 'node' || fam === 'bun') && script && /(^|[/\\])orch\.js$/.test(script)) return orch(args.slice(k + 1), ctx, io, 'orch');
  if (script !== undefined && script !== '-') return;
  for (const h of io.heredocs) checkCode(ctx.heredocs[h]?.text ?? '', ctx);
  if (io.herestring !== undefined) checkCode(io.herestring, ctx);
  if (io.pipedFrom && io.pipedFrom.argv[0] === 'echo') checkCode(io.pipedFrom.argv.slice(1).join(' '), ctx);
};

/** awk programs can run commands (`system("...")`, `print | "sh"`): the program is checked as code. */
export const awk: Handler = (args, ctx) => {
  let k = 0;
  for (; k < args.length && args[k]!.startsWith('-') && args[k] !== '--'; k++) {
    if (args[k] === '-e' || args[k] === '--source') return checkCode(args[k + 1] ?? '', ctx);
    if (args[k] === '-f' || args[k] === '--file') return; // a program file is not ours to read
    if (args[k] === '-F' || args[k] === '-v') k++;
  }
  if (args[k] === '--') k++;
  if (args[k] !== undefined) checkCode(args[k]!, ctx);
};
