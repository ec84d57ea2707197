import {
  external_exports
} from "./chunk-YJVDTRRA.js";

// src/core/worker-json.ts
var iso = () => external_exports.string().describe("ISO 8601 time"), WORKER_STATES = ["booting", "working", "idle", "waiting-approval", "asking", "blocked", "errored", "stuck", "done", "dead", "finish-failed", "limited", "not-launched"], tokenCounts = external_exports.strictObject({ input: external_exports.number(), output: external_exports.number(), cacheRead: external_exports.number(), cacheWrite: external_exports.number() }), costSchema = external_exports.strictObject({
  tokens: external_exports.strictObject({ input: external_exports.number(), output: external_exports.number(), cacheRead: external_exports.number(), cacheWrite: external_exports.number(), total: external_exports.number() }).describe("tokens of every model, by kind"),
  models: external_exports.record(external_exports.string(), tokenCounts).describe("tokens per model"),
  turns: external_exports.number().int().describe("model answers (API responses)"),
  wallMs: external_exports.number().describe("first to last transcript entry, in milliseconds"),
  usd: external_exports.number().nullable().describe("estimated USD; null when a model has no price (unknown, never 0)"),
  unpricedModels: external_exports.array(external_exports.string()).describe("models with tokens but no price")
}).describe("tokens, turns, wall time and estimated cost from the transcripts"), collisionRowSchema = external_exports.strictObject({
  with: external_exports.string().describe("the other worker"),
  file: external_exports.string(),
  lines: external_exports.array(external_exports.strictObject({ start: external_exports.number().int(), end: external_exports.number().int() })).describe("overlapping base-side line ranges; empty when both change the file in different places"),
  whole: external_exports.boolean().describe("both add the file (or change it as binary): all of it collides")
}), serverJsonSchema = external_exports.strictObject({
  part: external_exports.string().describe("`frontend` or `backend`"),
  port: external_exports.number().int(),
  url: external_exports.string(),
  running: external_exports.boolean()
}), workerJsonShape = {
  name: external_exports.string().describe("worker name, also its window name"),
  host: external_exports.string().describe("`local`, or the configured host it runs on"),
  kind: external_exports.enum(["task", "issue", "orchestrator", "reviewer"]),
  issue: external_exports.number().int().nullable().describe("GitHub issue number"),
  title: external_exports.string().nullable().describe("task or issue title"),
  branch: external_exports.string().nullable().describe("null: a detached worktree"),
  base: external_exports.string().describe("the base branch"),
  worktree: external_exports.string().describe("absolute path of its worktree (on its host)"),
  batch: external_exports.string().nullable().describe("id of the batch that created it"),
  window: external_exports.strictObject({ name: external_exports.string(), alive: external_exports.boolean().describe("false when the window is dead or missing") }),
  state: external_exports.strictObject({
    name: external_exports.enum(WORKER_STATES),
    reason: external_exports.string(),
    since: iso().nullable().describe("time of the newest event the state was derived from; null without events"),
    until: iso().nullable().describe("limited: when orch resumes it")
  }),
  why: external_exports.string().nullable().describe("`orch why`'s first cause for a worker that is not simply working, booting or done; null otherwise or when not computed"),
  ahead: external_exports.number().int().nullable().describe("commits on its branch not on the base; null when git was not read"),
  behind: external_exports.number().int().nullable().describe("commits on the base not on its branch; null when git was not read"),
  uncommitted: external_exports.strictObject({
    count: external_exports.number().int(),
    files: external_exports.array(external_exports.string()).nullable().describe("paths relative to the worktree; null when only the count is known (remote hosts)")
  }).nullable().describe("null when git could not read the worktree (unknown, never 0)"),
  pr: external_exports.strictObject({
    number: external_exports.number().int(),
    state: external_exports.enum(["OPEN", "DRAFT", "MERGED", "CLOSED"]).nullable(),
    ci: external_exports.enum(["PASSING", "FAILING", "PENDING", "none"]).nullable(),
    review: external_exports.enum(["APPROVED", "CHANGES_REQUESTED", "REVIEW_REQUIRED", "none"]).nullable(),
    url: external_exports.string().nullable()
  }).nullable().describe("its pull request; null when there is none; inner fields null when GitHub was not asked"),
  cost: costSchema.nullable(),
  server: external_exports.array(serverJsonSchema).describe("dev servers orch started for it (empty when none)"),
  collisions: external_exports.array(collisionRowSchema).describe("files it changes that another live worker changes too")
}, workerJsonSchema = external_exports.strictObject(workerJsonShape).describe("a worker, in the vocabulary every command shares"), nul = (v) => v === void 0 ? null : v, PLAIN_STATES = ["working", "booting", "done"], whyField = (state, firstCause) => PLAIN_STATES.includes(state) ? null : firstCause();
function workerJson(f, x = {}) {
  let r = f.rec, last = f.events[f.events.length - 1], prNumber = x.pr?.number ?? r.pr;
  return {
    name: r.name,
    host: r.host ?? "local",
    kind: r.kind,
    issue: nul(r.issue),
    title: nul(r.title),
    branch: nul(r.branch),
    base: r.base,
    worktree: r.worktree,
    batch: nul(r.batch),
    window: { name: r.window, alive: !!(f.window && !f.window.dead) },
    state: { name: f.state.state, reason: f.state.reason, since: last?.at ?? null, until: f.state.until ?? null },
    why: x.why ?? null,
    ahead: f.git ? f.git.ahead : null,
    behind: f.git ? f.git.behind : null,
    uncommitted: f.git && f.git.uncommitted !== null ? { count: f.git.uncommitted, files: f.git.files ?? null } : null,
    pr: prNumber === void 0 ? null : { number: prNumber, state: x.pr?.state ?? null, ci: x.pr?.ci ?? null, review: x.pr?.review ?? null, url: x.pr?.url ?? null },
    cost: f.usage ?? null,
    server: (x.server ?? []).map((s) => ({ part: s.part, port: s.port, url: s.url, running: s.running })),
    collisions: (x.collisions ?? []).map((c) => ({ with: c.with, file: c.file, lines: c.lines.map((l) => ({ start: l.start, end: l.end })), whole: !!c.whole }))
  };
}
function recordJson(rec, o = {}) {
  return workerJson({ rec, window: o.alive ? { dead: !1 } : void 0, events: [], git: void 0, state: o.state ?? { state: "booting", reason: "just started" } });
}
var stateCountsSchema = external_exports.strictObject(Object.fromEntries(WORKER_STATES.map((s) => [s, external_exports.number().int()])));
function stateCounts(rows) {
  let out = Object.fromEntries(WORKER_STATES.map((s) => [s, 0]));
  for (let r of rows) out[r.state.name]++;
  return out;
}

// src/core/command-json.ts
var causeSchema = external_exports.strictObject({
  kind: external_exports.enum(["limited", "permission", "question", "api-error", "failing-loop", "context-full", "no-finish", "working", "other"]),
  summary: external_exports.string().describe("one line a person reads first"),
  evidence: external_exports.array(external_exports.string()).describe("quoted screen lines, event summaries, error lines"),
  transient: external_exports.boolean().nullable().describe("api-error: whether a relaunch with --continue may help"),
  nearlyFullNow: external_exports.boolean().nullable().describe("context-full: the screen says so now")
}), causeJson = (c) => ({ kind: c.kind, summary: c.summary, evidence: c.evidence, transient: c.transient ?? null, nearlyFullNow: c.nearlyFullNow ?? null }), limitSchema = external_exports.strictObject({
  kind: external_exports.enum(["usage-limit", "rate-limit", "overloaded", "auth"]),
  accountWide: external_exports.boolean(),
  since: external_exports.string().nullable().describe("when the limit was hit (ISO)"),
  resetAt: external_exports.string().nullable().describe("when it resets (ISO), when the evidence says"),
  resumable: external_exports.boolean(),
  evidence: external_exports.string(),
  source: external_exports.enum(["screen", "transcript", "event"])
}), isoOf = (ms) => ms === void 0 ? null : new Date(ms).toISOString(), limitJson = (l) => ({ kind: l.kind, accountWide: l.accountWide, since: isoOf(l.since), resetAt: isoOf(l.resetAt), resumable: l.resumable, evidence: l.evidence, source: l.source }), eventSchema = external_exports.strictObject({
  at: external_exports.string(),
  event: external_exports.string().describe("hook event name (PreToolUse, Stop, ...) or orch event (FinishSucceeded, ...)"),
  tool: external_exports.string().nullable(),
  summary: external_exports.string().nullable(),
  notification: external_exports.string().nullable(),
  blocked: external_exports.string().nullable().describe("what the guard blocked")
}), eventJson = (e) => ({ at: e.at, event: e.event, tool: e.tool ?? null, summary: e.summary ?? null, notification: e.notification ?? null, blocked: e.blocked ?? null }), errorSchema = external_exports.strictObject({
  error: external_exports.strictObject({
    code: external_exports.string().describe("stable error code"),
    message: external_exports.string(),
    hint: external_exports.string().describe("what to do about it")
  })
});

export {
  costSchema,
  workerJsonShape,
  workerJsonSchema,
  whyField,
  workerJson,
  recordJson,
  stateCountsSchema,
  stateCounts,
  causeSchema,
  causeJson,
  limitSchema,
  limitJson,
  eventSchema,
  eventJson,
  errorSchema
};
