import { describe, expect, it } from 'vitest';
import { decideAction, type PolicyInput } from '../src/core/monitor-policy.js';

const T = 1_000_000;
const input = (over: Partial<PolicyInput>): PolicyInput => ({
  name: 'fix-3-x',
  state: 'finish-failed',
  screenKind: 'idle',
  claimedComplete: true,
  testsReported: true,
  hasTestCommands: true,
  hasPr: false,
  now: T,
  lastNudgeAt: undefined,
  lastNudgeFor: undefined,
  stateSince: T - 5_000,
  nudgeEveryMs: 300_000,
  idleGraceMs: 30_000,
  orchCommand: 'orch',
  reason: 'orch finish failed: tests failed: root (`npm test` exited with 1) | 1 failing',
  ...over,
});

describe('the monitor sends a failed finish to its worker once', () => {
  it.each<[string, Partial<PolicyInput>, string]>([
    ['first time in finish-failed', {}, 'nudge'],
    ['already told during this failure', { lastNudgeAt: T - 1_000, lastNudgeFor: 'finish-failed' }, 'report'],
    ['told about an earlier failure; this is a new one', { lastNudgeAt: T - 60_000, lastNudgeFor: 'finish-failed', stateSince: T - 5_000 }, 'nudge'],
    ['nudged for something else before', { lastNudgeAt: T - 1_000, lastNudgeFor: 'idle' }, 'nudge'],
  ])('%s', (_l, over, kind) => {
    const a = decideAction(input(over));
    expect(a.kind).toBe(kind);
    if (a.kind === 'nudge') {
      expect(a.reason).toBe('finish-failed');
      expect(a.message).toContain('tests failed: root (`npm test` exited with 1) | 1 failing');
      expect(a.message).toContain('orch finish fix-3-x');
    }
  });
});
