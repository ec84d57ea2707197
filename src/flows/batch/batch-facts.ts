import type { Project } from '../../context.js';
import type { BatchRecord, WorkerRecord } from '../../state/records.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import { UsageError } from '../../errors.js';
import { inspectProject, type WorkerFacts } from '../watch/inspect.js';
import type { WorkerState } from '../../core/worker-state.js';
import { MAX_DISPATCH_FAILURES } from './queue.js';

export type MemberStatus = WorkerState | 'queued' | 'cancelled' | 'closed';

export interface MemberFact {
  name: string;
  rec: WorkerRecord | undefined;
  status: MemberStatus;
  reason: string;
  pr: PullRequestStatus | undefined;
  /** The inspected worker, for a member that has one (its JSON uses the shared vocabulary). */
  facts?: WorkerFacts | undefined;
}

/** The batch to work on: --batch, else the newest one that is not finished. */
export function pickBatch(project: Project, id: string | undefined): BatchRecord {
  const batches = project.registry.listBatches();
  if (id) {
    const b = batches.find((x) => x.id === id);
    if (!b) throw new UsageError(`no batch ${id}`, `known batches: ${batches.map((x) => x.id).join(', ') || 'none'}`);
    return b;
  }
  const open = batches.filter((b) => !b.finished && b.command !== 'demo');
  const b = open[open.length - 1] ?? batches[batches.length - 1];
  if (!b) throw new UsageError('there is no batch yet', 'start one with `orch start-issues <n>...`, `orch start <name> --task ...` or `orch start --tasks <file>`');
  return b;
}

/**
 * Every member of the batch with its derived state and, when there is a forge, its pull request. `known`: workers
 * inspected moments ago in the same cycle (with nothing done to them since); only the other members are inspected,
 * and every member's record is read again (a finish may have named its PR since).
 */
export async function batchFacts(project: Project, batch: BatchRecord, forge: Forge | undefined, knownPrs?: Map<string, PullRequestStatus>, known?: WorkerFacts[]): Promise<MemberFact[]> {
  const recs = new Map(batch.members.flatMap((m) => {
    const rec = project.registry.getWorker(m);
    return rec ? [[m, rec] as const] : [];
  }));
  const reuse = (known ?? []).filter((f) => recs.get(f.rec.name)?.created === f.rec.created).map((f) => ({ ...f, rec: recs.get(f.rec.name)! }));
  const rest = [...recs.keys()].filter((m) => !reuse.some((f) => f.rec.name === m));
  const facts = [...reuse, ...(rest.length ? (await inspectProject(project, { capture: true, git: false, names: rest })).workers : [])];
  // One query for every member's PR: the cycle's cost does not grow with the size of the batch.
  const branches = forge ? facts.flatMap((f) => (f.rec.branch ? [f.rec.branch] : [])) : [];
  const prs = knownPrs ?? (forge && branches.length ? await forge.pullRequestsForBranches(branches) : new Map<string, PullRequestStatus>());
  const out: MemberFact[] = [];
  for (const name of batch.members) {
    const f = facts.find((x) => x.rec.name === name);
    if (!f) {
      out.push({ name, rec: undefined, status: 'closed', reason: batch.closed.includes(name) ? 'closed' : 'no longer registered', pr: undefined });
      continue;
    }
    const pr = f.rec.branch ? prs.get(f.rec.branch) : undefined;
    out.push({ name, rec: f.rec, status: f.state.state, reason: f.state.reason, pr, facts: f });
  }
  for (const q of batch.queue) {
    const reason = q.lastFailure
      ? `re-queued after ${q.failures ?? 1} failed dispatch${(q.failures ?? 1) === 1 ? '' : 'es'} (${q.lastFailure})${(q.failures ?? 0) >= MAX_DISPATCH_FAILURES ? ': needs you' : ''}`
      : q.heldFor ?? (q.dependsOn.length ? `waits for ${q.dependsOn.join(', ')}` : 'waits for a free slot');
    out.push({ name: q.name, rec: undefined, status: 'queued', reason, pr: undefined });
  }
  for (const c of batch.cancelled) out.push({ name: c.name, rec: undefined, status: 'cancelled', reason: c.reason, pr: undefined });
  return out;
}

/** A member is finished when done (and its PR merged or closed, if it has one), blocked, errored, cancelled or closed. */
export function memberFinished(m: MemberFact): boolean {
  if (m.status === 'closed' || m.status === 'cancelled' || m.status === 'blocked' || m.status === 'errored') return true;
  // A merged PR whose worker is still registered is not finished: its teardown is pending (or was refused).
  if (m.pr) return m.pr.state === 'CLOSED' || (m.pr.state === 'MERGED' && !m.rec);
  return m.status === 'done';
}

export function batchFinished(batch: BatchRecord, members: MemberFact[]): boolean {
  return batch.queue.length === 0 && members.every(memberFinished) && !members.some((m) => m.pr && (m.pr.state === 'OPEN' || m.pr.state === 'DRAFT'));
}

/**
 * Members whose record names a pull request that facts read earlier do not have: `orch finish` opened it since. A
 * batch is never called finished on such facts (the PR would look absent and its worker simply done).
 */
export function prsOpenedSince(members: MemberFact[]): string[] {
  return members.filter((m) => m.rec?.pr !== undefined && !m.pr).map((m) => m.name);
}
