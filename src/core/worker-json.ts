import { z } from 'zod';
import type { WorkerState } from './worker-state.js';
import type { CostSummary } from './usage.js';
import type { CiState, PrState, ReviewDecision } from './pull-requests.js';

/**
 * The one JSON vocabulary for a worker, used by every command that reports workers (list, status, dash, monitor,
 * health, why, start, resume, close, orchestrate, pull, the web dashboard). Times are ISO strings, durations
 * milliseconds, absent values null (never omitted); "unknown" is null, never a reassuring 0.
 */

const iso = () => z.string().describe('ISO 8601 time');

export const WORKER_STATES = ['booting', 'working', 'idle', 'waiting-approval', 'asking', 'blocked', 'errored', 'stuck', 'done', 'dead', 'finish-failed', 'limited', 'not-launched'] as const satisfies readonly WorkerState[];

const tokenCounts = z.strictObject({ input: z.number(), output: z.number(), cacheRead: z.number(), cacheWrite: z.number() });

export const costSchema = z
  .strictObject({
    tokens: z.strictObject({ input: z.number(), output: z.number(), cacheRead: z.number(), cacheWrite: z.number(), total: z.number() }).describe('tokens of every model, by kind'),
    models: z.record(z.string(), tokenCounts).describe('tokens per model'),
    turns: z.number().int().describe('model answers (API responses)'),
    wallMs: z.number().describe('first to last transcript entry, in milliseconds'),
    usd: z.number().nullable().describe('estimated USD; null when a model has no price (unknown, never 0)'),
    unpricedModels: z.array(z.string()).describe('models with tokens but no price'),
  })
  .describe('tokens, turns, wall time and estimated cost from the transcripts');

export const collisionRowSchema = z.strictObject({
  with: z.string().describe('the other worker'),
  file: z.string(),
  lines: z.array(z.strictObject({ start: z.number().int(), end: z.number().int() })).describe('overlapping base-side line ranges; empty when both change the file in different places'),
  whole: z.boolean().describe('both add the file (or change it as binary): all of it collides'),
});

export const serverJsonSchema = z.strictObject({
  part: z.string().describe('`frontend` or `backend`'),
  port: z.number().int(),
  url: z.string(),
  running: z.boolean(),
});

export const workerJsonShape = {
  name: z.string().describe('worker name, also its window name'),
  host: z.string().describe('`local`, or the configured host it runs on'),
  kind: z.enum(['task', 'issue', 'orchestrator', 'reviewer']),
  issue: z.number().int().nullable().describe('GitHub issue number'),
  title: z.string().nullable().describe('task or issue title'),
  branch: z.string().nullable().describe('null: a detached worktree'),
  base: z.string().describe('the base branch'),
  worktree: z.string().describe('absolute path of its worktree (on its host)'),
  batch: z.string().nullable().describe('id of the batch that created it'),
  window: z.strictObject({ name: z.string(), alive: z.boolean().describe('false when the window is dead or missing') }),
  state: z.strictObject({
    name: z.enum(WORKER_STATES),
    reason: z.string(),
    since: iso().nullable().describe('time of the newest event the state was derived from; null without events'),
    until: iso().nullable().describe('limited: when orch resumes it'),
  }),
  why: z.string().nullable().describe("`orch why`'s first cause for a worker that is not simply working, booting or done; null otherwise or when not computed"),
  ahead: z.number().int().nullable().describe('commits on its branch not on the base; null when git was not read'),
  behind: z.number().int().nullable().describe('commits on the base not on its branch; null when git was not read'),
  uncommitted: z
    .strictObject({
      count: z.number().int(),
      files: z.array(z.string()).nullable().describe('paths relative to the worktree; null when only the count is known (remote hosts)'),
    })
    .nullable()
    .describe('null when git could not read the worktree (unknown, never 0)'),
  pr: z
    .strictObject({
      number: z.number().int(),
      state: z.enum(['OPEN', 'DRAFT', 'MERGED', 'CLOSED']).nullable(),
      ci: z.enum(['PASSING', 'FAILING', 'PENDING', 'none']).nullable(),
      review: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'REVIEW_REQUIRED', 'none']).nullable(),
      url: z.string().nullable(),
    })
    .nullable()
    .describe('its pull request; null when there is none; inner fields null when GitHub was not asked'),
  cost: costSchema.nullable(),
  server: z.array(serverJsonSchema).describe('dev servers orch started for it (empty when none)'),
  collisions: z.array(collisionRowSchema).describe('files it changes that another live worker changes too'),
};

export const workerJsonSchema = z.strictObject(workerJsonShape).describe('a worker, in the vocabulary every command shares');
export type WorkerJson = z.infer<typeof workerJsonSchema>;

/** What the builder reads: WorkerFacts (flows/watch/inspect.ts) satisfies it. */
export interface WorkerJsonInput {
  rec: { name: string; host?: string | undefined; kind: WorkerJson['kind']; issue?: number | undefined; title?: string | undefined; branch?: string | undefined; base: string; worktree: string; batch?: string | undefined; window: string; pr?: number | undefined };
  window: { dead: boolean } | undefined;
  events: ReadonlyArray<{ at: string }>;
  git: { uncommitted: number | null; files?: string[] | undefined; ahead: number; behind: number } | undefined;
  state: { state: WorkerState; reason: string; until?: string | undefined };
  usage?: CostSummary | undefined;
}

export interface WorkerJsonExtras {
  why?: string | null | undefined;
  /** What GitHub said about its PR, when it was asked. */
  pr?: { number?: number | undefined; state: PrState; ci: CiState; review: ReviewDecision; url: string } | undefined;
  server?: ReadonlyArray<{ part: string; port: number; url: string; running: boolean }> | undefined;
  collisions?: ReadonlyArray<{ with: string; file: string; lines: Array<{ start: number; end: number }>; whole?: boolean | undefined }> | undefined;
}

const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** States a person needs no reason for: `why` is null for them. */
export const PLAIN_STATES: readonly WorkerState[] = ['working', 'booting', 'done'];

/** The `why` field: the first cause's summary, unless the state speaks for itself. */
export const whyField = (state: WorkerState, firstCause: () => string): string | null => (PLAIN_STATES.includes(state) ? null : firstCause());

/** The vocabulary from inspected facts. Pure. */
export function workerJson(f: WorkerJsonInput, x: WorkerJsonExtras = {}): WorkerJson {
  const r = f.rec;
  const last = f.events[f.events.length - 1];
  const prNumber = x.pr?.number ?? r.pr;
  return {
    name: r.name,
    host: r.host ?? 'local',
    kind: r.kind,
    issue: nul(r.issue),
    title: nul(r.title),
    branch: nul(r.branch),
    base: r.base,
    worktree: r.worktree,
    batch: nul(r.batch),
    window: { name: r.window, alive: Boolean(f.window && !f.window.dead) },
    state: { name: f.state.state, reason: f.state.reason, since: last?.at ?? null, until: f.state.until ?? null },
    why: x.why ?? null,
    ahead: f.git ? f.git.ahead : null,
    behind: f.git ? f.git.behind : null,
    uncommitted: f.git && f.git.uncommitted !== null ? { count: f.git.uncommitted, files: f.git.files ?? null } : null,
    pr: prNumber === undefined ? null : { number: prNumber, state: x.pr?.state ?? null, ci: x.pr?.ci ?? null, review: x.pr?.review ?? null, url: x.pr?.url ?? null },
    cost: f.usage ?? null,
    server: (x.server ?? []).map((s) => ({ part: s.part, port: s.port, url: s.url, running: s.running })),
    collisions: (x.collisions ?? []).map((c) => ({ with: c.with, file: c.file, lines: c.lines.map((l) => ({ start: l.start, end: l.end })), whole: Boolean(c.whole) })),
  };
}

/** A worker known only by its record (no inspection yet: just created, or a record about to be removed). */
export function recordJson(rec: WorkerJsonInput['rec'], o: { alive?: boolean; state?: WorkerJsonInput['state'] } = {}): WorkerJson {
  return workerJson({ rec, window: o.alive ? { dead: false } : undefined, events: [], git: undefined, state: o.state ?? { state: 'booting', reason: 'just started' } });
}

/** Counts by state name (every state present, 0 when none): dash totals, the orchestrator's summary. */
export const stateCountsSchema = z.strictObject(Object.fromEntries(WORKER_STATES.map((s) => [s, z.number().int()])) as Record<(typeof WORKER_STATES)[number], z.ZodNumber>);
export type StateCounts = z.infer<typeof stateCountsSchema>;

export function stateCounts(rows: ReadonlyArray<{ state: { name: WorkerState } }>): StateCounts {
  const out = Object.fromEntries(WORKER_STATES.map((s) => [s, 0])) as StateCounts;
  for (const r of rows) out[r.state.name]++;
  return out;
}
