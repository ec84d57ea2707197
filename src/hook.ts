// The hot path: runs on every tool call of every worker. Only node:fs and node:path; no config search,
// no zod, no octokit. It appends one line to the worker's events file and, for PreToolUse, applies the guard.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GuardConfig, guardVerdict } from './core/guard.js';

interface Payload {
  session_id?: string;
  transcript_path?: string;
  hook_event_name?: string;
  tool_name?: string;
  tool_input?: Record<string, unknown>;
  notification_type?: string;
  message?: string;
  last_assistant_message?: string;
  source?: string;
  reason?: string;
  /** StopFailure: the error kind (rate_limit, overloaded, authentication_failed, ...); PostToolUseFailure: the error text. */
  error?: unknown;
  /** PreCompact / PostCompact: manual or auto. */
  trigger?: string;
}

function summarize(tool: string | undefined, input: Record<string, unknown> | undefined): string | undefined {
  if (!tool || !input) return undefined;
  const v = input.command ?? input.file_path ?? input.path ?? input.pattern ?? input.url ?? input.description ?? input.prompt;
  if (typeof v !== 'string') return undefined;
  const one = v.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}

function short(s: unknown, n = 400): string | undefined {
  if (typeof s !== 'string') return undefined;
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

/**
 * A message cut to its head, plus the lines the worker state machine reads: the completion report
 * (WORKTREE_STATUS and its REASON, usually at the very end of a long closing message) and the last line
 * (a question there means the worker is asking). Event lines stay small and the state stays right.
 */
function message(s: unknown, n = 400): string | undefined {
  if (typeof s !== 'string' || s.length <= n) return short(s, n);
  const lines = s.split('\n');
  const kept = lines.filter((l) => /WORKTREE_STATUS:|^\s*REASON:/.test(l)).slice(-4);
  const last = lines.findLast((l) => l.trim() !== '');
  if (last !== undefined && kept[kept.length - 1] !== last) kept.push(last);
  return [short(s, n), ...kept.map((l) => short(l.trim(), 200))].join('\n');
}

/**
 * Returns the process exit code: 0, or 2 when the guard blocks a PreToolUse call (stderr reaches the worker).
 * `guard` is core/guard.js's guardVerdict, which the caller loads for PreToolUse only (the other events run
 * without parsing shell); a Bash call without it is blocked, never let through.
 */
export function runHook(event: string, argv: string[], stdin: string, env: NodeJS.ProcessEnv, guard?: typeof guardVerdict): { code: number; stderr?: string } {
  const i = argv.indexOf('--events');
  const file = i >= 0 ? argv[i + 1] : env.ORCH_EVENTS_FILE;
  if (!file) return { code: 0 };
  let p: Payload | undefined;
  try {
    p = JSON.parse(stdin) as Payload;
  } catch {
    p = undefined;
  }
  const line: Record<string, unknown> = { at: new Date().toISOString(), event };
  let verdict: string | undefined;
  if (!p || typeof p !== 'object') line.malformed = true;
  else {
    line.session = p.session_id;
    line.transcript = p.transcript_path;
    if (p.tool_name) line.tool = p.tool_name;
    const sum = summarize(p.tool_name, p.tool_input);
    if (sum) line.summary = sum;
    if (p.notification_type) line.notification = p.notification_type;
    const msg = message(p.message ?? p.last_assistant_message);
    if (msg) line.message = msg;
    if (p.source) line.source = p.source;
    if (p.reason) line.reason = p.reason;
    const err = short(typeof p.error === 'string' ? p.error : undefined, 300);
    if (err) line.error = err;
    if (p.trigger) line.trigger = p.trigger;
    if (event === 'PreToolUse' && p.tool_name === 'Bash' && typeof p.tool_input?.command === 'string') {
      verdict = guard ? guard(p.tool_input.command, readGuard(file)) : 'the guard could not be loaded, so nothing runs unchecked; run `orch doctor`.';
      if (verdict) line.blocked = verdict;
    }
  }
  try {
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  } catch {
    /* never block the worker because bookkeeping failed */
  }
  return verdict ? { code: 2, stderr: `orch guard: blocked. ${verdict}\n` } : { code: 0 };
}

function readGuard(eventsFile: string): GuardConfig | undefined {
  try {
    return JSON.parse(readFileSync(path.join(path.dirname(eventsFile), '..', 'guard.json'), 'utf8'));
  } catch {
    return undefined;
  }
}
