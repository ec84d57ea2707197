import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveState } from '../src/core/worker-state.js';
import { readRecentEvents } from '../src/state/events.js';
import { ORCH_BIN } from './support/project.js';

// Runs the built CLI (`npm run build` first) exactly as Claude Code's hooks do: payload on stdin, events file
// named by --events, guard.json one folder up (where `orch start` writes it).
const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-guard-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'guard.json'), JSON.stringify({ deny: [], disable: [], base: 'main', protected: ['release'] }));
mkdirSync(path.join(dir, 'events'));
const SESSION = '8e51b100-5873-4796-8043-ba3b85805c59';

function hook(events: string, event: string, payload: Record<string, unknown>) {
  return spawnSync(process.execPath, [ORCH_BIN, 'hook', event, '--events', events], { input: JSON.stringify({ session_id: SESSION, hook_event_name: event, ...payload }), encoding: 'utf8' });
}
const lastLine = (events: string) => JSON.parse(readFileSync(events, 'utf8').trim().split('\n').pop()!) as Record<string, unknown>;

describe('orch hook PreToolUse (built binary): the guard sees through wrappers', () => {
  const events = path.join(dir, 'events', 'w1.jsonl');
  const bash = (command: string) => hook(events, 'PreToolUse', { tool_name: 'Bash', tool_input: { command } });

  it('blocks a push to main wrapped in a shell, sudo and env with exit 2, tells the worker why, and records it', () => {
    const r = bash('bash -lc "sudo env GIT_TRACE=1 git push origin HEAD:main"');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('orch guard: blocked. push-base: pushing to `main` is not allowed; push your own branch (orch finish does it).\n');
    expect(lastLine(events)).toMatchObject({ event: 'PreToolUse', tool: 'Bash', blocked: expect.stringMatching(/^push-base: /) });
  });

  it('lets the worker push its own branch and records the call unblocked', () => {
    const r = bash('git push -u origin HEAD');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const line = lastLine(events);
    expect(line).toMatchObject({ event: 'PreToolUse', summary: 'git push -u origin HEAD' });
    expect(line).not.toHaveProperty('blocked');
  });

  it('takes extra protected branches from guard.json', () => {
    const r = bash('git push origin HEAD:refs/heads/release');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pushing to `release` is not allowed');
  });

  it('explains what it cannot resolve', () => {
    const r = bash('echo main | xargs -I{} git push origin {}');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('push-unresolved: orch cannot tell which branch');
  });
});

describe('orch hook Stop (built binary): a long closing message keeps its completion report', () => {
  const report = (tail: string) => `I finished the task. Details follow.\n${'Changed a file and ran the tests again. '.repeat(60)}\n\n${tail}`;

  it('keeps WORKTREE_STATUS: COMPLETE from a 2,000+ character message, and the state machine reads done', () => {
    const events = path.join(dir, 'events', 'w2.jsonl');
    const msg = report('PR: https://github.com/o/r/pull/7\nTESTS_PASSED: 12/12\nWORKTREE_STATUS: COMPLETE');
    expect(msg.length).toBeGreaterThan(2000);
    expect(msg.slice(0, 400)).not.toContain('WORKTREE_STATUS'); // a plain head cut would lose it
    expect(hook(events, 'UserPromptSubmit', { prompt: 'do the task' }).status).toBe(0);
    expect(hook(events, 'Stop', { last_assistant_message: msg }).status).toBe(0);

    const recorded = readRecentEvents(events);
    const stop = recorded[recorded.length - 1]!;
    expect(stop.message!.length).toBeLessThan(800);
    expect(stop.message).toMatch(/^I finished the task\./);
    expect(stop.message).toMatch(/\nWORKTREE_STATUS: COMPLETE$/);
    const state = deriveState({ now: Date.now(), events: recorded, window: { exists: true, dead: false }, stuckAfterMs: 600_000 });
    expect(state).toEqual({ state: 'done', reason: 'WORKTREE_STATUS: COMPLETE' });
  });

  it('keeps BLOCKED with its REASON, and a closing question, the same way', () => {
    const blocked = path.join(dir, 'events', 'w3.jsonl');
    hook(blocked, 'Stop', { last_assistant_message: report('WORKTREE_STATUS: BLOCKED\nREASON: the API key is missing') });
    expect(deriveState({ now: Date.now(), events: readRecentEvents(blocked), window: { exists: true, dead: false }, stuckAfterMs: 600_000 })).toEqual({
      state: 'blocked',
      reason: 'the API key is missing',
    });
    const asking = path.join(dir, 'events', 'w4.jsonl');
    hook(asking, 'Stop', { last_assistant_message: report('Should I also update the docs?') });
    expect(deriveState({ now: Date.now(), events: readRecentEvents(asking), window: { exists: true, dead: false }, stuckAfterMs: 600_000 }).state).toBe('asking');
  });
});
