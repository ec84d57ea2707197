/**
 * The file paths and code identifiers an issue names, to predict which files its worker will touch. Issue text is
 * untrusted: a token is kept only when it is made of path/identifier characters, does not start with `-` (so it can
 * never read as an option) and has no `..`; the tokens go to git as separate arguments, never through a shell. Pure.
 */

export interface IssueTokens { paths: string[]; identifiers: string[] }

const MAX_TOKENS = 20;
const SAFE = /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/;

/** A path with a folder or an extension of letters: src/flows/x.ts, README.md, docs/guide/intro.md. */
const PATH_RE = /(?:^|[\s`'"(<[])((?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")>\]:,;!?]|\.(?:\s|$))/g;
/** Code in backticks: `renderBrief`, `Config.load()`, `max_workers`. */
const TICK_RE = /`([A-Za-z_][A-Za-z0-9_]{2,63})(?:\(\))?`/g;
/** Bare identifiers that cannot be English words: camelCase, PascalCase with an inner capital, snake_case. */
const IDENT_RE = /(?<![A-Za-z0-9_./-])([a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)(?![A-Za-z0-9_/-])/g;

export function safeToken(t: string): boolean {
  return SAFE.test(t) && !t.includes('..') && !t.includes('//');
}

export function issueTokens(title: string, body: string): IssueTokens {
  const text = `${title}\n${body}`;
  const paths = new Set<string>();
  const identifiers = new Set<string>();
  for (const m of text.matchAll(PATH_RE)) {
    const p = m[1]!.replace(/^\.\//, '');
    // A version number or a sentence end ("e.g.") is not a path.
    if (/^\d+(\.\d+)+$/.test(p) || /^(e\.g|i\.e|etc)\b/i.test(p)) continue;
    if (safeToken(p)) paths.add(p);
  }
  for (const m of text.matchAll(TICK_RE)) if (safeToken(m[1]!)) identifiers.add(m[1]!);
  for (const m of text.matchAll(IDENT_RE)) if (m[1]!.length >= 4 && safeToken(m[1]!)) identifiers.add(m[1]!);
  // A path's own file name is not a separate identifier.
  for (const p of paths) identifiers.delete(p);
  const pathList = [...paths].slice(0, MAX_TOKENS);
  return { paths: pathList, identifiers: [...identifiers].slice(0, Math.max(0, MAX_TOKENS - pathList.length)) };
}

/** Repository files a path token names: the exact path, or any file whose path ends with `/<token>`. */
export function filesNamed(token: string, tracked: string[]): string[] {
  return tracked.filter((f) => f === token || f.endsWith(`/${token}`));
}
