import { z } from 'zod';
import type { Cause } from './why.js';
import type { LimitInfo } from './limits.js';
import type { WorkerEvent } from '../state/events.js';

/** Parts of command answers shared by several commands (beside the worker vocabulary of worker-json.ts). Pure. */

export const causeSchema = z.strictObject({
  kind: z.enum(['limited', 'permission', 'question', 'api-error', 'failing-loop', 'context-full', 'no-finish', 'working', 'other']),
  summary: z.string().describe('one line a person reads first'),
  evidence: z.array(z.string()).describe('quoted screen lines, event summaries, error lines'),
  transient: z.boolean().nullable().describe('api-error: whether a relaunch with --continue may help'),
  nearlyFullNow: z.boolean().nullable().describe('context-full: the screen says so now'),
});

export const causeJson = (c: Cause): z.infer<typeof causeSchema> => ({ kind: c.kind, summary: c.summary, evidence: c.evidence, transient: c.transient ?? null, nearlyFullNow: c.nearlyFullNow ?? null });

export const limitSchema = z.strictObject({
  kind: z.enum(['usage-limit', 'rate-limit', 'overloaded', 'auth']),
  accountWide: z.boolean(),
  since: z.string().nullable().describe('when the limit was hit (ISO)'),
  resetAt: z.string().nullable().describe('when it resets (ISO), when the evidence says'),
  resumable: z.boolean(),
  evidence: z.string(),
  source: z.enum(['screen', 'transcript', 'event']),
});

const isoOf = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

export const limitJson = (l: LimitInfo): z.infer<typeof limitSchema> => ({ kind: l.kind, accountWide: l.accountWide, since: isoOf(l.since), resetAt: isoOf(l.resetAt), resumable: l.resumable, evidence: l.evidence, source: l.source });

export const eventSchema = z.strictObject({
  at: z.string(),
  event: z.string().describe('hook event name (PreToolUse, Stop, ...) or orch event (FinishSucceeded, ...)'),
  tool: z.string().nullable(),
  summary: z.string().nullable(),
  notification: z.string().nullable(),
  blocked: z.string().nullable().describe('what the guard blocked'),
});

export const eventJson = (e: WorkerEvent): z.infer<typeof eventSchema> => ({ at: e.at, event: e.event, tool: e.tool ?? null, summary: e.summary ?? null, notification: e.notification ?? null, blocked: e.blocked ?? null });

/** Every error under --json. */
export const errorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('stable error code'),
    message: z.string(),
    hint: z.string().describe('what to do about it'),
  }),
});
