import type { ProjectFacts } from '../inspect.js';
import type { BatchRecord } from '../../../state/records.js';
import { STATE_SYMBOL, totalsLine, type DashRow } from '../../../core/dashboard.js';
import { STATES_NEEDING_HUMAN } from '../../../core/worker-state.js';

/** What the page knows of a pull request, refreshed from GitHub far less often than the rest. */
export interface PrFacts { url: string; state: string; ci: string; review: string }

/** One card. `dash --json`'s row comes first, so fields other commands add to it (cost, collisions) reach the page as they are. */
export type WebWorker = DashRow & {
  host: string;
  symbol: string;
  kind: string;
  title: string | undefined;
  ahead: number | undefined;
  behind: number | undefined;
  /** null: git could not read the worktree. */
  uncommitted: number | null | undefined;
  window: 'alive' | 'dead' | 'missing';
  prUrl: string | undefined;
  review: string | undefined;
  lastReply: string | undefined;
  events: Array<{ at: string; event: string; tool?: string; summary?: string; notification?: string; blocked?: boolean }>;
};

export interface WebSnapshot {
  project: string;
  generatedAt: string;
  totals: string;
  needsHuman: string[];
  batches: Array<{ id: string; command: string; members: number; live: number; queued: number; closed: number; cancelled: number }>;
  queue: Array<{ name: string; batch: string; issue: number | undefined; reason: string }>;
  workers: WebWorker[];
}

/** github.com for the public API, the host of an Enterprise server's `/api/v3` otherwise. */
export function webBase(apiUrl: string): string {
  const u = apiUrl.replace(/\/+$/, '');
  return u === 'https://api.github.com' ? 'https://github.com' : u.replace(/\/api\/v3$/, '');
}

/** The page's whole state from one inspection, its `dash` rows, the PR cache and the batches. Pure. */
export function buildSnapshot(o: {
  project: string;
  facts: ProjectFacts;
  rows: DashRow[];
  prs: ReadonlyMap<number, PrFacts>;
  batches: BatchRecord[];
  githubRepo: string | undefined;
  githubApiUrl: string;
  now: number;
}): WebSnapshot {
  const workers = o.rows.map((row): WebWorker => {
    const f = o.facts.workers.find((x) => x.rec.name === row.name);
    const pr = row.pr ? o.prs.get(row.pr) : undefined;
    const lastStop = f ? [...f.events].reverse().find((e) => e.event === 'Stop' && e.message) : undefined;
    return {
      host: 'local',
      ...row,
      symbol: STATE_SYMBOL[row.state],
      kind: f?.rec.kind ?? 'task',
      title: f?.rec.title,
      ahead: f?.git?.ahead,
      behind: f?.git?.behind,
      uncommitted: f?.git?.uncommitted,
      window: !f?.window ? 'missing' : f.window.dead ? 'dead' : 'alive',
      prUrl: pr?.url ?? (row.pr && o.githubRepo ? `${webBase(o.githubApiUrl)}/${o.githubRepo}/pull/${row.pr}` : undefined),
      ci: row.ci ?? pr?.ci,
      review: pr?.review,
      lastReply: lastStop?.message,
      events: (f?.events ?? []).slice(-6).map((e) => ({
        at: e.at,
        event: e.event,
        ...(e.tool ? { tool: e.tool } : {}),
        ...(e.summary ? { summary: e.summary } : {}),
        ...(e.notification ? { notification: e.notification } : {}),
        ...(e.blocked ? { blocked: true } : {}),
      })),
    };
  });
  const live = new Set(o.rows.map((r) => r.name));
  const open = o.batches.filter((b) => !b.finished);
  return {
    project: o.project,
    generatedAt: new Date(o.now).toISOString(),
    totals: totalsLine(o.rows),
    needsHuman: o.rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state)).map((r) => r.name),
    batches: open.map((b) => ({
      id: b.id,
      command: b.command,
      members: b.members.length,
      live: b.members.filter((m) => live.has(m)).length,
      queued: b.queue.length,
      closed: b.closed.length,
      cancelled: b.cancelled.length,
    })),
    queue: open.flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue, reason: q.dependsOn.length ? `waits for ${q.dependsOn.join(', ')}` : 'waits for a free slot' }))),
    workers,
  };
}
