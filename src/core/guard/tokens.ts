import { parse, type ParseEntry } from 'shell-quote';
import { COMMA, LBRACE, RBRACE, heredocIndex, marker, restoreBraces } from './markers.js';

/** One simple command and the facts about its stdin that the rules need. */
export interface Cmd {
  argv: string[];
  /** Heredocs (indexes into the store) feeding this command. */
  heredocs: number[];
  herestring?: string;
  /** The previous stage when this command reads a pipe. */
  pipedFrom?: Cmd;
}

// shell-quote is the tokenizer (quotes, escapes, operators); it sits in the hook's bundle chunk only, as this
// module is reached from the guard alone.
function tokenize(text: string): ParseEntry[] {
  return parse(text, variable);
}

function variable(key: string): string {
  return marker('V', /^[A-Za-z_]\w*|^[0-9@*#?$!-]/.exec(key)?.[0] ?? '');
}

const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '<>', '>|', '<<', '<<-', '<<<']);
const PIPES = new Set(['|', '|&']);

/** The words of a text, for strings that are argument lists rather than command lines (env -S, gh alias). */
export function words(text: string): string[] {
  return tokenize(text).flatMap((e) => (typeof e === 'string' ? expand(e) : 'pattern' in e && e.pattern !== undefined ? [e.pattern] : []));
}

/**
 * Splits scanned text (see scan.ts) into simple commands: control operators end a command, redirections and
 * their targets leave argv, and words get brace expansion. A comment token should not appear after scanning;
 * if one does, its text comes back in `stray` to be checked as commands too (failing closed).
 */
export function commands(text: string): { cmds: Cmd[]; stray: string[] } {
  const cmds: Cmd[] = [];
  const stray: string[] = [];
  let cur: Cmd = { argv: [], heredocs: [] };
  let redirect: string | undefined;
  let pipeFrom: Cmd | undefined;
  const end = () => {
    if (cur.argv.length || cur.heredocs.length || cur.herestring !== undefined) {
      if (pipeFrom) cur.pipedFrom = pipeFrom;
      pipeFrom = undefined;
      cmds.push(cur);
    }
    cur = { argv: [], heredocs: [] };
  };
  for (const e of tokenize(text)) {
    if (typeof e === 'string' || ('op' in e && e.op === 'glob')) {
      const word = typeof e === 'string' ? e : (e.pattern ?? '');
      if (redirect) {
        const h = heredocIndex(word);
        if (h !== undefined) cur.heredocs.push(h);
        else if (redirect === '<<<') cur.herestring = restoreBraces(word);
        redirect = undefined;
      } else cur.argv.push(...expand(word));
    } else if ('comment' in e) stray.push(e.comment);
    else if (REDIRECTS.has(e.op)) {
      // `2>&1` arrives as "2", ">&", "1": a bare file descriptor number belongs to the redirection.
      if (/^\d+$/.test(cur.argv[cur.argv.length - 1] ?? '')) cur.argv.pop();
      redirect = e.op;
    } else {
      const last = cur.argv.length ? cur : cmds[cmds.length - 1];
      end();
      redirect = undefined;
      if (PIPES.has(e.op)) pipeFrom = last;
      // `a | ( b )`: the pipe feeds the group, so it waits for the next real command.
      else if (e.op !== '(' || !pipeFrom) pipeFrom = undefined;
    }
  }
  end();
  return { cmds, stray };
}

const MAX_EXPANSIONS = 64;

/** Bash brace expansion on unquoted braces (`{main,dev}`, `{1..3}`), then the markers become plain text. */
export function expand(word: string): string[] {
  const out: string[] = [];
  const walk = (w: string) => {
    if (out.length >= MAX_EXPANSIONS) return;
    const alt = firstExpansion(w);
    if (!alt) out.push(restoreBraces(w));
    else for (const a of alt.options) walk(alt.before + a + alt.after);
  };
  walk(word);
  return out;
}

function firstExpansion(w: string): { before: string; options: string[]; after: string } | undefined {
  for (let start = w.indexOf(LBRACE); start >= 0; start = w.indexOf(LBRACE, start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let j = start; j < w.length; j++) {
      const c = w[j];
      if (c === LBRACE) depth++;
      else if (c === COMMA && depth === 1) commas.push(j);
      else if (c === RBRACE && --depth === 0) {
        const inner = w.slice(start + 1, j);
        const options = commas.length ? split(w, start, j, commas) : range(inner);
        if (options) return { before: w.slice(0, start), options, after: w.slice(j + 1) };
        break;
      }
    }
  }
  return undefined;
}

function split(w: string, start: number, end: number, commas: number[]): string[] {
  const cuts = [start, ...commas, end];
  return cuts.slice(1).map((c, k) => w.slice(cuts[k]! + 1, c));
}

function range(inner: string): string[] | undefined {
  const num = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
  const chr = /^([A-Za-z])\.\.([A-Za-z])$/.exec(inner);
  if (!num && !chr) return undefined;
  const a = num ? Number(num[1]) : chr![1]!.charCodeAt(0);
  const b = num ? Number(num[2]) : chr![2]!.charCodeAt(0);
  const out: string[] = [];
  for (let k = a; out.length < MAX_EXPANSIONS && (a <= b ? k <= b : k >= b); k += a <= b ? 1 : -1) out.push(num ? String(k) : String.fromCharCode(k));
  return out;
}
