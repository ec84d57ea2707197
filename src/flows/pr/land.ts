import { existsSync } from 'node:fs';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { detachLink, linkDependency, linkState } from '../../adapters/links.js';
import { serialPerRepo } from '../worker/provision.js';

export interface LandTarget {
  name: string;
  branch: string;
  worktree: string;
  links: string[];
  /** The merged PR's head: commits reachable from it are landed even when a squash merge rewrote them. */
  prHeadSha: string;
  window?: { session: string; name: string } | undefined;
  registered: boolean;
}

export type LandResult = { landed: true } | { landed: false; reasons: string[] };

/** Commits of `ref` that are on no remote branch and not part of the merged PR: work that would be lost. */
async function unlandedCommits(dir: string, ref: string, prHeadSha: string): Promise<string[]> {
  const known = (await git.gitTry(dir, ['cat-file', '-e', `${prHeadSha}^{commit}`])).ok;
  // Without the PR head locally we cannot tell which commits it carried: count them all as unlanded.
  const r = await git.gitTry(dir, ['rev-list', ref, '--not', '--remotes', ...(known ? [prHeadSha] : [])]);
  return r.ok ? r.out.split('\n').filter(Boolean) : [];
}

/**
 * Removes the worktree, window, local branch and registry entry of a worker whose PR was merged, after
 * proving nothing is lost: no uncommitted changes, no commits outside the remote and the merged PR, and
 * dependency links that are still links. Nothing is touched when any check fails.
 */
export async function landWorktree(project: Project, t: LandTarget): Promise<LandResult> {
  const { config, registry, mux } = project;
  const repo = config.repoPath;
  const present = existsSync(t.worktree);
  const reasons: string[] = [];
  if (present) {
    const dirty = await git.dirtyFiles(t.worktree);
    if (dirty.length) reasons.push(`${dirty.length} uncommitted change${dirty.length === 1 ? '' : 's'} (${dirty.slice(0, 3).map((l) => l.replace(/^\s*\S{1,2}\s+/, '')).join(', ')})`);
    for (const rel of t.links) {
      if (linkState(repo, t.worktree, rel) === 'real-dir') reasons.push(`${rel} is a real directory, not a link to the main checkout: look at it and remove it yourself`);
    }
  }
  const ref = present ? 'HEAD' : `refs/heads/${t.branch}`;
  const hasRef = present || (await git.branchExists(repo, t.branch));
  const unlanded = hasRef ? await unlandedCommits(present ? t.worktree : repo, ref, t.prHeadSha) : [];
  if (unlanded.length) reasons.push(`${unlanded.length} commit${unlanded.length === 1 ? '' : 's'} on no remote branch and not in the merged PR (${unlanded[0]!.slice(0, 7)}...)`);
  if (reasons.length) return { landed: false, reasons };

  if (t.window) await mux.killWindow(t.window.session, t.window.name).catch(() => false);
  if (present) {
    // Links first: git and rm follow a junction and would empty the main checkout's node_modules.
    const detached = t.links.filter((rel) => detachLink(t.worktree, rel) === 'detached');
    try {
      // No --force: git itself refuses once more if anything untracked appeared since the checks.
      await serialPerRepo(repo, () => git.removeWorktree(repo, t.worktree, false));
    } catch (e) {
      for (const rel of detached) linkDependency(repo, t.worktree, rel);
      const closed = t.window ? ' (its window was already closed)' : '';
      return { landed: false, reasons: [`git worktree remove refused${closed}: ${(e as Error).message.split('\n')[0]}`] };
    }
  } else await git.pruneWorktrees(repo);
  // -D: a squash-merged branch is not merged in git's eyes; the checks above proved its commits landed.
  if (hasRef) await git.deleteBranch(repo, t.branch, true);
  if (t.registered) await registry.withLock(() => registry.removeWorker(t.name));
  return { landed: true };
}
