import type { Project } from '../../context.js';
import { orchInvocation, shellQuote } from '../../context.js';
import * as git from '../../adapters/git.js';
import { parseMergeTree } from '../../core/merge-plan.js';
import { rebaseRequest } from '../../core/pr-feedback.js';
import { Observations } from '../../state/observations.js';
import { inspectProject } from '../watch/inspect.js';
import { sendPrompt } from '../worker/converse.js';
import { mergeTreeAvailable } from './scratch-merge.js';

export interface BaseConflict { name: string; pr: number; head: string; files: string[] }

type Seen = { baseConflict?: { head: string; base: string; conflict: boolean }; rebaseAsked?: string };

/**
 * Which open PRs no longer merge onto origin/<base>, computed locally with `git merge-tree --write-tree` (nothing is
 * written to any worktree or ref). Returns undefined on git older than 2.38: callers fall back to GitHub's mergeable.
 */
export async function conflictsWithBase(repo: string, base: string, prs: Array<{ name: string; pr: number; head: string }>): Promise<Map<string, BaseConflict | null> | undefined> {
  if (!prs.length || !(await mergeTreeAvailable(repo))) return undefined;
  await git.fetch(repo, 'origin');
  const out = new Map<string, BaseConflict | null>();
  for (const p of prs) {
    if (!(await git.gitTry(repo, ['cat-file', '-e', `${p.head}^{commit}`])).ok) continue;
    const r = await git.gitTry(repo, ['merge-tree', '--write-tree', '--name-only', '--no-messages', `refs/remotes/origin/${base}`, p.head]);
    if (r.ok) out.set(p.name, null);
    else {
      const parsed = parseMergeTree(r.err.replace(/^[^\n]*?([0-9a-f]{40})/, '$1'));
      if (/^[0-9a-f]{40}$/.test(parsed.tree)) out.set(p.name, { name: p.name, pr: p.pr, head: p.head, files: parsed.files });
    }
  }
  return out;
}

/** Without merge-tree (git < 2.38): GitHub's own mergeable flag; a PR GitHub has not computed yet is left out. */
export function fromMergeable(prs: Array<{ name: string; pr: number; head: string; mergeable: boolean | null }>): Map<string, BaseConflict | null> {
  const out = new Map<string, BaseConflict | null>();
  for (const p of prs) if (p.mergeable !== null) out.set(p.name, p.mergeable ? null : { name: p.name, pr: p.pr, head: p.head, files: [] });
  return out;
}

/** PRs that merged cleanly last time `pull` looked and conflict now; remembers what it saw. */
export function becameConflicting(project: Project, base: string, now: Map<string, BaseConflict | null>): BaseConflict[] {
  const obs = new Observations(project.registry.dir);
  const out: BaseConflict[] = [];
  for (const [name, c] of now) {
    const seen = obs.get(name) as Seen;
    if (c && seen.baseConflict && !seen.baseConflict.conflict) out.push(c);
    obs.put(name, { ...obs.get(name), baseConflict: { head: c?.head ?? '', base, conflict: !!c } } as never);
  }
  return out;
}

/**
 * `pull --yes`: asks each registered worker whose PR conflicts with the base to rebase (its `orch finish` rebases and
 * pushes with lease), once per PR head and base commit. A worker that is working, or has no live window, is left
 * for later and reported.
 */
export async function askToRebase(project: Project, base: string, baseSha: string, conflicts: BaseConflict[]): Promise<{ asked: Array<{ name: string; pr: number }>; notAsked: Array<{ name: string; pr: number; reason: string }> }> {
  const asked: Array<{ name: string; pr: number }> = [];
  const notAsked: Array<{ name: string; pr: number; reason: string }> = [];
  if (!conflicts.length) return { asked, notAsked };
  const obs = new Observations(project.registry.dir);
  const names = conflicts.map((c) => c.name).filter((n) => project.registry.getWorker(n));
  const facts = names.length ? await inspectProject(project, { capture: true, git: false, names }) : { workers: [] };
  const orch = shellQuote(orchInvocation());
  for (const c of conflicts) {
    const key = `${c.head}@${baseSha}`;
    if ((obs.get(c.name) as Seen).rebaseAsked === key) continue;
    const f = facts.workers.find((w) => w.rec.name === c.name);
    if (!f) {
      notAsked.push({ name: c.name, pr: c.pr, reason: 'no registered worker: rebase the branch yourself' });
      continue;
    }
    if (!f.window || f.window.dead || f.state.state === 'working' || f.state.state === 'booting') {
      notAsked.push({ name: c.name, pr: c.pr, reason: !f.window || f.window.dead ? 'its window is gone (orch resume it, then orch pull --yes again)' : `it is ${f.state.state}; asked on a later run` });
      continue;
    }
    try {
      await sendPrompt(project, f.rec, rebaseRequest({ pr: c.pr, base, files: c.files, orch, name: c.name }), 15_000);
      asked.push({ name: c.name, pr: c.pr });
      obs.put(c.name, { ...obs.get(c.name), rebaseAsked: key } as never);
    } catch (e) {
      notAsked.push({ name: c.name, pr: c.pr, reason: (e as Error).message.split('\n')[0]! });
    }
  }
  return { asked, notAsked };
}
