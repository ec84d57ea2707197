import * as git from '../../adapters/git.js';
import { BRIEF_FILE } from '../../core/brief.js';
import { OrchError } from '../../errors.js';

/** Files orch writes into every worktree; they must never reach a commit (info/exclude already hides them). */
export const NEVER_COMMIT = [BRIEF_FILE, '.claude/settings.local.json'];

/**
 * Commits every change except orch's own files; returns the new commit, or undefined when there was nothing.
 * `clean`: git status said so just before (then it is not asked again).
 */
export async function commitLeftovers(wt: string, message: string, clean = false): Promise<{ sha: string; files: number } | undefined> {
  if (clean) return undefined;
  const dirty = await git.dirtyFiles(wt);
  if (!dirty.length) return undefined;
  await git.gitRaw(wt, ['add', '-A']);
  let staged = (await git.gitRaw(wt, ['diff', '--cached', '--name-only'])).split('\n').filter(Boolean);
  // Belt and braces: if info/exclude lost its lines, orch's own files are taken back out of the index.
  const ours = staged.filter((f) => NEVER_COMMIT.includes(f));
  if (ours.length) {
    await git.gitRaw(wt, ['reset', '--quiet', '--', ...ours]);
    staged = staged.filter((f) => !ours.includes(f));
  }
  if (!staged.length) return undefined;
  await git.gitRaw(wt, ['commit', '--quiet', '-m', message]);
  return { sha: await git.gitRaw(wt, ['rev-parse', 'HEAD']), files: staged.length };
}

export async function isAncestor(wt: string, a: string, b: string): Promise<boolean> {
  return (await git.gitTry(wt, ['merge-base', '--is-ancestor', a, b])).ok;
}

/**
 * Rebases HEAD onto `onto` when it is behind. On a conflict the rebase is aborted, which puts the branch,
 * index and files back exactly as they were, and the error lists the conflicting files.
 */
export async function rebaseOnto(wt: string, onto: string): Promise<boolean> {
  if (await isAncestor(wt, onto, 'HEAD')) return false;
  const before = await git.gitRaw(wt, ['rev-parse', 'HEAD']);
  const r = await git.gitTry(wt, ['rebase', '--no-autostash', onto]);
  if (r.ok) return true;
  const conflicts = (await git.gitTry(wt, ['diff', '--name-only', '--diff-filter=U'])).out.split('\n').filter(Boolean);
  const inProgress = (await git.gitTry(wt, ['rev-parse', '--verify', '--quiet', 'REBASE_HEAD'])).ok;
  if (inProgress || conflicts.length) await git.gitTry(wt, ['rebase', '--abort']);
  const after = await git.gitRaw(wt, ['rev-parse', 'HEAD']);
  const restored = after === before ? 'the rebase was aborted and the worktree is as it was' : `WARNING: HEAD is now ${after.slice(0, 7)}, was ${before.slice(0, 7)}`;
  const what = conflicts.length ? `conflicts in ${conflicts.join(', ')}` : `failed: ${r.err.split('\n').find((l) => l.trim()) ?? 'unknown error'}`;
  throw new OrchError('rebase-conflict', `rebasing onto ${onto} ${what}; ${restored}. Nothing was pushed.`, {
    hint: `resolve by hand in ${wt}: git rebase ${onto}, fix the files, git add them, git rebase --continue; then run orch finish again`,
  });
}

/**
 * Pushes the branch with upstream. A new or fast-forwarded branch gets a plain push; a branch this run
 * rebased gets --force-with-lease pinned to the sha we last pushed, so work someone else pushed is never lost.
 */
export async function pushBranch(wt: string, branch: string, base: string, before: string, knownHead?: string): Promise<'new' | 'fast-forward' | 'force-with-lease' | 'up-to-date'> {
  if (branch === base) throw new OrchError('push-base', `refusing to push ${branch}: it is the base branch`);
  const remote = (await git.gitTry(wt, ['ls-remote', '--heads', 'origin', `refs/heads/${branch}`])).out.split(/\s+/)[0] || undefined;
  const head = knownHead ?? (await git.gitRaw(wt, ['rev-parse', 'HEAD']));
  const refspec = `refs/heads/${branch}:refs/heads/${branch}`;
  if (!remote) {
    await git.gitWrite(wt, ['push', '--quiet', '-u', 'origin'], [refspec]);
    return 'new';
  }
  if (remote === head) {
    await git.gitTry(wt, ['branch', '--set-upstream-to', `origin/${branch}`]);
    return 'up-to-date';
  }
  await git.gitWrite(wt, ['fetch', '--quiet', 'origin'], [`refs/heads/${branch}:refs/remotes/origin/${branch}`]).catch(() => undefined);
  if (await isAncestor(wt, remote, head)) {
    await git.gitWrite(wt, ['push', '--quiet', '-u', 'origin'], [refspec]);
    return 'fast-forward';
  }
  // Only our own earlier push may be replaced: the remote sha must be in the history we had before the rebase.
  if (!(await isAncestor(wt, remote, before))) {
    throw new OrchError('push-diverged', `origin/${branch} has commits this worktree does not have (someone else pushed to it); nothing was pushed`, {
      hint: `bring them in first: git pull --rebase origin ${branch}, then run orch finish again`,
    });
  }
  await git.gitWrite(wt, ['push', '--quiet', '-u', `--force-with-lease=refs/heads/${branch}:${remote}`, 'origin'], [refspec]);
  return 'force-with-lease';
}

export async function commitsSince(wt: string, base: string): Promise<Array<{ sha: string; subject: string }>> {
  const out = await git.gitRaw(wt, ['log', '--reverse', '--format=%H%x09%s', `${base}..HEAD`]);
  return out.split('\n').filter(Boolean).map((l) => {
    const [sha = '', subject = ''] = l.split('\t');
    return { sha, subject };
  });
}
