import {
  causeSchema,
  costSchema,
  errorSchema,
  eventSchema,
  limitSchema,
  stateCountsSchema,
  workerJsonSchema,
  workerJsonShape
} from "../chunks/chunk-SVBYXOYY.js";
import {
  external_exports
} from "../chunks/chunk-YJVDTRRA.js";
import "../chunks/chunk-LHO2KLC4.js";

// src/core/json-schemas.ts
var s = external_exports.string(), int = () => external_exports.number().int(), nul = (t) => t.nullable(), worker = workerJsonSchema, costTotals = external_exports.strictObject({ total: costSchema, batches: external_exports.record(external_exports.string(), costSchema).describe("per batch id") }), collision = external_exports.strictObject({ a: s, b: s, file: s, lines: external_exports.array(external_exports.strictObject({ start: int(), end: int() })), whole: external_exports.boolean() }).describe("two live workers changing the same file"), refusal = external_exports.strictObject({ code: s, reason: s, force: external_exports.boolean().describe("whether --force lifts it") }), dashRow = external_exports.strictObject({ ...workerJsonShape, lastActivity: nul(s).describe("time of its newest event"), tool: nul(s).describe("its last tool call, e.g. `Bash: npm test`") }), monitorLine = external_exports.strictObject({ ...workerJsonShape, action: s.describe("what the cycle did: none, nudged (...), report (...), resumed ..."), at: s.describe("when the cycle observed it") }), healthExtras = {
  label: external_exports.enum(["READY", "NEEDS INSTALL", "NEEDS ENV", "SHARED CACHE", "ZOMBIE", "MISSING"]),
  exists: external_exports.boolean(),
  gitHealthy: external_exports.boolean(),
  lastCommit: nul(external_exports.strictObject({ sha: s, subject: s, date: s })),
  envFiles: external_exports.array(external_exports.strictObject({ file: s, present: external_exports.boolean(), inMain: external_exports.boolean() })),
  deps: external_exports.array(external_exports.strictObject({ path: s, state: s.describe("link state, or `installed`") })),
  sharedCaches: external_exports.array(s).describe("cache folders that resolve into the main checkout")
}, pollEntry = external_exports.strictObject({ name: s, reason: s }), prChecks = external_exports.strictObject({ name: s, pr: int(), checks: external_exports.array(s) }), serverList = external_exports.strictObject({
  name: s.describe("the checkout: a worker name or `main checkout`"),
  servers: external_exports.array(
    external_exports.strictObject({
      part: external_exports.enum(["frontend", "backend"]),
      port: int(),
      url: s,
      state: external_exports.enum(["UP", "DOWN"]),
      http: nul(int()).describe("HTTP status of the ready path"),
      pid: nul(int()),
      owner: external_exports.enum(["this worktree", "another worktree", "main checkout", "foreign", "none"]),
      ownerName: nul(s),
      holder: nul(external_exports.strictObject({ pid: nul(int()), command: s })),
      log: nul(s),
      note: nul(s)
    })
  )
}), verify = external_exports.strictObject({
  name: s,
  ref: s,
  checks: external_exports.array(external_exports.strictObject({ name: s, cmd: s, pass: external_exports.boolean(), ms: external_exports.number().describe("milliseconds"), tail: nul(s).describe("the last lines of a failing run") })),
  score: s,
  pass: external_exports.boolean(),
  kept: nul(external_exports.strictObject({ dir: s, reasons: external_exports.array(s) })).describe("the review checkout, when removing it would lose something")
}), aiStart = external_exports.strictObject({ workers: external_exports.array(external_exports.strictObject({ name: s, status: external_exports.enum(["started", "already running"]), worktree: s, attach: s })) }), aiStop = external_exports.strictObject({ name: s, windowClosed: external_exports.boolean(), worktreeRemoved: external_exports.boolean(), status: external_exports.enum(["stopped", "was not running"]), steps: external_exports.array(s) }), approval = external_exports.strictObject({ name: s, answer: external_exports.enum(["approve", "always", "deny"]), tool: nul(s).describe("the tool call the prompt asked about") }), listSchema = external_exports.strictObject({
  session: s,
  workers: external_exports.array(worker),
  collisions: external_exports.array(collision),
  costs: costTotals,
  queued: external_exports.array(external_exports.strictObject({ name: s, batch: s, issue: nul(int()), branch: s, heldFor: nul(s).describe("why it is held back") })),
  zombies: external_exports.array(s).describe("folders in worktreesPath git does not know"),
  orphanWindows: external_exports.array(s),
  missingWorktrees: external_exports.array(s).describe("registered workers whose worktree is gone")
}), JSON_SCHEMAS = {
  list: listSchema,
  status: external_exports.strictObject({
    ...workerJsonShape,
    started: s,
    lastActivity: nul(s),
    tool: nul(s).describe("the current (last) tool call"),
    lastPromptAt: nul(s),
    limit: nul(limitSchema),
    causes: external_exports.array(causeSchema).describe("`orch why`: what keeps it from going on"),
    events: external_exports.array(eventSchema).describe("its last 10 events"),
    screenTail: nul(s)
  }),
  why: external_exports.strictObject({ ...workerJsonShape, causes: external_exports.array(causeSchema) }),
  dash: external_exports.strictObject({
    workers: external_exports.array(dashRow),
    totals: external_exports.strictObject({ workers: int(), states: stateCountsSchema.describe("workers per state"), cost: costTotals }),
    needsHuman: external_exports.array(s).describe("names of workers in a state a person has to act on"),
    collisions: external_exports.array(collision),
    apiBudget: nul(external_exports.strictObject({ resource: s, limit: int(), remaining: int(), resetAt: s })).describe("the tightest GitHub rate-limit window, when GitHub was asked")
  }),
  "dash --web": external_exports.strictObject({ url: s, port: int() }),
  monitor: external_exports.strictObject({ workers: external_exports.array(monitorLine) }).describe("with --watch: one such object per line, each with the workers whose state changed or that were acted on"),
  health: external_exports.strictObject({
    workers: external_exports.array(external_exports.strictObject({ ...workerJsonShape, ...healthExtras })),
    zombies: external_exports.array(external_exports.strictObject({ name: s, worktree: s, branch: nul(s), uncommitted: workerJsonShape.uncommitted, behind: nul(int()), window: workerJsonShape.window, ...healthExtras })).describe("worktrees and folders in worktreesPath no worker owns")
  }),
  start: external_exports.union([
    external_exports.strictObject({ worker, launched: external_exports.boolean(), attach: s.describe("the command that shows its window") }),
    external_exports.strictObject({
      batch: s,
      tasks: external_exports.array(external_exports.strictObject({ name: s, dependsOn: external_exports.array(s), status: external_exports.enum(["dispatched", "not-launched", "failed", "queued"]), worker: nul(worker).describe("null while queued") }))
    }).describe("with --tasks <file>")
  ]),
  resume: external_exports.union([
    external_exports.strictObject({ ...workerJsonShape, action: s, repairs: external_exports.array(s), health: nul(s).describe("health label after the repairs") }),
    external_exports.strictObject({ name: s, action: s, repairs: external_exports.array(s), health: nul(s) })
  ]),
  close: external_exports.strictObject({
    name: s,
    status: external_exports.enum(["closed", "nothing-left"]),
    worker: nul(worker).describe("the worker just before it was closed; null when none was registered"),
    steps: external_exports.array(s),
    forced: external_exports.array(refusal).describe("refusals --force lifted"),
    branch: nul(external_exports.strictObject({ name: s, action: external_exports.enum(["kept", "deleted"]), why: s }))
  }),
  "orchestrate dashboard": external_exports.strictObject({
    batch: s,
    created: s,
    finished: external_exports.boolean(),
    workers: external_exports.array(worker).describe("live members, with what GitHub says of their PRs"),
    queued: external_exports.array(external_exports.strictObject({ name: s, reason: s, issue: nul(int()) })),
    cancelled: external_exports.array(pollEntry),
    closed: external_exports.array(pollEntry)
  }),
  "orchestrate poll": external_exports.strictObject({
    batch: s,
    readyForReview: external_exports.array(external_exports.strictObject({ name: s, pr: int(), url: s })),
    workers: external_exports.array(monitorLine).describe("the monitor's cycle over the live members"),
    sent: external_exports.array(external_exports.strictObject({ name: s, what: s })),
    cleaned: external_exports.array(s),
    blocked: external_exports.array(pollEntry),
    refused: external_exports.array(pollEntry),
    dispatched: external_exports.array(s),
    requeued: external_exports.array(pollEntry),
    cancelled: external_exports.array(s),
    finished: external_exports.boolean(),
    preExisting: external_exports.array(prChecks),
    flaky: external_exports.array(prChecks),
    ciExhausted: external_exports.array(external_exports.strictObject({ name: s, pr: int(), rounds: int() }))
  }).describe("with --loop: one such object per line, one per cycle"),
  "start-issues": external_exports.strictObject({
    dryRun: external_exports.boolean(),
    batch: nul(s),
    base: s,
    rows: external_exports.array(
      external_exports.strictObject({
        issue: int(),
        title: s,
        name: nul(s),
        branch: nul(s),
        status: external_exports.enum(["dispatched", "queued", "skipped", "failed", "would dispatch", "would queue"]),
        reason: nul(s),
        collisions: external_exports.array(external_exports.strictObject({ worker: s, files: external_exports.array(s) })).describe("live workers changing files this issue is predicted to touch"),
        worker: nul(worker).describe("the dispatched worker")
      })
    )
  }),
  init: external_exports.union([
    external_exports.strictObject({
      written: external_exports.boolean().describe("the file was written (created or updated)"),
      unchanged: external_exports.boolean().describe("the file already holds what init detects: nothing to do"),
      file: s.describe("the session config file"),
      backup: nul(s).describe("where the previous file was saved before an update"),
      config: external_exports.record(external_exports.string(), external_exports.unknown()).describe("the config as written (or as it would be), in the file's own field names"),
      diff: external_exports.array(s).describe("one line per field that changed"),
      preflight: external_exports.array(external_exports.strictObject({ check: s, ok: external_exports.boolean(), detail: s })).describe("git, the multiplexer, the worker command and the token, checked like `orch doctor` does")
    }),
    external_exports.strictObject({
      repo: s.describe("owner/name"),
      base: s,
      status: external_exports.enum(["already-protected", "created", "declined"]).describe("`init --protect-base`"),
      protectedBy: external_exports.array(s).describe("what already makes GitHub refuse a direct push"),
      plan: external_exports.unknown().optional().describe("the ruleset exactly as sent to GitHub (POST /repos/{owner}/{repo}/rulesets); absent when already protected"),
      ruleset: external_exports.strictObject({ id: int(), name: s, url: external_exports.string().optional() }).optional().describe("the ruleset GitHub created")
    })
  ]),
  "pull --plan": external_exports.strictObject({
    base: s,
    baseSha: s.describe("the base commit the plan was tried on"),
    method: external_exports.enum(["merge-tree", "read-tree"]).describe("how merges were tried: `git merge-tree --write-tree`, or index plumbing on older git"),
    prs: external_exports.array(external_exports.strictObject({ number: int(), name: s.describe("the worker"), branch: s, title: s, url: s, head: s })).describe("open PRs of orch's workers whose checks pass"),
    skipped: external_exports.array(external_exports.strictObject({ name: s, pr: int().optional(), reason: s })).describe("orch branches left out (no PR, draft, CI not passing)"),
    conflictsWithBase: external_exports.array(external_exports.strictObject({ pr: int(), files: external_exports.array(s) })).describe("PRs that do not merge onto the base at all: they need a rebase"),
    pairs: external_exports.array(external_exports.strictObject({ a: int(), b: int(), files: external_exports.array(s) })).describe("pairs that conflict once both are merged"),
    order: external_exports.array(int()).describe("merge on GitHub in this order"),
    later: external_exports.array(external_exports.strictObject({ pr: int(), reason: s })).describe("the rest, each with why"),
    steps: external_exports.array(external_exports.strictObject({ pr: int(), merged: external_exports.boolean(), files: external_exports.array(s), tests: external_exports.array(external_exports.strictObject({ name: s, pass: external_exports.boolean(), tail: external_exports.string().optional() })).optional() })),
    scratch: external_exports.strictObject({ dir: s, removed: external_exports.boolean(), reasons: external_exports.array(s).optional() }).describe("the scratch worktree, removed through the one teardown (or kept, with the reasons)")
  }),
  pull: external_exports.strictObject({
    base: s,
    incoming: nul(external_exports.strictObject({ count: int(), commits: external_exports.array(s) })).describe("commits on origin/<base> the local base lacks"),
    rows: external_exports.array(
      external_exports.strictObject({
        name: s,
        branch: s,
        worker: nul(worker).describe("its registered worker; null for a worktree orch does not know"),
        pr: workerJsonShape.pr,
        title: nul(s).describe("the PR title"),
        mergeable: nul(external_exports.boolean()),
        failingChecks: external_exports.array(s),
        worktreePresent: external_exports.boolean(),
        conflictsWithBase: external_exports.array(s).describe("files on which the open PR no longer merges onto origin/<base>; empty when it merges"),
        cost: nul(costSchema),
        batch: nul(s)
      })
    ),
    costs: costTotals,
    becameConflicting: external_exports.array(external_exports.strictObject({ name: s, pr: int(), files: external_exports.array(s) })),
    applied: nul(
      external_exports.strictObject({
        newBase: nul(external_exports.strictObject({ sha: s, subject: s, date: s })),
        fastForwarded: int(),
        landed: external_exports.array(s),
        active: external_exports.array(external_exports.strictObject({ name: s, prState: s.describe("OPEN, DRAFT, CLOSED or NO PR") })),
        refused: external_exports.array(external_exports.strictObject({ name: s, reasons: external_exports.array(s) })),
        rebaseAsked: external_exports.array(external_exports.strictObject({ name: s, pr: int() })),
        rebaseNotAsked: external_exports.array(external_exports.strictObject({ name: s, pr: int(), reason: s }))
      })
    ).describe("only with --yes")
  }),
  finish: external_exports.strictObject({
    name: s,
    branch: s,
    base: s,
    committed: nul(external_exports.strictObject({ sha: s, files: int() })).describe("the commit of leftover changes, when there were any"),
    tests: external_exports.strictObject({ status: external_exports.enum(["passed", "skipped", "none"]), commands: external_exports.array(external_exports.strictObject({ name: s, cmd: s, ms: external_exports.number().describe("milliseconds") })) }),
    rebased: external_exports.boolean(),
    push: external_exports.enum(["new", "fast-forward", "force-with-lease", "up-to-date", "no-remote"]),
    pr: nul(external_exports.strictObject({ number: int(), url: s, state: s, created: external_exports.boolean().describe("false: it was already open") })).describe("the pull request it opened or found; null without githubRepo"),
    worker: nul(worker).describe("the worker after finishing")
  }),
  doctor: external_exports.strictObject({
    ok: external_exports.boolean(),
    checks: external_exports.array(external_exports.strictObject({ check: s, status: external_exports.enum(["ok", "warn", "fail", "unknown"]), detail: s, fix: nul(s) })),
    fixes: external_exports.array(s).describe("one line per thing to fix")
  }),
  demo: external_exports.strictObject({
    root: s.describe("the throwaway folder"),
    repo: s,
    config: s,
    workerKind: external_exports.enum(["claude", "stand-in"]),
    label: s,
    commits: external_exports.array(external_exports.strictObject({ name: s, branch: nul(s), commits: int(), subject: nul(s) })),
    list: listSchema.describe("`orch list --json` of the demo project"),
    attach: s,
    remove: external_exports.array(s).describe("the commands that remove it")
  }),
  send: external_exports.strictObject({ name: s, submitted: external_exports.boolean(), reply: nul(s).describe("with --wait: the text of its answer") }),
  result: external_exports.strictObject({ name: s, transcript: s.describe("the transcript file read"), markdown: s.describe("the last turn as markdown"), reply: s.describe("its last answer, plain"), prompt: s.describe("the prompt that started that turn (empty before the first)") }),
  approve: approval,
  deny: approval,
  review: external_exports.strictObject({ name: s, pr: int(), event: external_exports.enum(["APPROVE", "REQUEST_CHANGES"]) }),
  config: external_exports.strictObject({ file: s.describe("the config file read"), config: external_exports.record(external_exports.string(), external_exports.unknown()).describe("every field with its resolved value, named as in the file (reference/config.md)"), warnings: external_exports.array(s) }),
  cleanup: external_exports.strictObject({
    clean: external_exports.boolean(),
    applied: external_exports.boolean().describe("false: only listed (run with --yes to apply)"),
    items: external_exports.array(external_exports.strictObject({ kind: external_exports.enum(["zombie", "stale-registration", "orphan-window", "dead-entry"]), target: s, detail: s, action: s, refusals: external_exports.array(refusal) })),
    results: external_exports.array(external_exports.strictObject({ kind: external_exports.enum(["zombie", "stale-registration", "orphan-window", "dead-entry"]), target: s, outcome: external_exports.enum(["done", "skipped", "refused", "failed"]), message: s }))
  }),
  "server check": serverList,
  "server start": serverList,
  "server stop": external_exports.strictObject({ name: s, results: external_exports.array(external_exports.strictObject({ part: external_exports.enum(["frontend", "backend"]), port: int(), result: external_exports.enum(["stopped", "not-running", "not-ours"]), pid: nul(int()), message: s })) }),
  "kill-port": external_exports.strictObject({ port: int(), result: external_exports.enum(["free", "stopped", "killed"]), pid: nul(int()), message: s }),
  attach: external_exports.union([
    external_exports.strictObject({ name: s, host: s, argv: external_exports.array(s).describe("the command that attaches"), line: s }),
    external_exports.strictObject({ name: s, host: s, argv: external_exports.array(s), line: s, ran: external_exports.literal(!0) })
  ]),
  "orchestrate verify": verify,
  "orchestrate verify-all": external_exports.strictObject({ batch: s, results: external_exports.array(verify) }),
  "orchestrate dispatch": external_exports.strictObject({ dispatched: external_exports.array(s) }),
  "orchestrator start": aiStart,
  "reviewer start": aiStart,
  "orchestrator stop": aiStop,
  "reviewer stop": aiStop,
  error: errorSchema
};

// src/core/json-doc.ts
var WORKER_KEYS = Object.keys(workerJsonShape), isWorker = (s2) => !!(s2.properties && WORKER_KEYS.every((k) => k in s2.properties));
function variants(s2) {
  return s2.anyOf ?? s2.oneOf ?? [s2];
}
function typeOf(s2) {
  return s2.const !== void 0 ? JSON.stringify(s2.const) : s2.enum ? s2.enum.map((v) => JSON.stringify(v)).join(" \\| ") : s2.anyOf || s2.oneOf ? [...new Set(variants(s2).map(typeOf))].join(" \\| ") : isWorker(s2) ? "worker" : s2.type === "array" ? `${s2.items ? typeOf(s2.items) : "any"}[]` : s2.type === "object" && s2.additionalProperties && typeof s2.additionalProperties == "object" && !s2.properties ? `{ key: ${typeOf(s2.additionalProperties)} }` : s2.type === "integer" ? "integer" : Array.isArray(s2.type) ? s2.type.join(" \\| ") : s2.type ?? "any";
}
function rows(s2, prefix, skipWorker) {
  let out = [], objectsIn = (x) => variants(x).flatMap((v) => v.type === "object" && v.properties ? [v] : v.type === "array" && v.items ? objectsIn(v.items).map((o) => ({ ...o, _array: !0 })) : []);
  for (let obj of variants(s2).filter((v) => v.type === "object" && v.properties))
    for (let [k, v] of Object.entries(obj.properties)) {
      if (skipWorker && isWorker(obj) && WORKER_KEYS.includes(k)) continue;
      let p = `${prefix}${k}`;
      out.push({ path: p, type: typeOf(v), description: (v.description ?? variants(v).find((x) => x.description)?.description ?? "").replace(/\|/g, "\\|") });
      for (let inner of objectsIn(v)) {
        let arr = inner._array;
        out.push(...rows(inner, `${p}${arr ? "[]" : ""}.`, !0));
      }
    }
  return out;
}
function table(r) {
  return r.length ? ["| Field | Type | Description |", "|---|---|---|", ...r.map((x) => `| \`${x.path}\` | ${x.type} | ${x.description} |`)].join(`
`) : "";
}
var toJson = (t) => external_exports.toJSONSchema(t, { io: "output", unrepresentable: "any" });
function renderJsonDoc() {
  let worker2 = toJson(workerJsonSchema), parts = [
    "# JSON output",
    "",
    "<!-- Generated by scripts/gen-json-doc.mjs from src/core/json-schemas.ts. Do not edit by hand: run `npm run docs`. -->",
    "",
    "With `--json`, stdout is exactly one JSON object (streams, `monitor --watch --json` and `orchestrate poll --loop --json`, print one such object per line). Every answer is an object, never a bare array. Times are ISO 8601 strings, durations milliseconds, and a value that is absent or unknown is `null`: fields are never omitted. Unknown is never 0: `uncommitted` is `null` when git could not read the worktree.",
    "",
    "The schemas are strict: a field not listed here is a bug, and test/json-output.e2e.test.ts runs the built CLI and validates each answer against them.",
    "",
    "```sh",
    "orch list --json",
    "orch status fix-12-crash --json",
    "orch monitor --watch --json",
    "```",
    "",
    "## The worker",
    "",
    "Every command that reports workers reports each one in the same vocabulary (type `worker` below). Command-specific facts sit beside these fields under their own names.",
    "",
    table(rows(worker2, "", !1)),
    "",
    "## Errors",
    "",
    "A failure under `--json` prints this (and exits 1, 2, 3 or 4):",
    "",
    table(rows(toJson(JSON_SCHEMAS.error), "", !1)),
    "",
    "## Commands",
    ""
  ];
  for (let [cmd, schema] of Object.entries(JSON_SCHEMAS)) {
    if (cmd === "error") continue;
    let j = toJson(schema);
    parts.push(`### \`orch ${cmd} --json\``, ""), j.description && parts.push(`${j.description.charAt(0).toUpperCase()}${j.description.slice(1)}.`, "");
    let shapes = variants(j);
    shapes.length > 1 && parts.push("One of these shapes:", "");
    for (let shape of shapes) {
      isWorker(shape) && parts.push("A `worker`, with these fields beside it:", "");
      let t = table(rows(shape, "", !0));
      parts.push(t || "(the worker fields only)", "");
    }
  }
  return `${parts.join(`
`).replace(/\n{3,}/g, `

`).trimEnd()}
`;
}
export {
  renderJsonDoc
};
