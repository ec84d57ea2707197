import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveState, type StateInput } from '../src/core/worker-state.js';
import { classifyScreen } from '../src/core/screens.js';
import type { WorkerEvent } from '../src/state/events.js';

const screen = (f: string) => classifyScreen(readFileSync(new URL(`./fixtures/claude-screens/${f}`, import.meta.url), 'utf8'));
const T0 = Date.parse('2026-11-22T10:00:00Z');
const ev = (sec: number, event: string, extra: Partial<WorkerEvent> = {}): WorkerEvent => ({ at: new Date(T0 + sec * 1000).toISOString(), event, ...extra });
const alive = { exists: true, dead: false };
const base = (over: Partial<StateInput>): StateInput => ({ now: T0 + 60_000, events: [], window: alive, stuckAfterMs: 600_000, ...over });

describe('deriveState: events first, then the screen, then liveness', () => {
  it.each<[string, Partial<StateInput>, string]>([
    ['no events, blank screen', { screen: screen('noskip-00-t0.5s.txt') }, 'booting'],
    ['trust prompt on screen', { screen: screen('fakekey-04-trust-folder.txt') }, 'booting'],
    ['idle input box, nothing sent yet', { screen: screen('fakekey-07-main.txt') }, 'booting'],
    ['prompt submitted', { events: [ev(0, 'SessionStart'), ev(1, 'UserPromptSubmit')] }, 'working'],
    ['tool running', { events: [ev(1, 'UserPromptSubmit'), ev(2, 'PreToolUse', { tool: 'Bash' })], screen: screen('default-04-busy-spinner-4s.txt') }, 'working'],
    ['turn over', { events: [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'Refactored the module.' })], screen: screen('default-07-response-done.txt') }, 'idle'],
    ['asked a question', { events: [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'Should I also update the docs?' })] }, 'asking'],
    ['claimed completion', { events: [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'WORKTREE_STATUS: COMPLETE\nPR: https://x/pull/1\nTESTS_PASSED: 3/3' })] }, 'done'],
    ['blocked', { events: [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'WORKTREE_STATUS: BLOCKED\nREASON: no API key' })] }, 'blocked'],
    ['permission prompt on screen', { events: [ev(1, 'UserPromptSubmit'), ev(2, 'PreToolUse', { tool: 'Bash' })], screen: screen('default-08-permission-prompt-bash.txt') }, 'waiting-approval'],
    ['permission notification', { events: [ev(1, 'UserPromptSubmit'), ev(2, 'PreToolUse', { tool: 'Bash' }), ev(8, 'Notification', { notification: 'permission_prompt' })] }, 'waiting-approval'],
    ['approved after the notification', { events: [ev(2, 'PreToolUse'), ev(8, 'Notification', { notification: 'permission_prompt' }), ev(20, 'PostToolUse')], screen: screen('default-09-after-approve-tool-done.txt') }, 'working'],
    ['API error on screen', { events: [ev(1, 'UserPromptSubmit')], screen: screen('fakekey-15-invalid-api-key-after-10-retries.txt') }, 'errored'],
    ['API retrying while "working"', { events: [ev(1, 'UserPromptSubmit')], screen: screen('fakekey-13-after-enter-3s.txt') }, 'errored'],
    ['process exited non-zero', { window: { exists: true, dead: true, deadStatus: 1 }, screen: screen('root-skip-perms-refused.txt') }, 'errored'],
    ['window gone', { window: { exists: false, dead: false }, events: [ev(1, 'UserPromptSubmit')] }, 'dead'],
    ['never launched (start --no-launch): no window, not one event', { window: { exists: false, dead: false } }, 'not-launched'],
    ['no window and only a SessionStart: it was launched, then died', { window: { exists: false, dead: false }, events: [ev(0, 'SessionStart')] }, 'dead'],
    ['window exists but no events yet: booting, not not-launched', { window: alive }, 'booting'],
    ['no window, no events, but a PR: done', { window: { exists: false, dead: false }, pr: { state: 'open' } }, 'done'],
    ['window gone after completion', { window: { exists: false, dead: false }, events: [ev(1, 'UserPromptSubmit'), ev(3, 'Stop', { message: 'WORKTREE_STATUS: COMPLETE' })] }, 'done'],
    ['exited cleanly', { window: { exists: true, dead: true, deadStatus: 0 }, screen: screen('fakekey-19-after-exit.txt') }, 'dead'],
    ['working but silent for 11 minutes', { now: T0 + 11 * 60_000, events: [ev(0, 'PreToolUse', { tool: 'Bash' })], lastChangeAt: T0 }, 'stuck'],
    ['silent events but the screen keeps changing', { now: T0 + 11 * 60_000, events: [ev(0, 'PreToolUse', { tool: 'Bash' })], lastChangeAt: T0 + 10.5 * 60_000 }, 'working'],
    ['PR open and idle', { events: [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'Pushed.' })], pr: { state: 'open' } }, 'done'],
    ['PR open but new work arrived (CI failure sent)', { events: [ev(5, 'Stop', { message: 'Pushed.' }), ev(9, 'UserPromptSubmit')], pr: { state: 'open' } }, 'working'],
  ])('%s', (_label, input, want) => {
    expect(deriveState(base(input)).state).toBe(want);
  });

  const complete = (sec: number) => ev(sec, 'Stop', { message: 'WORKTREE_STATUS: COMPLETE\nTESTS_PASSED: yes' });
  const failed = (sec: number) => ev(sec, 'FinishFailed', { failure: 'tests failed: root (`npm test` exited with 1)\n  1 failing' });
  const expected = { expected: true, succeeded: false };
  it.each<[string, Partial<StateInput>, string, RegExp]>([
    ['finish failed, then claimed completion', { events: [ev(1, 'UserPromptSubmit'), failed(3), complete(5)] }, 'finish-failed', /^orch finish failed: tests failed: root .*1 failing/s],
    ['finish failed, window gone after the claim', { window: { exists: false, dead: false }, events: [failed(3), complete(5)] }, 'finish-failed', /orch finish failed/],
    ['finish failed, then succeeded', { events: [failed(3), ev(4, 'FinishSucceeded', { pr: 7 }), complete(5)] }, 'done', /COMPLETE/],
    ['finish succeeded, a later one failed', { events: [ev(2, 'FinishSucceeded', { pr: 7 }), failed(4), complete(5)], finish: { expected: true, succeeded: true } }, 'finish-failed', /orch finish failed/],
    ['claimed without finishing, where a PR is expected', { events: [ev(1, 'UserPromptSubmit'), complete(5)], finish: expected }, 'finish-failed', /has not opened a pull request/],
    ['claimed without a finish event, record knows its PR', { events: [complete(5)], finish: { expected: true, succeeded: true } }, 'done', /COMPLETE/],
    ['claimed after a successful finish', { events: [ev(3, 'FinishSucceeded', { pr: 9 }), complete(5)], finish: expected }, 'done', /COMPLETE/],
    ['claimed where no PR is expected (no GitHub)', { events: [complete(5)], finish: { expected: false, succeeded: false } }, 'done', /COMPLETE/],
    ['claimed without pushing, where no GitHub but an origin', { events: [complete(5)], finish: { expected: true, succeeded: false, missing: 'has not pushed feature/x to origin' } }, 'finish-failed', /COMPLETE, but `orch finish` has not pushed feature\/x to origin$/],
    ['claimed with origin at its HEAD (pushed, no finish event)', { events: [complete(5)], finish: { expected: true, succeeded: true, missing: 'has not pushed feature/x to origin' } }, 'done', /COMPLETE/],
    ['a failed finish while still working is not a verdict yet', { events: [failed(3), ev(4, 'PreToolUse', { tool: 'Edit' })] }, 'working', /Edit/],
  ])('completion is verified: %s', (_label, input, want, reason) => {
    const d = deriveState(base(input));
    expect(d.state).toBe(want);
    expect(d.reason).toMatch(reason);
  });

  it('nothing is sticky: done -> working -> idle as new evidence arrives', () => {
    const events = [ev(1, 'UserPromptSubmit'), ev(5, 'Stop', { message: 'WORKTREE_STATUS: COMPLETE' })];
    expect(deriveState(base({ events })).state).toBe('done');
    events.push(ev(10, 'UserPromptSubmit'));
    expect(deriveState(base({ events })).state).toBe('working');
    events.push(ev(20, 'Stop', { message: 'Added the test.' }));
    expect(deriveState(base({ events })).state).toBe('idle');
    const waiting = [...events, ev(30, 'UserPromptSubmit'), ev(31, 'PreToolUse'), ev(35, 'Notification', { notification: 'permission_prompt' })];
    expect(deriveState(base({ events: waiting })).state).toBe('waiting-approval');
    expect(deriveState(base({ events: [...waiting, ev(40, 'PostToolUse')] })).state).toBe('working');
  });

  it('replays the real hook payload sequence of one approved tool turn', () => {
    const lines = readFileSync(new URL('./fixtures/claude-screens/hooks-payloads.jsonl', import.meta.url), 'utf8').trim().split('\n');
    const seen: string[] = [];
    const events: WorkerEvent[] = [];
    let t = 0;
    for (const l of lines) {
      const p = JSON.parse(l).stdin as { hook_event_name: string; tool_name?: string; notification_type?: string; last_assistant_message?: string };
      if (!['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'PostToolUse', 'Notification', 'Stop', 'SessionEnd'].includes(p.hook_event_name)) continue;
      events.push(ev(t++, p.hook_event_name, { ...(p.tool_name ? { tool: p.tool_name } : {}), ...(p.notification_type ? { notification: p.notification_type } : {}), ...(p.last_assistant_message ? { message: p.last_assistant_message } : {}) }));
      seen.push(deriveState(base({ now: T0 + t * 1000, events: [...events] })).state);
    }
    expect(seen).toContain('working');
    expect(seen).toContain('waiting-approval');
    expect(seen).toContain('idle');
  });
});
