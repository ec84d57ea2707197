import { watch, type FSWatcher } from '../../adapters/fs.js';
import { pumpRemoteEvents } from '../worker/remote-events.js';
import { finishClaimedOnHost } from '../worker/remote-finish-auto.js';
import path from 'node:path';
import type { Ctx, Project } from '../../context.js';
import { workerOrchInvocation, shellQuote } from '../../context.js';
import { inspectProject, type ProjectFacts, type WorkerFacts } from './inspect.js';
import { deriveState, STATES_NEEDING_HUMAN, type WorkerState } from '../../core/worker-state.js';
import { decideAction } from '../../core/monitor-policy.js';
import { keysToChoose, screenFingerprint } from '../../core/screens.js';
import { testCommands } from '../../core/test-commands.js';
import { Observations } from '../../state/observations.js';
import { sendPrompt } from '../worker/converse.js';
import { deliver, shouldNotify } from './notify.js';
import { collisionRadar, notifyCollisions, rowCollisions } from './collisions.js';
import { workerJsonOf } from './worker-json.js';
import type { WorkerJson } from '../../core/worker-json.js';
import { UsageError } from '../../errors.js';
import { handleLimits } from './limits.js';
import { causesFor } from './why.js';
import { budgetStopped, handleBudgets } from './budget.js';
import { keepGuardServer, launchWorker } from '../worker/launch.js';
import { RESUME_PROMPT } from '../../core/brief.js';

/** One worker in one monitor cycle: the shared worker vocabulary, what the monitor did and when. */
export type MonitorLine = WorkerJson & {
  /** What this cycle did: `none`, `nudged (...)`, `report (...)`, `resumed ...`. */
  action: string;
  /** When the cycle observed it (ISO). */
  at: string;
};

export interface MonitorOptions {
  names?: string[] | undefined;
  idleGraceMs: number;
  nudgeEveryMs: number;
  now?: () => number;
}

export function formatLine(l: MonitorLine): string {
  // A state a person has to act on says why, e.g. the API error line the worker shows.
  const st = l.state.name;
  const why = STATES_NEEDING_HUMAN.includes(st) || st === 'limited' ? ` | why: ${(l.why ?? l.state.reason).replace(/\s*\n\s*/g, ' | ').slice(0, 300)}` : '';
  return `MONITOR [${l.name}]: ${st.toUpperCase()} | commits: ${l.ahead ?? 0} | uncommitted: ${l.uncommitted?.count ?? 'unknown (git failed)'} | action: ${l.action}${why}`;
}

/** One monitor cycle over the named workers (all when none): observe, derive, act, report. */
export async function monitorCycle(ctx: Ctx, project: Project, o: MonitorOptions): Promise<MonitorLine[]> {
  return (await monitorCycleWithFacts(ctx, project, o)).lines;
}

/** monitorCycle, also returning what it observed (the orchestrator's cycle reads it again only when it acted). */
export async function monitorCycleWithFacts(ctx: Ctx, project: Project, o: MonitorOptions): Promise<{ lines: MonitorLine[]; facts: ProjectFacts }> {
  const { registry, config, mux } = project;
  if (o.names?.length) {
    for (const n of o.names) if (!registry.getWorker(n)) throw new UsageError(`no worker named ${n}`, 'run `orch list` to see the names');
  }
  const facts = await inspectProject(project, { capture: true, git: true, ...(o.names?.length ? { names: o.names } : {}) });
  keepGuardServer(project, facts.workers.filter((f) => f.window && !f.window.dead).map((f) => f.rec));
  const obs = new Observations(registry.dir);
  const now = (o.now ?? Date.now)();
  const orchCommand = shellQuote(workerOrchInvocation());
  const hasTests = testCommands(config.layout, config.projectName, config.repoPath).length > 0;
  const lines: MonitorLine[] = [];
  // Budgets first: a worker stopped at its budget is then neither nudged nor resumed in this cycle.
  const budgetActions = await handleBudgets(ctx, project, facts.workers, now, orchCommand);
  for (const f of facts.workers) {
    const line = await observeOne(ctx, project, f, obs, now, orchCommand, hasTests, o);
    const b = budgetActions.get(f.rec.name);
    if (b && !line.action.startsWith('resumed')) line.action = b;
    lines.push(line);
  }
  // Limits are an account's, not a worker's: one notification per episode, resumes staggered across workers.
  const limitActions = await handleLimits(ctx, project, facts.workers, now);
  for (const l of lines) {
    const a = limitActions.get(l.name);
    if (a) l.action = a;
  }
  // The radar needs every live worker: a cycle over a few names would see only part of each overlap.
  if (!o.names?.length) {
    const radar = await collisionRadar(facts);
    for (const l of lines) l.collisions = rowCollisions(radar.collisions, l.name).map((c) => ({ ...c, whole: Boolean(c.whole) }));
    for (const line of await notifyCollisions(ctx, project, radar.collisions)) ctx.out.warn(`collision: ${line}`);
  }
  void mux;
  return { lines, facts };
}

async function observeOne(ctx: Ctx, project: Project, f: WorkerFacts, obs: Observations, now: number, orchCommand: string, hasTests: boolean, o: MonitorOptions): Promise<MonitorLine> {
  const { config, mux } = project;
  const prev = obs.get(f.rec.name);
  const fp = f.rawScreen === undefined ? prev.fingerprint : screenFingerprint(f.rawScreen);
  const commits = f.git?.ahead ?? 0;
  const changed = fp !== prev.fingerprint || commits !== prev.commits;
  const changedAt = changed || prev.changedAt === undefined ? now : prev.changedAt;
  const derived = deriveState({
    now,
    events: f.events,
    screen: f.screen,
    window: { exists: !!f.window, dead: f.window?.dead ?? false, deadStatus: f.window?.deadStatus },
    lastChangeAt: changedAt,
    pr: f.rec.pr ? { state: 'open' } : undefined,
    stuckAfterMs: config.stuckAfterMin * 60_000,
    finish: f.finish,
    limit: f.limit,
    limitBackoffMs: config.limits.backoffMin * 60_000,
  });
  const stateSince = derived.state === prev.lastState && prev.stateSince ? prev.stateSince : now;
  const lastStop = [...f.events].reverse().find((e) => e.event === 'Stop');
  const claim = `${lastStop?.message ?? ''}\n${f.screen?.lastAssistantText ?? ''}`;
  const tests = /TESTS_PASSED:\s*(.+)/.exec(claim)?.[1]?.trim() ?? f.screen?.completion?.tests;
  const stoppedAtBudget = budgetStopped(project, f.rec.name);
  const finishedHere = await finishClaimedOnHost(ctx, project, f, derived.state, claim);
  const decided = decideAction({
    name: f.rec.name,
    state: derived.state,
    screenKind: f.screen?.kind,
    claimedComplete: /WORKTREE_STATUS:\s*COMPLETE/.test(claim),
    testsReported: !!tests && !/^(none|n\/a|-|no tests?)\b/i.test(tests),
    hasTestCommands: hasTests,
    hasPr: !!f.rec.pr,
    now,
    lastNudgeAt: prev.lastNudgeAt,
    lastNudgeFor: prev.lastNudgeFor,
    stateSince,
    nudgeEveryMs: o.nudgeEveryMs,
    idleGraceMs: o.idleGraceMs,
    orchCommand,
    // One line: the failure's last lines, typed into the worker's prompt.
    reason: derived.reason.replace(/\s*\n\s*/g, ' | ').slice(0, 1500),
  });
  // Stopped at its budget: left for a human, never nudged back to work.
  const decision: typeof decided = finishedHere
    ? { kind: 'report', why: finishedHere }
    : stoppedAtBudget && decided.kind === 'nudge'
      ? { kind: 'report', why: `stopped at its budget (${stoppedAtBudget.why})` }
      : decided;
  let action = decision.kind === 'none' ? 'none' : decision.kind === 'report' ? `report (${decision.why})` : '';
  const next = { ...prev, fingerprint: fp, commits, changedAt, lastState: derived.state, stateSince };
  if (decision.kind === 'answer-trust' && f.screen) {
    const keys = keysToChoose(f.screen, 'Yes, I trust');
    if (keys) await mux.sendKeys(f.rec.session, f.rec.window, keys);
    action = keys ? 'answered the trust prompt' : 'trust prompt: no accepting option found';
  } else if (decision.kind === 'nudge') {
    try {
      await sendPrompt(project, f.rec, decision.message, 8000);
      action = `nudged (${decision.reason})`;
      next.lastNudgeAt = now;
      next.lastNudgeFor = decision.reason;
    } catch (e) {
      action = `nudge failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  // Name the cause, and act on the few that are safe to act on: everything else is only reported.
  let why: string | undefined;
  if (!['working', 'booting', 'done'].includes(derived.state)) {
    const causes = causesFor(project, { ...f, state: derived }, now);
    why = causes[0]!.summary;
    const api = causes.find((c) => c.kind === 'api-error');
    const full = causes.find((c) => c.kind === 'context-full' && c.nearlyFullNow);
    const actedSince = (what: string) => prev.lastNudgeFor === what && prev.lastNudgeAt !== undefined && prev.lastNudgeAt >= stateSince;
    if (derived.state === 'errored' && api?.transient && config.recovery.relaunchOnApiError && f.window && !f.limit) {
      if (actedSince('relaunch')) action = 'report (relaunched once after this API error; needs a human)';
      else {
        try {
          // The CLI waits at its prompt ("Resend your message to try again") with the conversation intact: a continue
          // prompt there is the --continue relaunch without the restart. (A killed and relaunched 2.1.330 showed the
          // old error and never drew its input box, so the handshake could not tell it was ready.) A dead window is
          // relaunched with --continue.
          if (f.window.dead) {
            await mux.killWindow(f.rec.session, f.rec.window);
            await launchWorker(project, f.rec, { resume: true, log: (s) => ctx.out.info(s) });
            action = 'relaunched with --continue (transient API error)';
          } else {
            await sendPrompt(project, f.rec, RESUME_PROMPT, 15_000);
            action = 'continued after a transient API error';
          }
          next.lastNudgeAt = now;
          next.lastNudgeFor = 'relaunch';
        } catch (e) {
          action = `continue after the API error failed: ${(e as Error).message.split('\n')[0]}`;
        }
      }
    } else if (derived.state === 'idle' && full && config.recovery.compact && !actedSince('compact') && decision.kind !== 'nudge') {
      await mux.sendLiteral(f.rec.session, f.rec.window, '/compact');
      await mux.sendKeys(f.rec.session, f.rec.window, ['Enter']);
      action = 'sent /compact (context nearly full)';
      next.lastNudgeAt = now;
      next.lastNudgeFor = 'compact';
    }
  }
  const n = shouldNotify(derived.state, prev.notified, now, config.notify.reminderMin * 60_000);
  if (n.send && (config.notify.webhook || config.notify.command?.length)) {
    const ok = await deliver(config, { worker: f.rec.name, state: derived.state, detail: derived.reason, pr: f.rec.pr ?? null, at: new Date(now).toISOString(), ...(n.reminder ? { reminder: n.reminder } : {}) }, (s) => ctx.out.info(s));
    if (ok) next.notified = { state: derived.state, at: now, count: n.reminder };
  } else if (!n.send && derived.state !== prev.notified?.state) {
    delete next.notified;
  }
  obs.put(f.rec.name, next);
  return { ...workerJsonOf(project, { ...f, state: derived }, { why: why ?? false }), action, at: new Date(now).toISOString() };
}

const FINAL: WorkerState[] = ['done', 'dead', 'not-launched'];

/**
 * `monitor --watch`: re-run a worker's cycle within a second of a new event (fs.watch on the events dir),
 * capture every worker every interval, stop when every watched worker is done or gone.
 */
export async function monitorWatch(ctx: Ctx, project: Project, o: MonitorOptions & { intervalMs: number; timeoutMs?: number; onLine: (l: MonitorLine, changed: boolean) => void; afterCycle?: () => Promise<void> }): Promise<MonitorLine[]> {
  const eventsDir = path.dirname(project.registry.eventsFile('x'));
  const dirty = new Set<string>();
  let wake: (() => void) | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(eventsDir, (_t, file) => {
      if (file) dirty.add(String(file).replace(/\.jsonl$/, ''));
      wake?.();
    });
  } catch {
    watcher = undefined; // no fs.watch: the interval still drives the loop
  }
  const last = new Map<string, MonitorLine>();
  const started = Date.now();
  let nextFull = 0;
  // Workers on SSH hosts: their events are brought into the local files continuously, so the watcher above sees them.
  const stopPump = pumpRemoteEvents(project);
  try {
    for (;;) {
      const full = Date.now() >= nextFull;
      const names = full ? o.names : [...dirty].filter((n) => !o.names?.length || o.names.includes(n));
      dirty.clear();
      if (full) nextFull = Date.now() + o.intervalMs;
      if (full || names?.length) {
        const watched = (names ?? project.registry.listWorkers().map((r) => r.name)).filter((n) => !FINAL.includes(last.get(n)?.state.name as WorkerState) || !full);
        if (watched.length) {
          const lines = await monitorCycle(ctx, project, { ...o, names: watched });
          for (const l of lines) {
            const p = last.get(l.name);
            const changed = !p || p.state.name !== l.state.name || l.action !== 'none';
            last.set(l.name, l);
            o.onLine(l, changed);
          }
        }
        await o.afterCycle?.();
      }
      const all = project.registry.listWorkers().filter((r) => !o.names?.length || o.names.includes(r.name));
      if (all.every((r) => FINAL.includes(last.get(r.name)?.state.name as WorkerState)) && !project.registry.listBatches().some((b) => b.queue.length)) break;
      if (o.timeoutMs && Date.now() - started > o.timeoutMs) break;
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.max(50, Math.min(1000, nextFull - Date.now())));
        wake = () => {
          clearTimeout(t);
          // Debounce: a tool call writes Pre and Post events in quick succession.
          setTimeout(r, 100);
        };
      });
      wake = undefined;
    }
  } finally {
    watcher?.close();
    stopPump();
  }
  return [...last.values()];
}
