import path from 'node:path';
import type { Config } from '../../config/resolve.js';
import * as git from '../../adapters/git.js';
import { linkState } from '../../adapters/links.js';
import { isInside, sameDirectory, scanTree } from '../../adapters/tree-scan.js';
import { dependencyFolders } from '../../core/test-commands.js';
import { RefusalError } from '../../errors.js';

/** One reason not to remove something. `force: true` means --force lifts it; the others hold even then. */
export interface Refusal { code: string; reason: string; force: boolean }

/** Lists a few items and how many more, so a refusal stays readable with 500 dirty files. */
function some(items: string[], n = 5): string {
  return items.slice(0, n).join(', ') + (items.length > n ? ` and ${items.length - n} more` : '');
}

/** Where a directory sits: never the main checkout; outside worktreesPath only with --force and only a worktree git knows. */
export function locationRefusals(config: Config, dir: string, gitKnows: boolean): Refusal[] {
  if (isInside(config.repoPath, dir)) return [{ code: 'main-checkout', reason: `${dir} is the main checkout (or contains it)`, force: false }];
  if (!isInside(dir, config.worktreesPath) || path.resolve(dir) === path.resolve(config.worktreesPath)) {
    return [{ code: 'outside-worktrees', reason: `${dir} is outside worktreesPath ${config.worktreesPath}`, force: gitKnows }];
  }
  return [];
}

/**
 * Commits of `ref` that would exist nowhere else once the branch is gone: on no remote branch (without a remote: not
 * in the base), not reachable from the merged PR's head, and not patch-equivalent to a commit upstream. A git error
 * throws: "could not tell" must never read as "nothing to lose".
 */
export async function unlandedCommits(dir: string, ref: string, base: string, mergedHead?: string): Promise<string[]> {
  const remote = await git.hasRemote(dir);
  // Commits reachable from a merged PR's head landed, even when a squash merge rewrote them upstream.
  const headKnown = mergedHead !== undefined && /^[0-9a-f]{7,64}$/i.test(mergedHead) && (await git.gitTry(dir, ['cat-file', '-e', `${mergedHead}^{commit}`])).ok;
  const args = remote ? ['rev-list', ref, '--not', '--remotes', ...(headKnown ? [mergedHead!] : [])] : ['rev-list', ref, '--not', base, ...(headKnown ? [mergedHead!] : [])];
  const r = await git.gitTry(dir, args);
  if (!r.ok) throw new Error(`git ${args.join(' ')} failed: ${r.err.split('\n')[0] || 'no output'}`);
  const commits = r.out.split('\n').filter(Boolean);
  if (!commits.length) return [];
  // A rebase-merged or single-commit squash PR leaves patch-equivalent commits upstream: `git cherry` marks them '-'.
  const upstream = remote && (await git.refExists(dir, `origin/${base}`)) ? `origin/${base}` : base;
  const cherry = await git.gitTry(dir, ['cherry', upstream, ref]);
  const landed = new Set(cherry.ok ? cherry.out.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim()) : []);
  return commits.filter((c) => !landed.has(c));
}

/** Uncommitted or untracked files, and commits that would exist nowhere else once the branch is gone. */
export async function workRefusals(dir: string, o: { base: string; branch: string | undefined; mergedHead?: string | undefined }): Promise<Refusal[]> {
  const out: Refusal[] = [];
  let dirty: string[];
  let commits: string[];
  try {
    dirty = await git.dirtyFiles(dir);
    commits = await unlandedCommits(dir, 'HEAD', o.base, o.mergedHead);
  } catch (e) {
    return [{ code: 'unreadable', reason: `git cannot read ${dir}: ${(e as Error).message.split('\n')[0]}`, force: true }];
  }
  if (dirty.length) out.push({ code: 'uncommitted', reason: `${dirty.length} uncommitted or untracked file(s): ${some(dirty.map((l) => l.slice(3)))}`, force: true });
  if (commits.length) {
    const after = o.mergedHead ? ' and not in the merged pull request' : '';
    out.push({ code: 'unpushed', reason: `${commits.length} commit(s) on ${o.branch ?? 'HEAD'} are on no remote branch${after} (${some(commits.map((c) => c.slice(0, 7)), 3)}): push them, or they live only in this branch`, force: true });
  }
  return out;
}

/** Dependency folders that the worktree links: which to detach, and the ones that are not links after all. */
export function dependencyLinks(config: Config, recLinks: string[]): string[] {
  const fromLayout = config.worktreeDeps === 'junction' ? dependencyFolders(config.layout) : [];
  return [...new Set([...recLinks, ...fromLayout])];
}

export function linkRefusals(config: Config, dir: string, links: string[]): Refusal[] {
  const out: Refusal[] = [];
  for (const rel of links) {
    if (linkState(config.repoPath, dir, rel) !== 'real-dir') continue;
    const main = path.join(config.repoPath, rel);
    if (sameDirectory(path.join(dir, rel), main)) out.push({ code: 'same-as-main', reason: `${rel} in the worktree is the main checkout's ${rel} itself (a bind mount?)`, force: false });
    else out.push({ code: 'link-is-real-dir', reason: `${rel} should be a link to the main checkout but is a real directory (installed into the worktree?)`, force: true });
  }
  const scan = scanTree(dir, config.repoPath);
  for (const m of scan.mounts) out.push({ code: 'mount-point', reason: `${m} is a mount point: a recursive delete would empty what is mounted there`, force: false });
  return out;
}

export function blocking(list: Refusal[], force: boolean): Refusal[] {
  return list.filter((r) => !r.force || !force);
}

export function refusalError(what: string, list: Refusal[], done = 'Nothing was changed.'): RefusalError {
  const liftable = list.every((r) => r.force);
  return new RefusalError(
    `refusing to ${what}:\n${list.map((r) => `  - ${r.code}: ${r.reason}`).join('\n')}\n${done}`,
    liftable ? 'commit and push (or finish) the work first; --force removes it anyway, keeping the branch and its commits' : 'orch never does this, even with --force',
  );
}
