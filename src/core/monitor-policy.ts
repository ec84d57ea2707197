import type { WorkerState } from './worker-state.js';

/** What the monitor does about a worker in a given state: pure, so every rule is table-tested. */
export type MonitorAction =
  | { kind: 'none'; why: string }
  | { kind: 'answer-trust' }
  | { kind: 'nudge'; message: string; reason: 'idle' | 'stuck' | 'untested' | 'finish-failed' }
  | { kind: 'report'; why: string };

export interface PolicyInput {
  name: string;
  state: WorkerState;
  screenKind: string | undefined;
  /** The worker claimed WORKTREE_STATUS: COMPLETE. */
  claimedComplete: boolean;
  /** It named tests it ran (TESTS_PASSED with something other than none). */
  testsReported: boolean;
  hasTestCommands: boolean;
  hasPr: boolean;
  now: number;
  lastNudgeAt: number | undefined;
  lastNudgeFor: string | undefined;
  /** When the current state began (ms). */
  stateSince: number;
  nudgeEveryMs: number;
  /** An idle worker is nudged only after it stayed idle this long (a turn may end just before the next starts). */
  idleGraceMs: number;
  orchCommand: string;
  /** The derived state's reason (for finish-failed: the failure's last lines). */
  reason?: string | undefined;
}

export function decideAction(p: PolicyInput): MonitorAction {
  if (p.screenKind === 'trust-folder') return { kind: 'answer-trust' };
  const recentlyNudged = (reason: string) => p.lastNudgeAt !== undefined && p.lastNudgeFor === reason && p.now - p.lastNudgeAt < p.nudgeEveryMs;
  switch (p.state) {
    case 'working':
      return { kind: 'none', why: 'working; never typed into' };
    case 'booting':
      return { kind: 'none', why: 'booting' };
    case 'done':
      if (p.claimedComplete && !p.hasPr && p.hasTestCommands && !p.testsReported) {
        if (recentlyNudged('untested')) return { kind: 'none', why: 'waiting after the tests reminder' };
        return {
          kind: 'nudge',
          reason: 'untested',
          message: `STOP: do not report completion without running the tests. Run the test commands from .claude-bootstrap.md, fix failures, then run \`${p.orchCommand} finish ${p.name}\` and report TESTS_PASSED.`,
        };
      }
      return { kind: 'none', why: 'done; no longer watched' };
    case 'idle':
      if (p.now - p.stateSince < p.idleGraceMs) return { kind: 'none', why: 'idle; giving it a moment' };
      if (recentlyNudged('idle')) return { kind: 'none', why: 'idle; nudged recently' };
      return {
        kind: 'nudge',
        reason: 'idle',
        message: `Status check: your task is not finished. Continue it; when it is done, run the tests and \`${p.orchCommand} finish ${p.name}\`, then end with the WORKTREE_STATUS lines from .claude-bootstrap.md.`,
      };
    case 'stuck':
      if (recentlyNudged('stuck')) return { kind: 'report', why: 'still stuck after a nudge: needs a human' };
      return {
        kind: 'nudge',
        reason: 'stuck',
        message: 'Status check: what are you working on? Re-read .claude-bootstrap.md, then continue. If you cannot proceed, end with WORKTREE_STATUS: BLOCKED and REASON.',
      };
    case 'finish-failed':
      // Sent once per failure: a new attempt moves the worker out of this state, and a new failure back into it.
      if (p.lastNudgeFor === 'finish-failed' && p.lastNudgeAt !== undefined && p.lastNudgeAt >= p.stateSince) return { kind: 'report', why: 'finish-failed: told once; needs a human if it stays' };
      return {
        kind: 'nudge',
        reason: 'finish-failed',
        message: `Your work is not done: ${p.reason ?? 'orch finish did not succeed'}. Fix what it reports, run \`${p.orchCommand} finish ${p.name}\` again, and end with WORKTREE_STATUS: COMPLETE only after it succeeds (or WORKTREE_STATUS: BLOCKED with REASON).`,
      };
    case 'not-launched':
      // Created with --no-launch on purpose: launching it is the user's call (`orch resume`).
      return { kind: 'none', why: 'not launched (--no-launch); `orch resume` launches it' };
    case 'limited':
      // Resumed by the monitor's limit handling after the reset (limits.autoResume); never nudged meanwhile.
      return { kind: 'none', why: 'limited; waits for the reset' };
    case 'waiting-approval':
    case 'asking':
    case 'blocked':
    case 'errored':
    case 'dead':
      return { kind: 'report', why: `${p.state}: needs a human` };
  }
}
