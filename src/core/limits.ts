/**
 * Limits a worker cannot work past: Claude's usage limit, API rate limiting (429), overload (529) once the CLI has
 * given up retrying, and an authentication failure. Pure: evidence in (screen, transcript tail, hook events), a
 * reading out. Text from screens and transcripts is only matched and quoted, never acted on.
 */
import type { ScreenReading } from './screens.js';
import type { WorkerEvent } from '../state/events.js';

export type LimitKind = 'usage-limit' | 'rate-limit' | 'overloaded' | 'auth';

export interface LimitInfo {
  kind: LimitKind;
  /** Every worker on the same account or key meets it too: the queue dispatches nothing new meanwhile. */
  accountWide: boolean;
  /** When the limit was hit (ms), when known. */
  since?: number | undefined;
  /** When it resets (ms), when the evidence says. */
  resetAt?: number | undefined;
  /** Whether orch may resume the worker by itself (never for a broken login: a human fixes that). */
  resumable: boolean;
  /** The line that shows it, quoted from the screen, transcript or hook event. */
  evidence: string;
  source: 'screen' | 'transcript' | 'event';
}

/** An API error the CLI recorded as the conversation's last answer (a `<synthetic>` assistant entry). */
export interface TranscriptApiError { at: string; status?: number | undefined; type?: string | undefined; text: string }

const USAGE_RE = /usage limit|limit reached|hit your (?:usage |session |weekly )?limit|(?:5-hour|weekly|opus) limit|out of (?:extra )?usage|credit balance is too low/i;
const AUTH_RE = /\b401\b|\b403\b|invalid api key|invalid x-api-key|authentication[_ ](?:error|failed)|oauth token (?:has )?expired|please run \/login|not logged in/i;
const OVERLOAD_RE = /\b529\b|overloaded/i;
const RATE_RE = /\b429\b|rate[_ ]?limit/i;

/** Which limit a line of error text names, if any. */
export function limitKindOf(text: string, status?: number): LimitKind | undefined {
  if (USAGE_RE.test(text)) return 'usage-limit';
  if (status === 401 || status === 403 || AUTH_RE.test(text)) return 'auth';
  if (status === 529 || OVERLOAD_RE.test(text)) return 'overloaded';
  if (status === 429 || RATE_RE.test(text)) return 'rate-limit';
  return undefined;
}

/**
 * A reset time in error text: an epoch after `|` (`Claude AI usage limit reached|1764262800`), an ISO time,
 * `resets 3pm` / `resets at 15:30` (the next such local time), or `try again in 34s` / `in 5 minutes`.
 */
export function resetTimeIn(text: string, now: number): number | undefined {
  const epoch = /(?:\||reset[s_ ]*(?:at)?[: ]*)(\d{10})\b/i.exec(text);
  if (epoch) return Number(epoch[1]) * 1000;
  const iso = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))/.exec(text);
  if (iso && Number.isFinite(Date.parse(iso[1]!))) return Date.parse(iso[1]!);
  const clock = /resets?\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i.exec(text);
  if (clock) {
    let h = Number(clock[1]);
    const m = Number(clock[2] ?? 0);
    const ap = clock[3]?.toLowerCase();
    if (ap === 'pm' && h < 12) h += 12;
    if (ap === 'am' && h === 12) h = 0;
    if (h < 24 && m < 60 && (clock[2] !== undefined || ap)) {
      const d = new Date(now);
      d.setHours(h, m, 0, 0);
      if (d.getTime() <= now) d.setDate(d.getDate() + 1);
      return d.getTime();
    }
  }
  const rel = /(?:try again|retry(?:ing)?)\s+in\s+(\d+)\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b/i.exec(text);
  if (rel) {
    const unit = rel[2]!.toLowerCase();
    const ms = unit.startsWith('h') ? 3_600_000 : unit.startsWith('m') ? 60_000 : 1000;
    return now + Number(rel[1]) * ms;
  }
  return undefined;
}

interface TLine { type?: string; timestamp?: string; isApiErrorMessage?: boolean; apiErrorStatus?: number; apiErrorType?: string; error?: string; message?: { role?: string; content?: unknown } }

/**
 * The transcript's last API error, when it is still the conversation's last word: an answer or a new prompt after it
 * means the worker went on. `tail` is the end of the transcript (a partial first line is skipped).
 */
export function lastApiError(tail: string): TranscriptApiError | undefined {
  // From the newest line back to the first that decides: an API error, or a message that came after one. Lines of
  // other kinds (progress, attachments, system) are passed over without parsing.
  const lines = tail.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const raw = lines[i]!;
    if (!raw.startsWith('{') || !(raw.includes('"assistant"') || raw.includes('"user"'))) continue;
    let l: TLine;
    try {
      l = JSON.parse(raw) as TLine;
    } catch {
      continue;
    }
    if (l.type === 'assistant' && l.isApiErrorMessage) {
      const c = l.message?.content;
      const text = Array.isArray(c) ? c.map((b: { text?: string }) => b.text ?? '').join(' ') : typeof c === 'string' ? c : (l.error ?? 'API error');
      return { at: l.timestamp ?? '', status: l.apiErrorStatus, type: l.apiErrorType ?? l.error, text: text.trim() };
    }
    if (l.type === 'assistant' || (l.type === 'user' && l.message?.role === 'user')) return undefined;
  }
  return undefined;
}

export interface LimitInput {
  now: number;
  screen?: ScreenReading | undefined;
  /** Recent hook events, oldest first. */
  events: WorkerEvent[];
  transcriptError?: TranscriptApiError | undefined;
}

const STOP_FAILURE_KIND: Record<string, LimitKind> = {
  rate_limit: 'rate-limit',
  overloaded: 'overloaded',
  overloaded_error: 'overloaded',
  authentication_failed: 'auth',
  authentication_error: 'auth',
  billing_error: 'usage-limit',
};

/**
 * Whether the worker stands still at a limit. Only once the CLI gave up: a screen still retrying, or activity after
 * the failure, means it is not (or no longer) limited.
 */
export function detectLimit(i: LimitInput): LimitInfo | undefined {
  const s = i.screen;
  if (s && (s.kind === 'busy' || s.kind === 'api-retrying' || s.kind === 'permission-prompt')) return undefined;
  const lastFailure = findLastIndex(i.events, (e) => e.event === 'StopFailure');
  const after = lastFailure >= 0 ? i.events.slice(lastFailure + 1) : [];
  const wentOn = after.some((e) => e.event === 'UserPromptSubmit' || e.event === 'PreToolUse' || e.event === 'Stop');
  const make = (kind: LimitKind, evidence: string, source: LimitInfo['source'], since: number | undefined): LimitInfo => {
    const resetAt = resetTimeIn(evidence, since ?? i.now);
    return { kind, accountWide: true, ...(since !== undefined ? { since } : {}), ...(resetAt !== undefined ? { resetAt } : {}), resumable: kind !== 'auth', evidence: evidence.slice(0, 300), source };
  };
  const t = i.transcriptError;
  const tAt = t?.at ? Date.parse(t.at) : undefined;
  // A prompt submitted after the error (a resume on its way) outranks the transcript until the next answer.
  const promptAfter = t && tAt !== undefined && i.events.some((e) => e.event === 'UserPromptSubmit' && Date.parse(e.at) > tAt);
  if (t && !promptAfter) {
    const kind = limitKindOf(t.text, t.status);
    if (kind) return make(kind, t.text, 'transcript', tAt);
  }
  if (s?.kind === 'api-error') {
    const line = s.problem ?? s.tail;
    const kind = limitKindOf(line);
    if (kind) return make(kind, line, 'screen', lastFailure >= 0 ? Date.parse(i.events[lastFailure]!.at) : undefined);
  }
  if (lastFailure >= 0 && !wentOn) {
    const e = i.events[lastFailure]!;
    const kind = (e.error && STOP_FAILURE_KIND[e.error]) || limitKindOf(`${e.error ?? ''} ${e.message ?? ''}`);
    if (kind) return make(kind, e.message ?? e.error ?? 'StopFailure', 'event', Date.parse(e.at));
  }
  return undefined;
}

const LABEL: Record<LimitKind, string> = {
  'usage-limit': 'usage limit reached',
  'rate-limit': 'rate limited (429)',
  overloaded: 'API overloaded (529)',
  auth: 'authentication failed',
};

/** When orch resumes it: the reset time, else `backoffMs` after the limit was hit. */
export function resumeAt(l: LimitInfo, now: number, backoffMs: number): number | undefined {
  if (!l.resumable) return undefined;
  return l.resetAt ?? (l.since ?? now) + backoffMs;
}

/** `rate limited (429) until 14:05 (retry after backoff): "API Error: ..."` */
export function limitReason(l: LimitInfo, now: number, backoffMs: number): string {
  const at = resumeAt(l, now, backoffMs);
  const until = !l.resumable ? ' until a human fixes the login' : at !== undefined ? ` until ${new Date(at).toISOString()}${l.resetAt === undefined ? ' (no reset time given: backoff)' : ''}` : '';
  return `${LABEL[l.kind]}${until}: "${l.evidence.replace(/\s+/g, ' ').slice(0, 200)}"`;
}

/** The prompt that resumes a worker after a limit reset: continue, do not restart. */
export function limitResumePrompt(l: LimitInfo): string {
  return `You were interrupted by an API limit (${LABEL[l.kind]}), which has now reset. CONTINUE the task in .claude-bootstrap.md from where you left off; do not restart from scratch. Check git status and git log first.`;
}

function findLastIndex<T>(a: T[], p: (x: T) => boolean): number {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k]!)) return k;
  return -1;
}
