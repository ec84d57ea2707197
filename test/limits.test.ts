import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyScreen } from '../src/core/screens.js';
import { detectLimit, lastApiError, limitKindOf, limitReason, resetTimeIn, resumeAt, type LimitKind } from '../src/core/limits.js';
import { deriveState } from '../src/core/worker-state.js';

const DIR = fileURLToPath(new URL('./fixtures/claude-screens/', import.meta.url));
const TDIR = fileURLToPath(new URL('./fixtures/transcripts/', import.meta.url));
const NOT_SCREENS = /\.(?:cmd|exitcode|stderr|stdout)\.txt$|^(?:endpoints-contacted|version|help)\.txt$/;
const screen = (f: string) => classifyScreen(readFileSync(join(DIR, f), 'utf8'));

/** Every real capture that shows a limit the CLI gave up on; every other capture must read as no limit. */
const LIMITS: Record<string, { kind: LimitKind; resetAt?: number }> = {
  'fakekey-15-invalid-api-key-after-10-retries.txt': { kind: 'auth' },
  'v2.1.330-09-api-429-no-retry.txt': { kind: 'rate-limit' },
  'v2.1.330-11-api-429-gave-up-retry-after.txt': { kind: 'rate-limit' },
  'v2.1.330-12-api-429-gave-up-no-retry-after.txt': { kind: 'rate-limit' },
  'v2.1.330-13-api-529-gave-up-no-retry-after.txt': { kind: 'overloaded' },
  'v2.1.330-14-api-529-gave-up-retry-after.txt': { kind: 'overloaded' },
  'v2.1.330-15-api-429-usage-limit-reset.txt': { kind: 'usage-limit', resetAt: 1795808891000 },
  'v2.1.330-16-api-401-invalid-key.txt': { kind: 'auth' },
  'v2.1.332-api-429-final-after-10-retries.txt': { kind: 'rate-limit' },
};

const captures = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !NOT_SCREENS.test(f) && statSync(join(DIR, f)).isFile()).sort();

describe('detectLimit on every real capture', () => {
  it.each(captures)('%s', (f) => {
    const got = detectLimit({ now: 0, screen: screen(f), events: [] });
    const want = LIMITS[f];
    if (!want) return expect(got).toBeUndefined();
    expect(got).toMatchObject({ kind: want.kind, source: 'screen', accountWide: true, resumable: want.kind !== 'auth' });
    expect(got!.resetAt).toBe(want.resetAt);
    expect(got!.evidence).toBe(screen(f).problem);
  });

  it('a screen still retrying is not limited yet, whatever the transcript says', () => {
    const retrying = screen('rerun-nonet-06-retrying-attempt10.txt');
    expect(retrying.kind).toBe('api-retrying');
    const transcriptError = lastApiError(readFileSync(join(TDIR, 'v2.1.330-api-429-gave-up.jsonl'), 'utf8'));
    expect(detectLimit({ now: 0, screen: retrying, events: [], transcriptError })).toBeUndefined();
  });
});

describe('limits in real transcripts (the CLI records the error it gave up on as the last answer)', () => {
  it.each([
    ['v2.1.330-api-429-gave-up.jsonl', 429, 'rate-limit', undefined],
    ['v2.1.330-api-529-gave-up.jsonl', 529, 'overloaded', undefined],
    ['v2.1.330-api-429-usage-limit-reset.jsonl', 429, 'usage-limit', 1795808891000],
    ['v2.1.330-api-401.jsonl', 401, 'auth', undefined],
  ] as const)('%s', (f, status, kind, resetAt) => {
    const e = lastApiError(readFileSync(join(TDIR, f), 'utf8'))!;
    expect(e.status).toBe(status);
    const got = detectLimit({ now: 0, events: [], transcriptError: e })!;
    expect(got).toMatchObject({ kind, source: 'transcript', since: Date.parse(e.at) });
    expect(got.resetAt).toBe(resetAt);
  });

  it('a successful answer after the error, or a prompt submitted after it, ends the limit', () => {
    const text = readFileSync(join(TDIR, 'v2.1.330-api-429-gave-up.jsonl'), 'utf8');
    const ok = readFileSync(join(TDIR, 'v2.1.330-bash-tool-turn.jsonl'), 'utf8');
    expect(lastApiError(text + ok)).toBeUndefined();
    const e = lastApiError(text)!;
    const later = new Date(Date.parse(e.at) + 1000).toISOString();
    expect(detectLimit({ now: 0, events: [{ at: later, event: 'UserPromptSubmit' }], transcriptError: e })).toBeUndefined();
    expect(lastApiError(ok)).toBeUndefined();
  });
});

describe('hook events', () => {
  it.each([
    ['rate_limit', 'rate-limit'],
    ['overloaded', 'overloaded'],
    ['authentication_failed', 'auth'],
    ['billing_error', 'usage-limit'],
  ] as const)('StopFailure %s -> %s, until the worker goes on', (error, kind) => {
    const at = '2026-11-27T18:00:00.000Z';
    const events = [{ at, event: 'StopFailure', error, message: 'API Error' }];
    expect(detectLimit({ now: 0, events })).toMatchObject({ kind, source: 'event', since: Date.parse(at) });
    expect(detectLimit({ now: 0, events: [...events, { at, event: 'UserPromptSubmit' }] })).toBeUndefined();
  });
});

describe('reading the limit', () => {
  const now = Date.parse('2026-11-27T10:00:00');
  it.each([
    ['Claude AI usage limit reached|1795808891', 1795808891000],
    ['limit reached, resets at 2026-11-27T12:30:00Z', Date.parse('2026-11-27T12:30:00Z')],
    ["You've hit your limit · resets 3pm", Date.parse('2026-11-27T15:00:00')],
    ['5-hour limit reached ∙ resets 9:30am', Date.parse('2026-11-28T09:30:00')],
    ['429 rate limit · retrying in 34s', now + 34_000],
    ['try again in 5 minutes', now + 300_000],
    ['This request would exceed your rate limit. Please try again later.', undefined],
    ['resets 3 things', undefined],
  ])('%s', (text, want) => {
    expect(resetTimeIn(text, now)).toBe(want);
  });

  it.each([
    ['API Error: Request rejected (429) · usage limit', 'usage-limit'],
    ['Invalid API key · Fix external API key', 'auth'],
    ['OAuth token has expired. Please run /login', 'auth'],
    ['API Error: 529 Overloaded.', 'overloaded'],
    ['API Error: Request rejected (429) · slow down', 'rate-limit'],
    ['API Error: 500 Internal server error', undefined],
    ['API Error: Unable to connect to API (ConnectionRefused)', undefined],
  ] as const)('%s -> %s', (text, kind) => {
    expect(limitKindOf(text)).toBe(kind);
  });

  it('resumes at the reset, else after the backoff from when it was hit; a login failure is never resumed', () => {
    const base = { accountWide: true, evidence: 'x', source: 'screen' as const };
    expect(resumeAt({ ...base, kind: 'usage-limit', resumable: true, resetAt: 5000, since: 1000 }, 0, 60_000)).toBe(5000);
    expect(resumeAt({ ...base, kind: 'rate-limit', resumable: true, since: 1000 }, 0, 60_000)).toBe(61_000);
    expect(resumeAt({ ...base, kind: 'auth', resumable: false }, 0, 60_000)).toBeUndefined();
    expect(limitReason({ ...base, kind: 'auth', resumable: false, evidence: 'Invalid API key' }, 0, 1)).toBe('authentication failed until a human fixes the login: "Invalid API key"');
  });
});

describe('deriveState: limited', () => {
  const s = screen('v2.1.330-13-api-529-gave-up-no-retry-after.txt');
  const limit = detectLimit({ now: 0, screen: s, events: [] })!;
  const base = { now: Date.parse('2026-11-27T10:00:00Z'), events: [{ at: '2026-11-27T09:59:00.000Z', event: 'UserPromptSubmit' }], screen: s, stuckAfterMs: 600_000 };
  it('an alive worker at a limit is limited, with when orch resumes it', () => {
    const d = deriveState({ ...base, window: { exists: true, dead: false }, limit: { ...limit, since: base.now }, limitBackoffMs: 60_000 });
    expect(d.state).toBe('limited');
    expect(d.until).toBe('2026-11-27T10:01:00.000Z');
    expect(d.reason).toBe(`API overloaded (529) until 2026-11-27T10:01:00.000Z (no reset time given: backoff): "${s.problem}"`);
  });
  it('without the limit reading the same screen is an error, as before', () => {
    expect(deriveState({ ...base, window: { exists: true, dead: false } }).state).toBe('errored');
  });
});
