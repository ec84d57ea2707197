import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { buildProgram } from '../../src/main.js';
import { REPO_ROOT } from './project.js';

/** Commands that exist but are not for users: `hook` runs inside workers (bin.ts), `help` is commander's. */
export const INTERNAL = new Set(['hook', 'help']);

export interface CommandNode { path: string; cmd: Command; depth: number }

/** Every registered command and subcommand, with its space-separated path ("server start"). */
export function allCommands(program: Command = buildProgram()): CommandNode[] {
  const out: CommandNode[] = [];
  const walk = (c: Command, prefix: string, depth: number) => {
    for (const sub of c.commands) {
      if (INTERNAL.has(sub.name())) continue;
      const p = prefix ? `${prefix} ${sub.name()}` : sub.name();
      out.push({ path: p, cmd: sub, depth });
      walk(sub, p, depth + 1);
    }
  };
  walk(program, '', 0);
  return out;
}

/** Leaves are what a user types in full: `server start`, but `list` and `orchestrate` (verbs are arguments). */
export function leafCommands(program?: Command): CommandNode[] {
  return allCommands(program).filter((n) => n.cmd.commands.filter((c) => !INTERNAL.has(c.name())).length === 0);
}

export function hasJson(cmd: Command): boolean {
  return cmd.options.some((o) => o.long === '--json') || cmd.commands.some(hasJson);
}

/** Full help text as a user sees it, including addHelpText('after') blocks. */
export function helpText(cmd: Command): string {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  cmd.outputHelp();
  return text;
}

/** A program that parses but never acts: every action is a no-op and every exit throws. */
export function inertProgram(): Command {
  const program = buildProgram();
  const inert = (c: Command) => {
    c.exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined });
    if (c.commands.length === 0 || (c as unknown as { _actionHandler?: unknown })._actionHandler) c.action(() => undefined);
    c.commands.forEach(inert);
  };
  inert(program);
  return program;
}

/** Parses one argv (without "orch"); returns the error text, or undefined when it parses. */
export function parseProblem(argv: string[]): string | undefined {
  try {
    inertProgram().parse(argv, { from: 'user' });
    return undefined;
  } catch (e) {
    if (e instanceof CommanderError && (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version')) return undefined;
    return (e as Error).message;
  }
}

/** Splits a command line like a POSIX shell would for simple cases: quotes, escapes, `#` comments. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if (ch === '#' && !inWord) break;
    else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

/** Placeholder values for `<name>`-style words in examples. */
const SAMPLES: Record<string, string> = { name: 'add-login', n: '12', port: '3012', dur: '5m', file: 'tasks.yaml', id: 'b20250101120000-k3x9', shell: 'bash', label: 'bug', k: '4' };

export function fillPlaceholders(word: string): string {
  return word.replace(/<([a-z-]+)>/g, (_m, p: string) => SAMPLES[p] ?? 'x');
}

export interface Example { file: string; line: number; text: string; argv: string[] }

/** Lines in ```sh blocks that run orch (`orch ...`, `npx orch ...`, also after `&&`). */
export function shExamples(file: string): Example[] {
  const rel = path.relative(REPO_ROOT, file);
  const out: Example[] = [];
  let inSh = false;
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inSh = !inSh && /^```(sh|bash|shell)\s*$/.test(line);
      return;
    }
    if (!inSh) return;
    for (const part of line.split(/\s&&\s/)) {
      const words = shellWords(part.trim());
      const at = words[0] === 'npx' ? 1 : 0;
      if (words[at] !== 'orch') continue;
      // Redirections belong to the shell, not to orch.
      const args = words.slice(at + 1);
      const cut = args.findIndex((w) => w === '>' || w === '>>' || w === '|');
      out.push({ file: rel, line: i + 1, text: part.trim(), argv: (cut < 0 ? args : args.slice(0, cut)).map(fillPlaceholders) });
    }
  });
  return out;
}

export const referencePages = (): string[] =>
  readdirSync(path.join(REPO_ROOT, 'reference'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(REPO_ROOT, 'reference', f));

/** Command paths named in reference headings: "## `orch server start`" -> "server start" (flags dropped). */
export function documentedCommands(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^#{1,6}\s/.test(line)) continue;
    for (const m of line.matchAll(/`orch ([a-z][a-z-]*(?: [a-z][a-z-]*)*)(?: [^`]*)?`/g)) out.push(m[1]!);
  }
  return out;
}

/** The registered command a documented path names ("server start", or "pull" for "pull --yes"), or undefined. */
export function resolveCommand(words: string, program: Command = buildProgram()): string | undefined {
  let cmd = program;
  const used: string[] = [];
  for (const w of words.split(' ')) {
    const subs = cmd.commands.filter((c) => !INTERNAL.has(c.name()));
    if (!subs.length) break;
    const next = subs.find((c) => c.name() === w || c.aliases().includes(w));
    if (!next) return undefined;
    cmd = next;
    used.push(next.name());
  }
  return used.length ? used.join(' ') : undefined;
}
