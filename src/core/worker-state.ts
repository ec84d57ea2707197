import type { ScreenReading } from './screens.js';
import type { WorkerEvent } from '../state/events.js';
import { limitReason, resumeAt, type LimitInfo } from './limits.js';

export type WorkerState = 'booting' | 'working' | 'idle' | 'waiting-approval' | 'asking' | 'blocked' | 'errored' | 'stuck' | 'done' | 'dead' | 'finish-failed' | 'limited' | 'not-launched';

export const STATES_NEEDING_HUMAN: readonly WorkerState[] = ['waiting-approval', 'asking', 'blocked', 'errored', 'stuck', 'dead', 'finish-failed'];

export interface StateInput {
  now: number;
  /** Recent events, oldest first. */
  events: WorkerEvent[];
  /** The classified screen, when one was captured. */
  screen?: ScreenReading | undefined;
  window: { exists: boolean; dead: boolean; deadStatus?: number | undefined };
  /** Last time the screen fingerprint or the commit count changed (ms since epoch). */
  lastChangeAt?: number | undefined;
  pr?: { state: 'open' | 'merged' | 'closed' } | undefined;
  stuckAfterMs: number;
  /**
   * What finishing means for the project. `expected`: a claim of completion needs `orch finish` to have succeeded
   * (with GitHub: a PR for the branch). `succeeded`: it did, by a fact outside the recent events (the record's PR).
   */
  finish?: { expected: boolean; succeeded: boolean; missing?: string } | undefined;
  /** A usage, rate or overload limit (or a failed login) the CLI gave up on (core/limits.ts detectLimit). */
  limit?: LimitInfo | undefined;
  /** How long orch waits before resuming when the limit gave no reset time (limits.backoffMin). */
  limitBackoffMs?: number | undefined;
}

export interface DerivedState {
  state: WorkerState;
  reason: string;
  /** limited: when orch resumes the worker (ISO), when it will. */
  until?: string;
}

const ACTIVITY = new Set(['UserPromptSubmit', 'PreToolUse', 'PostToolUse', 'SubagentStop', 'PostToolUseFailure']);

function completionIn(text: string | undefined): { status: 'COMPLETE' | 'BLOCKED'; reason?: string } | undefined {
  if (!text) return undefined;
  const all = [...text.matchAll(/WORKTREE_STATUS:\s*(COMPLETE|BLOCKED)/g)];
  const last = all[all.length - 1];
  if (!last) return undefined;
  const reason = /REASON:\s*(.+)/.exec(text.slice(last.index))?.[1]?.trim();
  return { status: last[1] as 'COMPLETE' | 'BLOCKED', ...(reason ? { reason } : {}) };
}

/** WORKTREE_STATUS lines anywhere in plain terminal text (the last one wins). */
export function plainCompletion(text: string): { status: 'COMPLETE' | 'BLOCKED'; reason?: string } | undefined {
  return completionIn(text);
}

/**
 * One pure function from evidence to state: events first, then the screen, then liveness.
 * Nothing is sticky: the same worker moves back to working as soon as new activity shows.
 */
export function deriveState(i: StateInput): DerivedState {
  const d = deriveClaimed(i);
  if (d.state !== 'done') return d;
  // Completion is verified, not believed: the outcome of the last `orch finish` outranks the worker's claim.
  const failed = findLastIndex(i.events, (e) => e.event === 'FinishFailed');
  const succeeded = findLastIndex(i.events, (e) => e.event === 'FinishSucceeded');
  if (failed > succeeded) return { state: 'finish-failed', reason: `orch finish failed: ${i.events[failed]!.failure ?? 'no details recorded'}` };
  if (i.finish?.expected && succeeded < 0 && !i.finish.succeeded && !i.pr) {
    return { state: 'finish-failed', reason: `claims WORKTREE_STATUS: COMPLETE, but \`orch finish\` ${i.finish.missing ?? 'has not opened a pull request for its branch'}` };
  }
  return d;
}

function deriveClaimed(i: StateInput): DerivedState {
  const ev = i.events;
  const last = ev[ev.length - 1];
  const lastStopIdx = findLastIndex(ev, (e) => e.event === 'Stop');
  const activityAfterStop = ev.slice(lastStopIdx + 1).some((e) => ACTIVITY.has(e.event));
  const stopMsg = lastStopIdx >= 0 ? ev[lastStopIdx]!.message : undefined;
  const completion = (!activityAfterStop ? completionIn(stopMsg) : undefined) ?? (i.screen?.completion && !isBusy(i.screen) ? i.screen.completion : undefined);
  const prDone = i.pr && i.pr.state !== 'open' ? `PR ${i.pr.state}` : i.pr ? 'PR open' : undefined;

  if (!i.window.exists || i.window.dead) {
    // No window and not one event, ever: the worker was created with --no-launch (or its launch never began), it did not die.
    if (!i.window.exists && !ev.length && !prDone && !completion) return { state: 'not-launched', reason: 'never launched: `orch resume` launches it' };
    if (completion?.status === 'COMPLETE' || prDone) return { state: 'done', reason: completion ? 'WORKTREE_STATUS: COMPLETE' : prDone! };
    if (completion?.status === 'BLOCKED') return { state: 'blocked', reason: completion.reason ?? 'WORKTREE_STATUS: BLOCKED' };
    if (i.window.dead && i.window.deadStatus !== undefined && i.window.deadStatus !== 0) return { state: 'errored', reason: `process exited with status ${i.window.deadStatus}` };
    return { state: 'dead', reason: i.window.exists ? 'the worker process exited' : 'the window is gone' };
  }

  const s = i.screen;
  if (i.limit) {
    const at = resumeAt(i.limit, i.now, i.limitBackoffMs ?? 15 * 60_000);
    return { state: 'limited', reason: limitReason(i.limit, i.now, i.limitBackoffMs ?? 15 * 60_000), ...(at !== undefined ? { until: new Date(at).toISOString() } : {}) };
  }
  if (s?.kind === 'permission-prompt') return { state: 'waiting-approval', reason: s.tool ? `approve ${s.tool}?` : 'a permission prompt is open' };
  if (s && ['root-refused', 'api-error', 'preflight-failed', 'api-key-prompt', 'theme-picker', 'login-method', 'oauth', 'not-logged-in', 'exited'].includes(s.kind)) {
    return { state: s.kind === 'exited' ? 'dead' : 'errored', reason: `screen: ${s.kind}${s.problem ? `: "${s.problem}"` : ''}` };
  }

  let derived: DerivedState | undefined;
  if (last) {
    const permissionPending = findLastIndex(ev, (e) => e.event === 'Notification' && e.notification === 'permission_prompt');
    const resolvedAfter = ev.slice(permissionPending + 1).some((e) => e.event === 'PostToolUse' || e.event === 'Stop' || e.event === 'UserPromptSubmit');
    if (permissionPending >= 0 && !resolvedAfter && (!s || s.kind !== 'idle')) derived = { state: 'waiting-approval', reason: 'permission notification' };
    else if (ACTIVITY.has(last.event) || (last.event === 'Notification' && last.notification !== 'idle_prompt' && lastStopIdx < 0)) {
      derived = { state: 'working', reason: last.tool ? `${last.tool}${last.summary ? `: ${last.summary}` : ''}` : last.event };
    } else if (last.event === 'Stop' || (last.event === 'Notification' && last.notification === 'idle_prompt')) {
      if (completion?.status === 'COMPLETE') derived = { state: 'done', reason: 'WORKTREE_STATUS: COMPLETE' };
      else if (completion?.status === 'BLOCKED') derived = { state: 'blocked', reason: completion.reason ?? 'WORKTREE_STATUS: BLOCKED' };
      else if (stopMsg && /\?\s*$/.test(stopMsg.trim())) derived = { state: 'asking', reason: stopMsg.trim().split('\n').pop()!.slice(0, 120) };
      else derived = { state: 'idle', reason: 'turn over' };
    } else if (last.event === 'SessionStart') derived = { state: s?.kind === 'busy' ? 'working' : 'booting', reason: 'session started' };
    else if (last.event === 'SessionEnd') derived = { state: 'dead', reason: 'session ended' };
  }
  if (!derived && s) {
    if (s.completion?.status === 'COMPLETE') derived = { state: 'done', reason: 'WORKTREE_STATUS: COMPLETE on screen' };
    else if (s.completion?.status === 'BLOCKED') derived = { state: 'blocked', reason: s.completion.reason ?? 'WORKTREE_STATUS: BLOCKED' };
    else if (isBusy(s)) derived = { state: 'working', reason: 'busy on screen' };
    else if (s.kind === 'idle') derived = { state: ev.length ? 'idle' : 'booting', reason: ev.length ? 'input box ready' : 'no prompt submitted yet' };
    else if (s.kind === 'trust-folder' || s.kind === 'bypass-warning' || s.kind === 'blank') derived = { state: 'booting', reason: `screen: ${s.kind}` };
  }
  derived ??= { state: 'booting', reason: 'no events yet' };

  // The screen outranks a stale "working" from events when the CLI is visibly back at its prompt with the turn over.
  // Escape ends a turn without a Stop hook: the screen, back at an idle prompt under "Interrupted", says it is over.
  if (derived.state === 'working' && s?.kind === 'idle' && /^\s*⎿\s+Interrupted\b/m.test(s.tail)) derived = { state: 'idle', reason: 'interrupted (Escape); waiting at its prompt' };
  if (derived.state === 'working' && s?.kind === 'api-retrying') derived = { state: 'errored', reason: `API errors, retrying${s.problem ? `: "${s.problem}"` : ''}` };

  if (derived.state === 'working') {
    const lastEventAt = last ? Date.parse(last.at) : 0;
    const lastSign = Math.max(lastEventAt, i.lastChangeAt ?? 0);
    if (lastSign && i.now - lastSign > i.stuckAfterMs) derived = { state: 'stuck', reason: `no event, screen change or commit for ${Math.round((i.now - lastSign) / 60000)} min` };
  }
  if (prDone && (derived.state === 'idle' || derived.state === 'asking' || derived.state === 'stuck' || derived.state === 'booting')) {
    return { state: 'done', reason: prDone };
  }
  return derived;
}

function isBusy(s: ScreenReading): boolean {
  return s.kind === 'busy';
}

function findLastIndex<T>(a: T[], p: (x: T) => boolean): number {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k]!)) return k;
  return -1;
}
