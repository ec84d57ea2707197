import type { Project } from '../../context.js';
import { readWorkerUsage } from '../../state/usage-cache.js';
import { summarize, sumSummaries, type CostSummary } from '../../core/usage.js';

/** Cost totals: the whole project and each batch (the sum of its workers). */
export interface CostTotals { total: CostSummary; batches: Record<string, CostSummary> }

/** One worker's usage and estimated cost, read incrementally from its transcripts. */
export function workerCost(project: Project, name: string): CostSummary {
  return summarize(readWorkerUsage(project.registry.dir, name, project.registry.eventsFile(name), project.registry.getWorker(name)?.created), project.config.pricing);
}

export function costTotals(rows: Array<{ batch?: string | undefined; cost: CostSummary }>): CostTotals {
  const byBatch = new Map<string, CostSummary[]>();
  for (const r of rows) if (r.batch) byBatch.set(r.batch, [...(byBatch.get(r.batch) ?? []), r.cost]);
  return { total: sumSummaries(rows.map((r) => r.cost)), batches: Object.fromEntries([...byBatch].map(([id, all]) => [id, sumSummaries(all)])) };
}
