import type { ProjectFacts } from '../inspect.js';
import type { BatchRecord } from '../../../state/records.js';
import type { z } from 'zod';
import { STATE_SYMBOL, type DashRow } from '../../../core/dashboard.js';
import { stateCounts, type StateCounts } from '../../../core/worker-json.js';
import { eventJson, type eventSchema } from '../../../core/command-json.js';
import { STATES_NEEDING_HUMAN } from '../../../core/worker-state.js';

/** What the page knows of a pull request, refreshed from GitHub far less often than the rest. */
export interface PrFacts { url: string; state: string; ci: string; review: string }

/** One card: `dash --json`'s row (the shared worker vocabulary) first, so fields other commands add reach the page as they are. */
export type WebWorker = DashRow & {
  symbol: string;
  lastReply: string | null;
  events: Array<z.infer<typeof eventSchema>>;
};

export interface WebSnapshot {
  project: string;
  generatedAt: string;
  totals: { workers: number; states: StateCounts };
  needsHuman: string[];
  batches: Array<{ id: string; command: string; members: number; live: number; queued: number; closed: number; cancelled: number }>;
  queue: Array<{ name: string; batch: string; issue: number | null; reason: string }>;
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
    const cached = row.pr ? o.prs.get(row.pr.number) : undefined;
    const lastStop = f ? [...f.events].reverse().find((e) => e.event === 'Stop' && e.message) : undefined;
    // The PR cache fills what this refresh did not ask GitHub; the link is known from the number alone.
    const pr = row.pr
      ? {
          number: row.pr.number,
          state: row.pr.state ?? ((cached?.state as NonNullable<DashRow['pr']>['state']) || null),
          ci: row.pr.ci ?? ((cached?.ci as NonNullable<DashRow['pr']>['ci']) || null),
          review: row.pr.review ?? ((cached?.review as NonNullable<DashRow['pr']>['review']) || null),
          url: row.pr.url ?? cached?.url ?? (o.githubRepo ? `${webBase(o.githubApiUrl)}/${o.githubRepo}/pull/${row.pr.number}` : null),
        }
      : null;
    return {
      ...row,
      pr,
      symbol: STATE_SYMBOL[row.state.name],
      lastReply: lastStop?.message ?? null,
      events: (f?.events ?? []).slice(-6).map(eventJson),
    };
  });
  const live = new Set(o.rows.map((r) => r.name));
  const open = o.batches.filter((b) => !b.finished);
  return {
    project: o.project,
    generatedAt: new Date(o.now).toISOString(),
    totals: { workers: o.rows.length, states: stateCounts(o.rows) },
    needsHuman: o.rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state.name)).map((r) => r.name),
    batches: open.map((b) => ({
      id: b.id,
      command: b.command,
      members: b.members.length,
      live: b.members.filter((m) => live.has(m)).length,
      queued: b.queue.length,
      closed: b.closed.length,
      cancelled: b.cancelled.length,
    })),
    queue: open.flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue ?? null, reason: q.dependsOn.length ? `waits for ${q.dependsOn.join(', ')}` : 'waits for a free slot' }))),
    workers,
  };
}
