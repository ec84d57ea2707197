import * as git from '../../adapters/git.js';
import { parseMergeTree } from '../../core/merge-plan.js';
import { OrchError } from '../../errors.js';

/** What merging needs: two implementations, `git merge-tree --write-tree` (git >= 2.38) and index plumbing (older git). */
export interface Merger {
  merge(ours: string, theirs: string): Promise<{ ok: true; commit: string } | { ok: false; files: string[] }>;
  /** Puts a merged state's files into the scratch worktree for the tests. */
  show(commit: string): Promise<void>;
  /** Back to the start commit: the scratch holds nothing of the attempts any more. */
  reset(): Promise<void>;
}

const IDENT = ['-c', 'user.name=orch merge plan', '-c', 'user.email=orch-merge-plan@localhost', '-c', 'commit.gpgsign=false'];

export async function mergeTreeAvailable(dir: string): Promise<boolean> {
  // Lets the tests run the fallback for git < 2.38 on a newer git.
  if (process.env.ORCH_GIT_NO_MERGE_TREE === '1') return false;
  const v = /(\d+)\.(\d+)/.exec(await git.gitRaw(dir, ['version']));
  return !!v && (Number(v[1]) > 2 || (Number(v[1]) === 2 && Number(v[2]) >= 38));
}

/**
 * merge-tree computes each merge in the object store without touching any worktree or ref. A clean result becomes a
 * commit object (commit-tree) so the next PR can be merged onto it; no ref, branch or HEAD ever points at it, so it
 * is on no branch to lose and git's gc drops it.
 */
export function treeMerger(dir: string, start: string): Merger {
  return {
    async merge(ours, theirs) {
      const r = await git.gitTry(dir, ['merge-tree', '--write-tree', '--name-only', '--no-messages', ours, theirs]);
      const parsed = parseMergeTree(r.ok ? r.out : r.err.replace(/^[^\n]*?([0-9a-f]{40})/, '$1'));
      if (!r.ok) {
        // Exit 1 is a conflict (tree + files on stdout, which simple-git hands over as the error text); anything else is a failure.
        if (!/^[0-9a-f]{40}$/.test(parsed.tree)) throw new OrchError('git', `git merge-tree failed in ${dir}: ${r.err.split('\n')[0]}`);
        return { ok: false, files: parsed.files };
      }
      const commit = await git.gitRaw(dir, [...IDENT, 'commit-tree', parsed.tree, '-p', ours, '-p', theirs, '-m', 'orch merge plan (scratch, never pushed)']);
      return { ok: true, commit: commit.trim() };
    },
    async show(commit) {
      await git.gitRaw(dir, ['read-tree', '-u', '--reset', commit]);
    },
    async reset() {
      await git.gitRaw(dir, ['read-tree', '-u', '--reset', start]);
    },
  };
}

/**
 * For git older than 2.38, with plumbing only (no `git merge`, HEAD never moves): ours goes into the scratch's index
 * and files, `read-tree -m` does the three-way merge from the merge-base, `merge-index` merges file contents, and a
 * clean result becomes an unreferenced commit object like above. reset() puts the start commit's files back.
 */
export function indexMerger(dir: string, start: string): Merger {
  return {
    async merge(ours, theirs) {
      const mb = (await git.gitTry(dir, ['merge-base', ours, theirs])).out.split('\n')[0]?.trim();
      if (!mb) return { ok: false, files: [] };
      await git.gitRaw(dir, ['read-tree', '--reset', '-u', ours]);
      await git.gitRaw(dir, ['read-tree', '-m', '-u', mb, ours, theirs]);
      await git.gitTry(dir, ['merge-index', '-o', '-q', 'git-merge-one-file', '-a']);
      const unmerged = (await git.gitTry(dir, ['ls-files', '-u'])).out.split('\n').filter(Boolean).map((l) => l.split('\t')[1] ?? '');
      if (unmerged.length) return { ok: false, files: [...new Set(unmerged.filter(Boolean))] };
      const tree = (await git.gitRaw(dir, ['write-tree'])).trim();
      const commit = await git.gitRaw(dir, [...IDENT, 'commit-tree', tree, '-p', ours, '-p', theirs, '-m', 'orch merge plan (scratch, never pushed)']);
      return { ok: true, commit: commit.trim() };
    },
    async show(commit) {
      await git.gitRaw(dir, ['read-tree', '--reset', '-u', commit]);
    },
    async reset() {
      await git.gitRaw(dir, ['read-tree', '--reset', '-u', start]);
    },
  };
}
