import { awk, interpreter } from './code.js';
import { gh, httpClient, hub } from './forge.js';
import { configKey, git } from './git.js';
import { killByName, orch } from './local.js';
import { show, unresolved } from './markers.js';
import { report, type Ctx, type Finding, type Handler } from './rules.js';
import { scan } from './scan.js';
import { aliasDef, cmdExe, dashC, evalArgs, powershell, shell, source } from './shells.js';
import { commands, type Cmd } from './tokens.js';
import { WRAPPERS } from './wrappers.js';

const MAX_DEPTH = 12;
const MAX_PIECES = 500;

const passThrough: Handler = (args, ctx, io) => ctx.argv(args, io);
const all = (names: string[], h: Handler) => Object.fromEntries(names.map((n) => [n, h]));

const HANDLERS: Record<string, Handler> = {
  ...WRAPPERS,
  // Shell keywords in command position: what follows is still a command.
  ...all(['!', '{', '}', 'if', 'then', 'elif', 'else', 'while', 'until', 'do'], passThrough),
  // `function f { body; }` and `coproc NAME { body; }`: the body starts after the brace.
  ...all(['function', 'coproc'], (args, ctx, io, name) => ctx.argv(args.includes('{') ? args.slice(args.indexOf('{') + 1) : name === 'coproc' ? args : [], io)),
  git,
  gh,
  hub,
  orch,
  ...all(['curl', 'wget', 'http', 'https', 'xh', 'xhs', 'httpie'], httpClient),
  ...all(['pkill', 'killall', 'taskkill', 'stop-process', 'spps', 'kill'], killByName),
  ...all(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish'], shell),
  ...all(['source', '.'], source),
  eval: evalArgs,
  alias: aliasDef,
  ...all(['su', 'runuser', 'script'], dashC),
  ...all(['pwsh', 'powershell'], powershell),
  cmd: cmdExe,
  ...all(['node', 'nodejs', 'bun', 'deno', 'perl', 'ruby', 'php', 'osascript', 'rscript'], interpreter),
  ...all(['awk', 'gawk', 'mawk', 'nawk'], awk),
};

// Commands that only read a heredoc as data; any other reader may run it, so its body is checked as commands.
const DATA_SINKS = new Set(['cat', 'tee', 'git', 'gh', 'wc', 'head', 'tail', 'grep', 'jq', 'diff', 'sort', 'base64']);
const DECLARES = new Set(['export', 'declare', 'typeset', 'local', 'readonly']);
const ASSIGNMENT = /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=/;
// Variables whose value git (or another tool) runs as a command line.
const COMMAND_ENV = new Set(['GIT_SSH_COMMAND', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_PAGER', 'GIT_ASKPASS', 'GIT_EXTERNAL_DIFF', 'EDITOR', 'VISUAL', 'PAGER']);

/** `/usr/bin/git`, `git.exe` and `GIT` are all git to the guard (Windows names are case-insensitive). */
function commandName(base: string): string {
  return base.replace(/\.exe$/i, '').toLowerCase();
}

function runArgv(words: string[], ctx: Ctx, io: Cmd): void {
  let k = 0;
  for (; k < words.length && ASSIGNMENT.test(words[k]!); k++) assignment(words[k]!, ctx);
  const head = words[k];
  if (head === undefined) return;
  const args = words.slice(k + 1);
  // Only the last path segment names the command: `"$(git rev-parse --show-toplevel)/scripts/x.sh"` is known.
  const last = head.split(/[\\/]/).pop() ?? head;
  if (unresolved(last) || /[*?]/.test(last)) {
    return report(ctx, 'opaque-command', `orch cannot tell which command \`${show(head, ctx.subs)}\` runs; spell the command out.`);
  }
  const name = commandName(last);
  const alias = head === last ? ctx.aliases.get(head) : undefined;
  if (alias !== undefined) return ctx.line([alias, ...args].join(' '));
  if (DATA_SINKS.has(name)) for (const h of io.heredocs) ctx.heredocs[h]!.sink = true;
  if (DECLARES.has(name)) for (const a of args) if (ASSIGNMENT.test(a)) assignment(a, ctx);
  const handler = HANDLERS[name] ?? (/^(python|pypy)[\d.]*$/.test(name) ? interpreter : undefined);
  handler?.(args, ctx, io, name);
}

/** Git reads config (GIT_CONFIG_KEY_<n>, GIT_CONFIG_PARAMETERS) and commands to run (GIT_SSH_COMMAND...) from the environment. */
function assignment(word: string, ctx: Ctx): void {
  const name = word.slice(0, word.indexOf('=')).replace(/\+$/, '');
  const value = word.slice(word.indexOf('=') + 1);
  if (COMMAND_ENV.has(name)) ctx.line(value);
  else if (/^GIT_CONFIG_KEY_\d+$/.test(name)) configKey(value, 'set', ctx);
  else if (name === 'GIT_CONFIG_PARAMETERS') {
    if (unresolved(value)) configKey(value, 'set', ctx);
    for (const m of value.matchAll(/'([^'=]+)/g)) configKey(m[1]!, 'set', ctx);
  }
}

function analyzeScanned(text: string, ctx: Ctx): void {
  if (ctx.depth >= MAX_DEPTH) return report(ctx, 'opaque-command', 'this command nests shells too deeply for orch to follow; run the inner command directly.');
  let parsed: ReturnType<typeof commands>;
  try {
    parsed = commands(text);
  } catch (e) {
    return report(ctx, 'opaque-command', `orch cannot parse this command (${(e as Error).message}); simplify it.`);
  }
  ctx.depth++;
  try {
    for (const c of parsed.cmds) runArgv(c.argv, ctx, c);
    for (const s of parsed.stray) ctx.line(s);
  } finally {
    ctx.depth--;
  }
}

/** Every finding for one command line, in the order the shell would meet them. */
export function analyze(cmd: string, opts: { protectedBranches: string[]; disabled: ReadonlySet<string> }): Finding[] {
  const ctx: Ctx = {
    subs: [],
    heredocs: [],
    aliases: new Map(),
    findings: [],
    depth: 0,
    ...opts,
    line: (text) => analyzeScanned(scan(text, ctx), ctx),
    argv: (words, io) => runArgv(words, ctx, io),
  };
  ctx.line(cmd);
  // Substitutions run wherever they appear (even inside an echo's quotes); a heredoc is a script unless a
  // data-only command reads it, or its delimiter never came (then it swallowed the rest of the input).
  for (let s = 0, h = 0; s < ctx.subs.length || h < ctx.heredocs.length; ) {
    if (s + h > MAX_PIECES) {
      report(ctx, 'opaque-command', 'this command has too many substitutions for orch to follow; split it up.');
      break;
    }
    if (s < ctx.subs.length) analyzeScanned(ctx.subs[s++]!, ctx);
    else {
      const doc = ctx.heredocs[h++]!;
      if (!doc.sink || !doc.terminated) ctx.line(doc.text);
    }
  }
  return ctx.findings;
}
