import { show, unresolved } from './markers.js';
import { report, type Ctx, type Handler } from './rules.js';
import type { Cmd } from './tokens.js';
import { orch } from './local.js';

/**
 * `sh|bash|zsh|dash|ksh [-lec...] -c "<string>"`: the string is checked as a command line. Without -c the shell
 * runs a script file (not ours to read), or its stdin: a heredoc, a here-string or a pipe.
 */
export const shell: Handler = (args, ctx, io, name) => {
  let commandMode = false;
  let stdin = false;
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--' || a === '-') {
      k++;
      break;
    }
    if (a === '--rcfile' || a === '--init-file') k++;
    else if (/^[-+]o$|^[-+]O$/.test(a)) k++;
    else if (/^[-+][A-Za-z]+$/.test(a)) {
      if (a[0] === '-' && a.includes('c')) commandMode = true;
      if (a[0] === '-' && a.includes('s')) stdin = true;
      if (/[oO]$/.test(a)) k++;
    } else if (!a.startsWith('--')) break;
  }
  const operand = args[k];
  if (commandMode) {
    if (operand !== undefined) ctx.line(operand);
    return;
  }
  if (stdin || operand === undefined || operand === '/dev/stdin') return stdinScript(io, ctx, name);
  // orch's own front (dist/orch.sh, the command line a worker's brief gives): its arguments are orch's.
  if (/(^|[/\\])orch\.sh$/.test(operand)) return orch(args.slice(k + 1), ctx, io, 'orch');
  if (unresolved(operand)) report(ctx, 'opaque-command', `orch cannot see the script \`${show(operand, ctx.subs)}\` that ${name} runs; run its commands directly.`);
};

/** `source file` / `. file`: like a shell running a script, but in this shell. */
export const source: Handler = (args, ctx, io, name) => {
  const file = args[0];
  if (file === '/dev/stdin' || file === '-') stdinScript(io, ctx, name);
  else if (file !== undefined && unresolved(file)) report(ctx, 'opaque-command', `orch cannot see the script \`${show(file, ctx.subs)}\`; run its commands directly.`);
};

/** A shell reading its script from stdin: check it when it is visible, block when it is not. */
function stdinScript(io: Cmd, ctx: Ctx, name: string): void {
  if (io.herestring !== undefined) return ctx.line(io.herestring);
  if (io.heredocs.length) return; // heredoc bodies are checked as commands unless a data-only command claims them
  const from = io.pipedFrom;
  if (!from) return; // an interactive shell, or `bash < file`: a file is like a script operand
  const [producer, ...rest] = from.argv;
  if (producer === 'echo') return ctx.line(rest.filter((a) => !/^-[neE]+$/.test(a)).join(' '));
  if (producer === 'printf' && !rest.some((a) => a.includes('%'))) return ctx.line(rest.join(' '));
  if (producer === 'cat' && rest.length === 0 && from.heredocs.length) {
    for (const h of from.heredocs) ctx.line(ctx.heredocs[h]?.text ?? '');
    return;
  }
  report(ctx, 'opaque-command', `orch cannot see the script piped into \`${name}\`; run its commands directly.`);
}

/** `eval ...`: its arguments, joined, are a command line. */
export const evalArgs: Handler = (args, ctx) => ctx.line(args.join(' '));

/** An alias hiding a blocked command (`alias m='gh pr merge'`): the expansion is checked now, and again where the alias is used. */
export const aliasDef: Handler = (args, ctx) => {
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq < 0) continue;
    ctx.aliases.set(a.slice(0, eq), a.slice(eq + 1));
    ctx.line(a.slice(eq + 1));
  }
};

/** `su -c "cmd"`, `runuser -c`, `script -c`: the string is a command line. */
export const dashC: Handler = (args, ctx) => {
  const k = args.findIndex((a) => /^-[a-zA-Z]*c$/.test(a) || a === '--command' || a.startsWith('--command='));
  if (k >= 0) ctx.line(args[k]!.startsWith('--command=') ? args[k]!.slice(10) : (args[k + 1] ?? ''));
};

/** PowerShell: `-Command` (any prefix of it) takes the rest as a command line; encoded commands cannot be seen. */
export const powershell: Handler = (args, ctx, _io, name) => {
  const k = args.findIndex((a) => /^[-/]c(o(m(m(a(n(d)?)?)?)?)?)?$/i.test(a));
  if (args.some((a) => /^[-/]e(c|n(c(o(d(e(d(c(o(m(m(a(n(d)?)?)?)?)?)?)?)?)?)?)?)?)?$/i.test(a))) {
    return report(ctx, 'opaque-command', `orch cannot see an encoded ${name} command; pass it with -Command.`);
  }
  if (k >= 0) ctx.line(args.slice(k + 1).join(' '));
  else if (name === 'powershell' && args.length && !args.some((a) => /^[-/]f(ile)?$/i.test(a))) ctx.line(args.filter((a) => !a.startsWith('-')).join(' '));
};

/** `cmd /c "..."` on Windows. */
export const cmdExe: Handler = (args, ctx) => {
  const k = args.findIndex((a) => /^\/[ck]$/i.test(a));
  if (k >= 0) ctx.line(args.slice(k + 1).join(' '));
};
