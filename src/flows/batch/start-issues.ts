import type { Ctx, Project } from '../../context.js';
import { requireMux } from '../../context.js';
import type { Forge, IssueInfo } from '../../adapters/forge.js';
import { issueBranch, issueWorkerName } from '../../core/naming.js';
import { UsageError } from '../../errors.js';
import { totalSlots } from '../../core/placement.js';
import { mapLimit } from '../shared/map-limit.js';
import { newBatch } from './batches.js';
import type { WorkerPlan } from './dispatch.js';
import { dispatchWithRetry } from './dispatch-retry.js';
import { startPointFor } from '../worker/provision.js';
import { existingIssueWork, planIssue, readLocalWork, remoteSkipReason } from './issue-plan.js';
import { liveWorkerCount, queuedItemFor, updateBatch } from './queue.js';
import { runWithProgress } from '../shared/progress.js';
import { projectRadar } from '../watch/collisions.js';
import { predictIssueFiles } from './predict-files.js';
import { workersTouching } from '../../core/collisions.js';
import { collisionHold } from './queue.js';

export { dispatchFromQueue } from './queue.js';

export interface StartIssuesOptions {
  numbers: number[];
  label?: string | undefined;
  limit?: number | undefined;
  concurrency?: number | undefined;
  dryRun: boolean;
  /** Run every worker of this batch on this host (default: each placed on the host with the most free slots). */
  host?: string | undefined;
}

export type IssueStatus = 'dispatched' | 'queued' | 'skipped' | 'failed' | 'would dispatch' | 'would queue';

export interface IssueRow {
  issue: number;
  title: string;
  name: string | undefined;
  branch: string | undefined;
  status: IssueStatus;
  reason?: string;
  /** Live workers that change files this issue is predicted to touch. */
  collisions?: Array<{ worker: string; files: string[] }>;
}

export interface StartIssuesResult { dryRun: boolean; batch: string | undefined; base: string; rows: IssueRow[] }

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_LABEL_LIMIT = 20;

/**
 * `orch start-issues`: fetch the issues (concurrently), skip with a reason what must not start, plan a
 * worker per remaining issue, dispatch up to the free worker slots and queue the rest in the batch.
 * Re-running after an interruption skips everything that already has local work, so nothing is duplicated.
 */
export async function startIssuesFlow(ctx: Ctx, project: Project, forge: Forge, o: StartIssuesOptions): Promise<StartIssuesResult> {
  const { config, registry } = project;
  if (!o.numbers.length && !o.label) throw new UsageError('give issue numbers or --label <label>', 'example: orch start-issues 12 13 14, or orch start-issues --label bug --limit 10');
  if (o.numbers.length && o.label) throw new UsageError('give issue numbers or --label, not both');
  if (o.limit !== undefined && !o.label) throw new UsageError('--limit only applies with --label');
  const concurrency = Math.min(o.concurrency ?? DEFAULT_CONCURRENCY, 32);
  if (!o.dryRun) await requireMux(project.mux);
  const base = config.defaultBranch;
  await forge.checkRepo();

  const known = new Map<number, IssueInfo>();
  let numbers = [...new Set(o.numbers)];
  if (o.label) {
    const listed = await forge.listIssues({ label: o.label, limit: o.limit ?? DEFAULT_LABEL_LIMIT });
    for (const i of listed) known.set(i.number, i);
    numbers = listed.map((i) => i.number).sort((a, b) => a - b);
  }

  const local = await readLocalWork(project);
  const examined = await mapLimit(numbers, concurrency, async (n): Promise<IssueRow | IssueInfo> => {
    const issue = known.get(n) ?? (await forge.getIssue(n));
    const name = issue && issueWorkerName(n, issue.title);
    const branch = issue && issueBranch(n, issue.title);
    const skip = (reason: string): IssueRow => ({ issue: n, title: issue?.title ?? '', name, branch, status: 'skipped', reason });
    const remote = await remoteSkipReason(forge, issue, n, branch ?? '');
    if (remote) return skip(remote);
    const here = existingIssueWork(project, local, n, name!);
    return here ? skip(here) : issue!;
  });

  const batch = newBatch('start-issues', []);
  // One fetch for the whole batch instead of one per worker; a dry run fetches nothing.
  const startPoint = o.dryRun ? `origin/${base}` : await startPointFor(config, base);
  const ready = examined.filter((e): e is IssueInfo => !('status' in e));
  const plans = await mapLimit(ready, concurrency, (issue) => planIssue(project, forge, issue, { base, batch: batch.id, startPoint }).then((p) => (o.host ? { ...p, host: o.host } : p)));
  const rows = new Map<number, IssueRow>(examined.filter((e): e is IssueRow => 'status' in e).map((r) => [r.issue, r]));
  // Files each issue names, against what live workers change: a warning, and with queue.avoidCollisions a hold.
  const radar = plans.length ? await projectRadar(project).catch(() => undefined) : undefined;
  const avoid = config.queue.avoidCollisions;
  const predicted = new Map<string, string[]>();
  if (radar?.workers.length || avoid) {
    const files = await mapLimit(ready, concurrency, (issue) => predictIssueFiles(config.repoPath, issue).catch(() => []));
    plans.forEach((p, i) => predicted.set(p.name, files[i] ?? []));
  }
  const collide = new Map<string, Array<{ worker: string; files: string[] }>>();
  for (const p of plans) {
    const hits = radar ? workersTouching(radar.workers, predicted.get(p.name) ?? []) : [];
    if (!hits.length) continue;
    collide.set(p.name, hits.map((h) => ({ worker: h.name, files: h.files })));
    ctx.out.warn(`#${p.issue} may collide with ${hits.map((h) => `${h.name} (${h.files.join(', ')})`).join('; ')}`);
  }
  const holdOf = (p: WorkerPlan) => (avoid && radar ? collisionHold(radar, predicted.get(p.name)) : undefined);
  const rowOf = (p: WorkerPlan, status: IssueStatus, reason?: string): IssueRow => ({
    issue: p.issue!, title: p.title ?? '', name: p.name, branch: p.branch, status, ...(reason ? { reason } : {}), ...(collide.has(p.name) ? { collisions: collide.get(p.name)! } : {}),
  });
  const queueItem = (p: WorkerPlan) => {
    const item = queuedItemFor(p);
    const files = predicted.get(p.name);
    const why = holdOf(p);
    return { ...item, ...(avoid && files?.length ? { predictedFiles: files } : {}), ...(why ? { heldFor: why } : {}) };
  };
  const ordered = () => numbers.map((n) => rows.get(n)).filter((r): r is IssueRow => !!r);

  if (o.dryRun) {
    const free = Math.max(0, totalSlots(config) - (await liveWorkerCount(project)));
    const held = plans.filter((p) => holdOf(p));
    plans.filter((p) => !held.includes(p)).forEach((p, i) => rows.set(p.issue!, rowOf(p, i < free ? 'would dispatch' : 'would queue')));
    for (const p of held) rows.set(p.issue!, rowOf(p, 'would queue', holdOf(p)));
    return { dryRun: true, batch: undefined, base, rows: ordered() };
  }
  if (!plans.length) return { dryRun: false, batch: undefined, base, rows: ordered() };

  // Slots are counted and the queue written under the lock, before any dispatch, so an interrupted run
  // leaves its queue recorded and a concurrent monitor does not start the same items.
  const split = await registry.withLock(async () => {
    const free = Math.max(0, totalSlots(config) - (await liveWorkerCount(project)));
    const held = plans.filter((p) => holdOf(p));
    const open = plans.filter((p) => !held.includes(p));
    const now = open.slice(0, free);
    const later = [...open.slice(free), ...held];
    batch.queue = later.map(queueItem);
    // Members before they exist: these slots are reserved, so another orch counting slots meanwhile sees them taken.
    batch.members = [...new Set([...batch.members, ...now.map((p) => p.name)])];
    registry.putBatch(batch);
    return { now, later };
  });
  for (const p of split.later) rows.set(p.issue!, rowOf(p, 'queued', holdOf(p) ?? `${totalSlots(config)} workers (maxWorkers${config.hosts.length ? ' of every host' : ''}) are busy; starts when a slot frees`));

  const results = await runWithProgress(
    ctx,
    split.now.map((p) => ({
      title: `#${p.issue} ${p.name}`,
      run: async (log: (line: string) => void) => {
        try {
          // The title already names the worker; launch lines start with the name again.
          await dispatchWithRetry(project, p, { launch: true, log: (line) => log(line.startsWith(`${p.name}: `) ? line.slice(p.name.length + 2) : line), env: ctx.env });
          return rowOf(p, 'dispatched');
        } catch (e) {
          // Failed twice (under load, usually): the reservation goes, and the issue goes back on the batch's queue
          // with its reason, so the batch has no hole; a later poll or monitor dispatches it when a slot frees.
          const reason = (e as Error).message.replace(/^[^:]*: /, '').split('\n')[0] ?? 'dispatch failed';
          await updateBatch(project, batch.id, (b) => {
            b.members = b.members.filter((m) => m !== p.name);
            b.queue.push({ ...queueItem(p), failures: 1, lastFailure: reason });
          });
          return rowOf(p, 'queued', `re-queued: dispatch failed twice: ${reason}`);
        }
      },
      outcome: (r: IssueRow) => ({ text: r.reason ? `${r.status}: ${r.reason}` : r.status, failed: r.status === 'failed' }),
    })),
    concurrency,
  );
  for (const r of results) rows.set(r.issue, r);
  return { dryRun: false, batch: batch.id, base, rows: ordered() };
}
