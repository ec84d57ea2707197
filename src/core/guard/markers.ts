/**
 * Private-use characters stand in for what the guard cannot know from the text: a variable, a command
 * substitution, an argument xargs appends, a heredoc. They pass through shell-quote as ordinary word characters,
 * so a word keeps its boundaries (shell-quote splits a word around an object returned by its env callback, and
 * `HEAD:$BR` would come back as two arguments).
 */
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Unquoted `{`, `,` and `}`: only these take part in brace expansion, and quoting is gone after shell-quote. */
export const LBRACE = '\uE002';
export const RBRACE = '\uE003';
export const COMMA = '\uE004';

/**
 * Put in front of every substitution's body as a pipe stage: a command inside `$(...)` or `>(...)` reads a
 * stdin orch cannot see (the outer command's, or what is written into it), so a shell there fails closed.
 */
export const UNSEEN_STDIN = '\uE005 | ';

export type MarkerKind = 'V' | 'S' | 'X' | 'H';

export function marker(kind: MarkerKind, id: string | number): string {
  return `${OPEN}${kind}${id}${CLOSE}`;
}

/** The argument(s) xargs adds from its stdin. */
export const XARGS = marker('X', '');

const ANY = /\uE000([VSXH])([^\uE001]*)\uE001/g;

/** True when the word holds something only the running shell knows (a variable, `$(...)`, xargs input). */
export function unresolved(word: string): boolean {
  return word.includes(OPEN);
}

/** Index of the heredoc a redirect target stands for, if it is one. */
export function heredocIndex(word: string): number | undefined {
  const m = /^\uE000H(\d+)\uE001$/.exec(word);
  return m ? Number(m[1]) : undefined;
}

/** Indexes of the command substitutions inside a word. */
export function subsIn(word: string): number[] {
  return [...word.matchAll(ANY)].filter((m) => m[1] === 'S').map((m) => Number(m[2]));
}

/** The word as the worker would recognise it, for messages: `$BR`, `$(git branch --show-current)`. */
export function show(word: string, subs: readonly string[]): string {
  const text = word.replace(ANY, (_m, kind: string, id: string) => {
    if (kind === 'V') return `$${id}`;
    if (kind === 'S') {
      const body = (subs[Number(id)] ?? '').replace(UNSEEN_STDIN, '').replace(/\s*;\s*$/, '').replace(/\uE000[^\uE001]*\uE001/g, '...').trim();
      return `$(${body.length > 40 ? `${body.slice(0, 37)}...` : body})`;
    }
    if (kind === 'X') return '<input of xargs>';
    return '<heredoc>';
  });
  return restoreBraces(text);
}

export function restoreBraces(w: string): string {
  return w.replace(/[\uE002-\uE004]/g, (c) => (c === LBRACE ? '{' : c === RBRACE ? '}' : ','));
}
