import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyScreen } from '../src/core/screens.js';
import { deriveState } from '../src/core/worker-state.js';
import { detectLimit, lastApiError } from '../src/core/limits.js';
import { explain, renderCauses, type CauseKind } from '../src/core/why.js';
import type { WorkerEvent } from '../src/state/events.js';

/** Real sessions (Claude Code 2.1.330 driven by orch against the scripted model), recorded by test/support/record-sessions.ts. */
const DIR = fileURLToPath(new URL('./fixtures/sessions/', import.meta.url));
interface Session { events: WorkerEvent[]; screen: string; transcript: string }
const load = (f: string): Session => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Session;

function why(s: Session, now?: number) {
  const at = now ?? Date.parse(s.events.at(-1)!.at) + 5000;
  const screen = classifyScreen(s.screen);
  const limit = detectLimit({ now: at, screen, events: s.events, transcriptError: lastApiError(s.transcript) });
  const state = deriveState({ now: at, events: s.events, screen, window: { exists: true, dead: false }, stuckAfterMs: 600_000, limit, limitBackoffMs: 60_000 });
  return { state, causes: explain({ now: at, state, events: s.events, screen, limit, transcriptTail: s.transcript, limitBackoffMs: 60_000 }) };
}

const TABLE: Record<string, { state: string; kind: CauseKind; summary: RegExp | string; evidence?: RegExp }> = {
  'permission.json': { state: 'waiting-approval', kind: 'permission', summary: /^waiting on a permission for .*rm -rf build\/cache/, evidence: /Do you want to proceed\?/ },
  'question.json': { state: 'asking', kind: 'question', summary: 'asked a question: "Should the new table live in Postgres or in SQLite?"' },
  'no-finish.json': { state: 'idle', kind: 'no-finish', summary: 'finished its turn without running `orch finish`', evidence: /I implemented and committed the change\./ },
  'failing-loop.json': {
    state: 'idle',
    kind: 'failing-loop',
    summary: `repeating a failing command: Bash "ls /no/such/dir" failed 4 times in a row; last error: "ls: cannot access '/no/such/dir': No such file or directory"`,
  },
  'context-full.json': { state: 'idle', kind: 'context-full', summary: /^context nearly full/, evidence: /auto-compact/ },
  'api-error.json': { state: 'errored', kind: 'api-error', summary: /^API error: "API Error: 500 Internal server error/ },
  'rate-limited.json': { state: 'limited', kind: 'limited', summary: /^rate limited \(429\) until .*: "API Error: Request rejected \(429\)/ },
};

describe('orch why on recorded sessions', () => {
  it('the table names every recorded session', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE))('%s', (f, want) => {
    const { state, causes } = why(load(f));
    expect(state.state).toBe(want.state);
    expect(causes[0]!.kind).toBe(want.kind);
    if (typeof want.summary === 'string') expect(causes[0]!.summary).toBe(want.summary);
    else expect(causes[0]!.summary).toMatch(want.summary);
    if (want.evidence) expect(causes[0]!.evidence.join('\n')).toMatch(want.evidence);
    expect(renderCauses('w', causes).split('\n')[0]).toBe(`w: ${causes[0]!.summary}`);
  });

  it('a transient API error may be relaunched; a limit is not an API error to relaunch', () => {
    expect(why(load('api-error.json')).causes[0]!.transient).toBe(true);
    expect(why(load('rate-limited.json')).causes.some((c) => c.kind === 'api-error')).toBe(false);
  });

  it('a worker that ran `orch finish` is not "without finish"; two failures are not yet a loop', () => {
    const s = load('no-finish.json');
    const stop = s.events.at(-1)!;
    const withFinish = [...s.events.slice(0, -1), { at: stop.at, event: 'PreToolUse', tool: 'Bash', summary: 'orch finish w' }, stop];
    expect(why({ ...s, events: withFinish }).causes.some((c) => c.kind === 'no-finish')).toBe(false);
    const loop = load('failing-loop.json');
    const failures = loop.events.filter((e) => e.event === 'PostToolUseFailure');
    const two = loop.events.filter((e) => e.event !== 'PostToolUseFailure' || failures.indexOf(e) >= failures.length - 2);
    expect(why({ ...loop, events: two }).causes.some((c) => c.kind === 'failing-loop')).toBe(false);
  });
});
