import type { Ctx, Project } from '../../context.js';
import { orchInvocation, shellQuote } from '../../context.js';
import type { Forge } from '../../adapters/forge.js';
import type { BatchRecord } from '../../state/records.js';
import { Observations } from '../../state/observations.js';
import { dependentsToCancel } from '../../core/task-file.js';
import { reviewFeedback } from '../../core/pr-feedback.js';
import { ciPending, noteFlaky, routeCiFailure, type CiRouted } from './ci-route.js';
import { monitorCycleWithFacts, formatLine, type MonitorLine } from '../watch/monitor.js';
import type { WorkerFacts } from '../watch/inspect.js';
import { dispatchFromQueue, liveWorkerCount, updateBatch } from './queue.js';
import { batchFacts, batchFinished, pickBatch, prsOpenedSince, type MemberFact } from './batch-facts.js';
import { RefusalError } from '../../errors.js';
import { closeWorker } from '../worker/teardown.js';
import { sendPrompt } from '../worker/converse.js';
import { launchWorker } from '../worker/launch.js';
import { deliver } from '../watch/notify.js';

export interface PollResult {
  batch: string;
  readyForReview: Array<{ name: string; pr: number; url: string }>;
  /** The monitor's cycle over the live members (the shared worker vocabulary plus its action). */
  workers: MonitorLine[];
  sent: Array<{ name: string; what: string }>;
  cleaned: string[];
  blocked: Array<{ name: string; reason: string }>;
  /** Merged PRs whose teardown was refused to protect work (exit 3 for a single poll). */
  refused: Array<{ name: string; reason: string }>;
  dispatched: string[];
  /** Items whose dispatch failed (each after one retry), back on the queue with the reason. */
  requeued: Array<{ name: string; reason: string }>;
  cancelled: string[];
  finished: boolean;
  /** Failing checks that fail on the base branch's latest commit too: told to the human, not sent to the worker. */
  preExisting: Array<{ name: string; pr: number; checks: string[] }>;
  /** Checks that passed and failed on the same commit. */
  flaky: Array<{ name: string; pr: number; checks: string[] }>;
  /** Workers that were sent ci.maxRounds CI failures already: the next one goes to the human instead. */
  ciExhausted: Array<{ name: string; pr: number; rounds: number }>;
}

/** Cancels queued dependents of members that ended blocked or errored, when they asked for stopOnError. */
async function cancelFailedDependents(project: Project, batch: BatchRecord, members: MemberFact[]): Promise<string[]> {
  const failed = new Set(members.filter((m) => m.status === 'blocked' || m.status === 'errored').map((m) => m.name));
  const cancelled = new Set(batch.cancelled.map((c) => c.name));
  const names = dependentsToCancel(batch.queue, new Set([...failed, ...cancelled]));
  if (!names.length) return [];
  await updateBatch(project, batch.id, (b) => {
    for (const n of names) {
      const item = b.queue.find((q) => q.name === n);
      const why = item?.dependsOn.filter((d) => failed.has(d) || cancelled.has(d) || names.includes(d)).join(', ');
      b.cancelled.push({ name: n, reason: `dependency ${why} ended blocked, errored or cancelled (stopOnError)` });
    }
    b.queue = b.queue.filter((q) => !names.includes(q.name));
  });
  return names;
}

/** One orchestrator cycle over one batch: monitor, dispatch, route PR feedback, land merged work. Never merges. */
export async function pollBatch(ctx: Ctx, project: Project, forge: Forge | undefined, batchId: string | undefined, o: { idleGraceMs: number }): Promise<PollResult> {
  const batch = pickBatch(project, batchId);
  const res: PollResult = { batch: batch.id, readyForReview: [], workers: [], sent: [], cleaned: [], blocked: [], refused: [], dispatched: [], requeued: [], cancelled: [], finished: false, preExisting: [], flaky: [], ciExhausted: [] };
  const live = batch.members.filter((m) => project.registry.getWorker(m));
  // What the monitor saw is reused below while nothing was done to a worker since: an inspection per question cost
  // more than the rest of the cycle.
  let seen: WorkerFacts[] | undefined;
  if (live.length) {
    const cycle = await monitorCycleWithFacts(ctx, project, { names: live, idleGraceMs: o.idleGraceMs, nudgeEveryMs: 5 * 60_000 });
    res.workers = cycle.lines;
    if (cycle.lines.every((l) => l.action === 'none')) seen = cycle.facts.workers;
  } else seen = [];
  let members = await batchFacts(project, batch, forge, undefined, seen);
  res.cancelled = await cancelFailedDependents(project, project.registry.getBatch(batch.id)!, members);
  const obs = new Observations(project.registry.dir);
  const orch = shellQuote(orchInvocation());
  for (const m of members) {
    if (!m.rec || !m.pr) continue;
    const rec = m.rec;
    const pr = m.pr;
    if (pr.state === 'MERGED') {
      // Merged by a human on GitHub: the only time the orchestrator tears a worker down.
      try {
        // The merged head is a fact from GitHub; whether every commit landed is computed from it, never assumed.
        await closeWorker(project, m.name, { force: false, deleteBranch: true, mergedHead: pr.headSha, verb: 'land' });
        res.cleaned.push(m.name);
      } catch (e) {
        if (!(e instanceof RefusalError)) throw e;
        const why = e.message.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)).join('; ');
        res.refused.push({ name: m.name, reason: `PR merged but teardown refused: ${why}` });
      }
      continue;
    }
    if (pr.state === 'CLOSED') continue;
    const seen = obs.get(m.name) as ReturnType<Observations['get']> & { reviewsSent?: number };
    const tell = (state: string, detail: string) => deliver(project.config, { worker: m.name, state, detail, pr: pr.number, at: new Date().toISOString() }, (s) => ctx.out.info(s));
    const ci = forge ? { project, forge, obs, name: m.name, base: rec.base, orch, send: (msg: string) => deliverTo(project, m, msg), tell } : undefined;
    const routed: CiRouted = {};
    const onlyFlaky = ci ? await noteFlaky(ci, pr, routed) : false;
    if (routed.flaky) res.flaky.push({ name: m.name, pr: pr.number, checks: routed.flaky });
    // Review text first decides whether there is anything to send: comments by people without write access are
    // withheld (review.forwardCommentsFrom), and a review with nothing left to forward is not sent at all.
    const review = pr.reviewDecision === 'CHANGES_REQUESTED'
      ? reviewFeedback({ pr: pr.number, reviews: pr.reviews, comments: pr.reviewComments, from: project.config.review.forwardCommentsFrom, orch, name: m.name })
      : undefined;
    if (ci && ciPending(ci, pr) && !onlyFlaky) {
      // CI triage: failures already red on the base go to the human; the worker's own get the failing step and log.
      const r = await routeCiFailure(ci, pr);
      if (r.sent) res.sent.push({ name: m.name, what: r.sent });
      if (r.preExisting) res.preExisting.push({ name: m.name, pr: pr.number, checks: r.preExisting });
      if (r.exhausted !== undefined) res.ciExhausted.push({ name: m.name, pr: pr.number, rounds: r.exhausted });
    } else if (review?.text && (seen.reviewsSent ?? 0) < review.forwarded) {
      if (await deliverTo(project, m, review.text)) {
        const withheld = review.withheld ? ` (${review.withheld} withheld: author without write access, see review.forwardCommentsFrom)` : '';
        res.sent.push({ name: m.name, what: `review: ${review.forwarded} review(s) and comment(s)${withheld}` });
        obs.put(m.name, { ...obs.get(m.name), reviewsSent: review.forwarded } as never);
      }
    } else if (pr.ci === 'PASSING' && pr.mergeable !== false && (pr.state === 'OPEN')) {
      res.readyForReview.push({ name: m.name, pr: pr.number, url: pr.url });
      if (!rec.readyNotified) {
        await project.registry.updateWorker(rec.name, (cur) => ({ ...cur, pr: pr.number, readyNotified: true }));
        await deliver(project.config, { worker: m.name, state: 'pr-green', detail: `READY FOR REVIEW: ${pr.url}`, pr: pr.number, at: new Date().toISOString() }, (s) => ctx.out.info(s));
      }
    }
  }
  // New work starts only after feedback on open PRs and merged teardowns: finishing work in flight comes first, and a
  // revived worker has already taken its slot when the queue counts them.
  res.dispatched = await dispatchFromQueue(project, ctx);
  // The PRs were read once this cycle; members dispatched since have none yet, so no second query is needed.
  const prs = new Map(members.flatMap((m) => (m.rec?.branch && m.pr ? [[m.rec.branch, m.pr] as const] : [])));
  // Only the members dispatched just now are new to this cycle, unless feedback, a teardown or a cancellation acted.
  const untouched = seen && !res.sent.length && !res.cleaned.length && !res.refused.length && !res.cancelled.length;
  const before = untouched ? members.flatMap((m) => (m.facts ? [m.facts] : [])) : undefined;
  members = await batchFacts(project, project.registry.getBatch(batch.id)!, forge, prs, before);
  for (const m of members) if (m.status === 'queued' && m.reason.startsWith('re-queued')) res.requeued.push({ name: m.name, reason: m.reason });
  for (const m of members) if (['blocked', 'errored', 'waiting-approval', 'asking', 'dead', 'stuck', 'finish-failed'].includes(m.status) || (m.status === 'queued' && m.reason.endsWith(': needs you'))) res.blocked.push({ name: m.name, reason: `${m.status}: ${m.reason}` });
  // A PR opened during this cycle is not in the facts read at its start: the next cycle reads it before deciding.
  res.finished = prsOpenedSince(members).length === 0 && batchFinished(project.registry.getBatch(batch.id)!, members);
  if (res.finished) await updateBatch(project, batch.id, (b) => void (b.finished ??= new Date().toISOString()));
  return res;
}

/** Sends feedback to a worker: relaunches it first when its window is gone; never types into a working worker. */
async function deliverTo(project: Project, m: MemberFact, msg: string): Promise<boolean> {
  const rec = m.rec!;
  const win = await project.mux.findWindow(rec.session, rec.window);
  // A finished or exited worker holds no slot; feedback puts it back to work, so it needs a free one (maxWorkers).
  const holdsSlot = win && !win.dead && m.status !== 'done';
  if (!holdsSlot && (await liveWorkerCount(project)) >= project.config.maxWorkers) return false; // next cycle
  if (!win || win.dead) {
    if (win?.dead) await project.mux.killWindow(rec.session, rec.window);
    await launchWorker(project, rec, { resume: true, log: () => undefined });
  } else if (m.status === 'working' || m.status === 'waiting-approval') {
    return false; // try again next cycle
  }
  try {
    await sendPrompt(project, rec, msg, 15_000);
    return true;
  } catch {
    return false;
  }
}

export function renderPoll(r: PollResult): string {
  const sec = (title: string, rows: string[]) => `${title}:\n${rows.length ? rows.map((x) => `  ${x}`).join('\n') : '  (none)'}`;
  return [
    `POLL RESULTS (batch ${r.batch})`,
    sec('Ready for review', r.readyForReview.map((x) => `READY FOR REVIEW ${x.name}: PR #${x.pr} ${x.url}`)),
    sec('Workers', r.workers.map(formatLine)),
    sec('Sent', [...r.sent.map((s) => `${s.name}: ${s.what}`), ...r.dispatched.map((d) => `${d}: dispatched from the queue`)]),
    sec('Re-queued (dispatch failed)', r.requeued.map((q) => `${q.name}: ${q.reason}`)),
    sec('Cleaned', [...r.cleaned.map((c) => `${c}: PR merged, worker closed`), ...r.cancelled.map((c) => `${c}: cancelled`)]),
    sec('Blocked', r.blocked.map((b) => `${b.name}: ${b.reason}`)),
    sec('Refused (work kept)', r.refused.map((b) => `${b.name}: ${b.reason}`)),
    ...(r.preExisting.length ? [sec('CI failing on the base branch too (not sent)', r.preExisting.map((x) => `${x.name}: PR #${x.pr} ${x.checks.join(', ')}`))] : []),
    ...(r.flaky.length ? [sec('Flaky checks (passed and failed on one commit)', r.flaky.map((x) => `${x.name}: PR #${x.pr} ${x.checks.join(', ')}`))] : []),
    ...(r.ciExhausted.length ? [sec('CI rounds used up (ci.maxRounds): needs you', r.ciExhausted.map((x) => `${x.name}: PR #${x.pr} after ${x.rounds} round(s)`))] : []),
    r.finished ? 'BATCH FINISHED: every member is done, nothing is queued and no PR is open.' : '',
  ].filter(Boolean).join('\n');
}
