import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import * as git from '../../adapters/git.js';
import { needsContent, secretPaths, type SecretHit } from '../../core/secrets.js';
import { RefusalError } from '../../errors.js';

const z = (out: string) => out.split('\0').filter(Boolean);

/** What `git add -A` would stage now (staged, changed or untracked and not ignored); deletions left out. */
async function pendingPaths(wt: string): Promise<{ paths: string[]; clean: boolean }> {
  // Porcelain v2 (no entry starts with a space, which the trimmed adapter output would eat): `1 XY <6 fields> path`,
  // `u XY <8 fields> path`, `? path`. A `D` in the worktree column means add -A stages a deletion.
  const entries = z(await git.gitRaw(wt, ['status', '--porcelain=v2', '-z', '--untracked-files=all', '--no-renames']));
  const out: string[] = [];
  for (const e of entries) {
    if (e.startsWith('? ')) out.push(e.slice(2));
    else if (e.startsWith('1 ') || e.startsWith('u ')) {
      const [x, y] = [e[2], e[3]];
      if (y === 'D' || (x === 'D' && y === '.')) continue;
      out.push(e.split(' ').slice(e.startsWith('1 ') ? 8 : 10).join(' '));
    }
  }
  return { paths: out, clean: entries.length === 0 };
}

function readWorktreeFile(wt: string, rel: string): string | undefined {
  try {
    return readFileSync(path.join(wt, rel), 'utf8');
  } catch {
    return undefined;
  }
}

async function readCommitted(wt: string, sha: string, rel: string): Promise<string | undefined> {
  const r = await git.gitTry(wt, ['show', `${sha}:${rel}`]);
  return r.ok ? r.out : undefined;
}

/**
 * Refuses before anything is committed when the leftovers hold an env file or something that looks like a secret.
 * Returns whether the worktree was clean (nothing at all to commit, deletions included).
 */
export async function refuseSecretLeftovers(wt: string, name: string, envFiles: string[]): Promise<{ clean: boolean }> {
  const pending = await pendingPaths(wt);
  const hits = secretPaths(pending.paths, envFiles, (p) => readWorktreeFile(wt, p));
  if (!hits.length) return { clean: pending.clean };
  const files = hits.map((h) => h.path);
  throw new RefusalError(
    `refusing to finish ${name}: it would commit ${describe(hits)}; nothing was committed or pushed`,
    `keep ${files.length === 1 ? 'it' : 'them'} out of git in ${wt}: add ${files.join(', ')} to .gitignore (or .git/info/exclude), ` +
      `or \`git rm --cached ${files.join(' ')}\` if staged; then run orch finish ${name} again`,
  );
}

/**
 * Refuses when a commit about to be pushed (HEAD not yet in `onto`, or on no origin branch when `onto` is
 * missing) adds or changes such a file: the worker may have committed it itself. Each commit is checked and
 * the net diff too, so neither a later deletion nor a merge hides one.
 */
export async function refuseSecretCommits(wt: string, name: string, onto: string, envFiles: string[]): Promise<void> {
  const hasOnto = await git.refExists(wt, onto);
  const shas = (await git.gitRaw(wt, ['rev-list', 'HEAD', ...(hasOnto ? [`^${onto}`] : ['--not', '--remotes=origin'])])).split('\n').filter(Boolean);
  if (!shas.length) return;
  const found = new Map<string, SecretHit & { sha: string }>();
  for (const sha of shas) {
    const files = z(await git.gitRaw(wt, ['diff-tree', '-r', '-z', '--no-commit-id', '--name-only', '--no-renames', '--diff-filter=d', sha]));
    const contents = new Map<string, string | undefined>();
    for (const f of files.filter(needsContent)) contents.set(f, await readCommitted(wt, sha, f));
    for (const h of secretPaths(files, envFiles, (p) => contents.get(p))) if (!found.has(h.path)) found.set(h.path, { ...h, sha });
  }
  if (hasOnto) {
    const net = z(await git.gitRaw(wt, ['diff', '-z', '--name-only', '--no-renames', '--diff-filter=d', `${onto}...HEAD`]));
    const contents = new Map<string, string | undefined>();
    for (const f of net.filter(needsContent)) contents.set(f, await readCommitted(wt, 'HEAD', f));
    for (const h of secretPaths(net, envFiles, (p) => contents.get(p))) if (!found.has(h.path)) found.set(h.path, { ...h, sha: 'HEAD' });
  }
  if (!found.size) return;
  const hits = [...found.values()];
  const files = hits.map((h) => h.path);
  const what = hits.map((h) => `${h.path} (${h.why}, ${h.sha === 'HEAD' ? 'in the branch' : `in commit ${h.sha.slice(0, 7)}`})`).join(', ');
  throw new RefusalError(
    `refusing to finish ${name}: the commits to push add ${what}; nothing was pushed`,
    `take ${files.length === 1 ? 'it' : 'them'} out of the history in ${wt}: \`git rm --cached ${files.join(' ')}\`, add ${files.length === 1 ? 'it' : 'them'} to .gitignore, ` +
      `then \`git commit --amend\` when it is the last commit, else \`git rebase -i ${hasOnto ? onto : 'origin/<base>'}\` and edit the commit that added ${files.length === 1 ? 'it' : 'them'}; then run orch finish ${name} again`,
  );
}

function describe(hits: SecretHit[]): string {
  return hits.map((h) => `${h.path} (${h.why})`).join(', ');
}
