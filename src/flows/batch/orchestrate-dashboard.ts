import type { Project } from '../../context.js';
import type { BatchRecord } from '../../state/records.js';
import { batchFinished, type MemberFact } from './batch-facts.js';
import { workerJsonOf } from '../watch/worker-json.js';

/**
 * `orchestrate dashboard --json`: the batch's live members in the shared worker vocabulary (with what GitHub says
 * of their PRs), and the members without a worker each in a list of their own.
 */
export function orchestrateDashboard(project: Project, batch: BatchRecord, members: MemberFact[]) {
  const others = (status: MemberFact['status']) => members.filter((m) => !m.facts && m.status === status).map((m) => ({ name: m.name, reason: m.reason }));
  return {
    batch: batch.id,
    created: batch.created,
    finished: batchFinished(batch, members),
    workers: members.flatMap((m) => (m.facts ? [workerJsonOf(project, m.facts, { pr: m.pr ? { number: m.pr.number, state: m.pr.state, ci: m.pr.ci, review: m.pr.reviewDecision, url: m.pr.url } : undefined })] : [])),
    queued: members.filter((m) => m.status === 'queued').map((m) => ({ name: m.name, reason: m.reason, issue: batch.queue.find((q) => q.name === m.name)?.issue ?? null })),
    cancelled: others('cancelled'),
    closed: others('closed'),
  };
}
