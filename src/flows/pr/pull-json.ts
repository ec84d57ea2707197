import type { Project } from '../../context.js';
import type { PullResult } from './pull.js';
import { inspectWorkersJson } from '../watch/worker-json.js';

/**
 * `pull --json`: each branch with its registered worker in the shared vocabulary (null for a worktree orch does not
 * know), its PR in the vocabulary's `pr` shape (null when there is none), and every field present.
 */
export async function pullJson(project: Project, r: PullResult) {
  const registered = r.rows.filter((x) => project.registry.getWorker(x.name)).map((x) => x.name);
  const workers = await inspectWorkersJson(project, registered).catch(() => new Map());
  return {
    base: r.base,
    incoming: r.incoming ?? null,
    rows: r.rows.map((x) => ({
      name: x.name,
      branch: x.branch,
      worker: workers.get(x.name) ?? null,
      pr: x.pr === undefined ? null : { number: x.pr, state: x.state === 'NO PR' ? null : x.state, ci: x.ci, review: x.review, url: x.url ?? null },
      title: x.title || null,
      mergeable: x.mergeable,
      failingChecks: x.failingChecks,
      worktreePresent: x.worktree,
      conflictsWithBase: x.conflictsWithBase ?? [],
      cost: x.cost ?? null,
      batch: x.batch ?? null,
    })),
    costs: r.costs,
    becameConflicting: r.becameConflicting,
    applied: r.applied
      ? {
          newBase: r.applied.newBase ?? null,
          fastForwarded: r.applied.fastForwarded,
          landed: r.applied.landed,
          active: r.applied.active.map((a) => ({ name: a.name, prState: a.state })),
          refused: r.applied.refused,
          rebaseAsked: r.applied.rebaseAsked,
          rebaseNotAsked: r.applied.rebaseNotAsked,
        }
      : null,
  };
}
