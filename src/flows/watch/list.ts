import type { Project } from '../../context.js';
import { inspectProject } from './inspect.js';
import { serverSummary } from '../server/server-state.js';
import { collisionRadar, rowCollisions } from './collisions.js';
import type { RowCollision } from '../../core/dashboard.js';
import type { CostSummary } from '../../core/usage.js';
import { costTotals } from './costs.js';

export interface ListRow {
  name: string;
  /** `local`, or the configured host it runs on. */
  host: string;
  kind: string;
  issue: number | undefined;
  branch: string | undefined;
  worktree: string;
  window: 'alive' | 'dead' | 'missing';
  state: string;
  reason: string;
  /** limited: when orch resumes it (ISO). */
  until?: string;
  ahead: number | undefined;
  behind: number | undefined;
  uncommitted: number | null | undefined;
  batch: string | undefined;
  server: string | undefined;
  /** Files this worker changes that another live worker changes too, with the overlapping lines. */
  collisions: RowCollision[];
  /** Tokens, turns, wall time and estimated cost (usd null = a model without a price). */
  cost: CostSummary;
}

/** `orch list`: every worker with its branch, path, window and state, plus what does not add up. */
export async function listFlow(project: Project) {
  const facts = await inspectProject(project, { capture: false, git: true });
  const radar = await collisionRadar(facts);
  const workers: ListRow[] = facts.workers.map((f) => ({
    name: f.rec.name,
    host: f.rec.host ?? 'local',
    kind: f.rec.kind,
    issue: f.rec.issue,
    branch: f.rec.branch,
    worktree: f.rec.worktree,
    window: f.window ? (f.window.dead ? 'dead' : 'alive') : 'missing',
    state: f.state.state,
    reason: f.state.reason,
    ...(f.state.until ? { until: f.state.until } : {}),
    ahead: f.git?.ahead,
    behind: f.git?.behind,
    uncommitted: f.git?.uncommitted,
    batch: f.rec.batch,
    server: serverSummary(f.rec),
    collisions: rowCollisions(radar.collisions, f.rec.name),
    cost: f.usage,
  }));
  const queued = project.registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue, branch: q.branch, ...(q.heldFor ? { heldFor: q.heldFor } : {}) })));
  return {
    session: project.config.session,
    workers,
    collisions: radar.collisions,
    costs: costTotals(workers),
    queued,
    zombies: facts.zombies,
    orphanWindows: facts.orphans.map((w) => w.name),
    missingWorktrees: facts.missing,
  };
}
