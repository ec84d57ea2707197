import path from 'node:path';
import type { Ctx, Project } from '../../context.js';
import type { BatchRecord, QueuedItem } from '../../state/records.js';
import { inspectProject, type ProjectFacts } from '../watch/inspect.js';
import { mapLimit } from '../shared/map-limit.js';
import { totalSlots } from '../../core/placement.js';
import { existingWork, type WorkerPlan } from './dispatch.js';
import { dispatchWithRetry } from './dispatch-retry.js';
import { startPointFor } from '../worker/provision.js';

/** After this many failed dispatches (each retried once) an item stays queued for a person: the batch keeps it open. */
export const MAX_DISPATCH_FAILURES = 3;
import { collisionRadar, type Radar } from '../watch/collisions.js';
import { workersTouching } from '../../core/collisions.js';
import { accountLimitHold } from '../watch/limits.js';
import { budgetHeldBatches } from '../watch/budget.js';

/**
 * Slots in use: a live window whose worker has not finished, plus every batch member taken off a queue that has no
 * record yet (another orch process reserved it and is provisioning it). A done or dead worker frees its slot.
 */
function occupiedSlots(project: Project, facts: ProjectFacts): number {
  const live = facts.workers.filter((w) => w.window && !w.window.dead && w.state.state !== 'done').length;
  const registered = new Set(project.registry.listWorkers().map((r) => r.name));
  const reserved = project.registry
    .listBatches()
    .flatMap((b) => b.members.filter((m) => !registered.has(m) && !b.closed.includes(m) && !b.cancelled.some((c) => c.name === m)));
  return live + new Set(reserved).size;
}

export async function liveWorkerCount(project: Project): Promise<number> {
  return occupiedSlots(project, await inspectProject(project, { capture: true, git: false }));
}

/** Dependencies that count as done: a done worker, or one that finished and was then closed or landed. */
function doneNames(project: Project, facts: ProjectFacts): Set<string> {
  const done = new Set(facts.workers.filter((w) => w.state.state === 'done').map((w) => w.rec.name));
  for (const b of project.registry.listBatches()) for (const c of b.closed) done.add(c);
  return done;
}

export function queuedItemFor(plan: WorkerPlan): QueuedItem {
  return {
    name: plan.name,
    kind: plan.kind === 'issue' ? 'issue' : 'task',
    ...(plan.issue !== undefined ? { issue: plan.issue } : {}),
    ...(plan.title ? { title: plan.title } : {}),
    branch: plan.branch ?? `feature/${plan.name}`,
    base: plan.base,
    brief: plan.brief,
    dependsOn: [],
    stopOnError: false,
    ...(plan.host ? { host: plan.host } : {}),
  };
}

/** Why an item that names files a live worker changes must wait (queue.avoidCollisions), or undefined when it may start. */
export function collisionHold(radar: Pick<Radar, 'workers'>, predicted: string[] | undefined): string | undefined {
  if (!predicted?.length) return undefined;
  const hits = workersTouching(radar.workers, predicted);
  if (!hits.length) return undefined;
  const names = hits.map((h) => h.name).join(', ');
  return `held: may collide with ${hits.map((h) => `${h.name} (${h.files.slice(0, 3).join(', ')}${h.files.length > 3 ? ', ...' : ''})`).join('; ')} (queue.avoidCollisions); starts when ${names} ${hits.length > 1 ? 'are' : 'is'} done`;
}

/** Read-modify-write of one batch under the registry lock (another orch may be updating it too). */
export async function updateBatch(project: Project, id: string, fn: (b: BatchRecord) => void): Promise<void> {
  await project.registry.withLock(() => {
    const b = project.registry.getBatch(id);
    if (!b) return;
    fn(b);
    project.registry.putBatch(b);
  });
}

/**
 * Starts queued items, oldest batch first, while worker slots are free (maxWorkers). Items are taken off
 * the queue under the registry lock, so two callers (monitor and start-issues) never start the same one.
 * An item whose dependsOn workers are not all done waits. Returns the names started.
 */
export async function dispatchFromQueue(project: Project, ctx: Ctx, o: { launch?: boolean } = {}): Promise<string[]> {
  const { registry, config } = project;
  if (!registry.listBatches().some((b) => b.queue.length)) return [];
  const taken = await registry.withLock(async () => {
    const facts = await inspectProject(project, { capture: true, git: false });
    // A new worker would meet the same usage or rate limit at once: nothing starts until it is over.
    const limit = accountLimitHold(facts.workers, Date.now(), config.limits.backoffMin * 60_000);
    if (limit) {
      ctx.out.info(`queue held: ${limit}`);
      return [];
    }
    const done = doneNames(project, facts);
    let free = Math.max(0, totalSlots(config) - occupiedSlots(project, facts));
    const out: Array<{ batch: string; item: QueuedItem }> = [];
    // Only read worktrees when something could be held: the radar costs a few git calls per live worker.
    const avoid = config.queue.avoidCollisions && registry.listBatches().some((b) => b.queue.some((q) => q.predictedFiles?.length));
    const radar = avoid ? await collisionRadar(facts) : undefined;
    const overBudget = budgetHeldBatches(project);
    for (const b of registry.listBatches()) {
      if (!free) break;
      // A batch that reached its budget (or whose worker did) starts nothing more.
      if (overBudget[b.id]) continue;
      let holdChanged = false;
      const held = new Set<QueuedItem>();
      if (radar) {
        for (const q of b.queue) {
          const why = collisionHold(radar, q.predictedFiles);
          if (why) held.add(q);
          if (why !== q.heldFor) {
            if (why) q.heldFor = why;
            else delete q.heldFor;
            holdChanged = true;
          }
        }
      }
      const start = b.queue.filter((q) => !held.has(q) && (q.failures ?? 0) < MAX_DISPATCH_FAILURES && q.dependsOn.every((d) => done.has(d))).slice(0, free);
      if (holdChanged && !start.length) registry.putBatch(b);
      if (!start.length) continue;
      b.queue = b.queue.filter((q) => !start.includes(q));
      b.members = [...b.members, ...start.map((q) => q.name)];
      registry.putBatch(b);
      free -= start.length;
      out.push(...start.map((item) => ({ batch: b.id, item })));
    }
    return out;
  });
  // One fetch per base for everything this call starts (as a bulk start does), not one per worker.
  const fetched = new Map<string, Promise<string>>();
  const startFrom = (base: string) => {
    if (!fetched.has(base)) fetched.set(base, startPointFor(config, base));
    return fetched.get(base)!;
  };
  const started = await mapLimit(taken, 4, async ({ batch, item }) => {
    const fail = async (reason: string) => {
      ctx.out.warn(`${item.name}: not started from the queue: ${reason}`);
      await updateBatch(project, batch, (b) => {
        b.members = b.members.filter((m) => m !== item.name);
        b.cancelled.push({ name: item.name, reason });
      });
      return undefined;
    };
    const exists = await existingWork(project, item.name, item.branch);
    if (exists) return fail(exists);
    const startPoint = item.baseFrom ? registry.getWorker(item.baseFrom)?.branch : undefined;
    // A worker placed on an SSH host fetches there; one here starts from this machine's origin/<base>.
    const here = !item.host || item.host === 'local';
    const plan: WorkerPlan = {
      name: item.name,
      kind: item.kind,
      branch: item.branch,
      base: item.base,
      ...(startPoint ? { startPoint } : {}),
      worktree: path.join(config.worktreesPath, item.name),
      ...(item.issue !== undefined ? { issue: item.issue } : {}),
      ...(item.title ? { title: item.title } : {}),
      batch,
      brief: item.brief,
      ...(item.host ? { host: item.host } : {}),
    };
    try {
      if (!plan.startPoint && here && !config.hosts.length) plan.startPoint = await startFrom(item.base);
      await dispatchWithRetry(project, plan, { launch: o.launch ?? true, log: (s) => ctx.out.info(`${item.name}: ${s}`), env: ctx.env });
      return item.name;
    } catch (e) {
      // Not a hole in the batch: back on the queue with its reason, tried again when a slot frees.
      const reason = (e as Error).message.split('\n')[0]!.replace(/^[^:]*: /, '');
      const failures = (item.failures ?? 0) + 1;
      ctx.out.warn(`${item.name}: dispatch failed twice (${reason}); re-queued${failures >= MAX_DISPATCH_FAILURES ? ' for a person to look at' : ''}`);
      await updateBatch(project, batch, (b) => {
        b.members = b.members.filter((m) => m !== item.name);
        b.queue.push({ ...item, failures, lastFailure: reason });
      });
      return undefined;
    }
  });
  return started.filter((n): n is string => !!n);
}
