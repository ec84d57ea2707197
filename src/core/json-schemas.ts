import { z } from 'zod';
import { collisionRowSchema, costSchema, stateCountsSchema, workerJsonSchema, workerJsonShape } from './worker-json.js';
import { causeSchema, errorSchema, eventSchema, limitSchema } from './command-json.js';

/**
 * The `--json` answer of every command, as strict zod schemas: an undocumented field fails validation.
 * reference/json.md is generated from these (core/json-doc.ts), and test/json-output.e2e.test.ts validates the
 * real output of the built CLI against them.
 */

const s = z.string();
const int = () => z.number().int();
const nul = <T extends z.ZodType>(t: T) => t.nullable();

const worker = workerJsonSchema;
const costTotals = z.strictObject({ total: costSchema, batches: z.record(z.string(), costSchema).describe('per batch id') });
const collision = z.strictObject({ a: s, b: s, file: s, lines: z.array(z.strictObject({ start: int(), end: int() })), whole: z.boolean() }).describe('two live workers changing the same file');
const refusal = z.strictObject({ code: s, reason: s, force: z.boolean().describe('whether --force lifts it') });

const dashRow = z.strictObject({ ...workerJsonShape, lastActivity: nul(s).describe('time of its newest event'), tool: nul(s).describe('its last tool call, e.g. `Bash: npm test`') });
const monitorLine = z.strictObject({ ...workerJsonShape, action: s.describe('what the cycle did: none, nudged (...), report (...), resumed ...'), at: s.describe('when the cycle observed it') });

const healthExtras = {
  label: z.enum(['READY', 'NEEDS INSTALL', 'NEEDS ENV', 'SHARED CACHE', 'ZOMBIE', 'MISSING']),
  exists: z.boolean(),
  gitHealthy: z.boolean(),
  lastCommit: nul(z.strictObject({ sha: s, subject: s, date: s })),
  envFiles: z.array(z.strictObject({ file: s, present: z.boolean(), inMain: z.boolean() })),
  deps: z.array(z.strictObject({ path: s, state: s.describe('link state, or `installed`') })),
  sharedCaches: z.array(s).describe('cache folders that resolve into the main checkout'),
};

const pollEntry = z.strictObject({ name: s, reason: s });
const prChecks = z.strictObject({ name: s, pr: int(), checks: z.array(s) });

const serverList = z.strictObject({
  name: s.describe('the checkout: a worker name or `main checkout`'),
  servers: z.array(
    z.strictObject({
      part: z.enum(['frontend', 'backend']),
      port: int(),
      url: s,
      state: z.enum(['UP', 'DOWN']),
      http: nul(int()).describe('HTTP status of the ready path'),
      pid: nul(int()),
      owner: z.enum(['this worktree', 'another worktree', 'main checkout', 'foreign', 'none']),
      ownerName: nul(s),
      holder: nul(z.strictObject({ pid: nul(int()), command: s })),
      log: nul(s),
      note: nul(s),
    }),
  ),
});
const verify = z.strictObject({
  name: s,
  ref: s,
  checks: z.array(z.strictObject({ name: s, cmd: s, pass: z.boolean(), ms: z.number().describe('milliseconds'), tail: nul(s).describe('the last lines of a failing run') })),
  score: s,
  pass: z.boolean(),
  kept: nul(z.strictObject({ dir: s, reasons: z.array(s) })).describe('the review checkout, when removing it would lose something'),
});
const aiStart = z.strictObject({ workers: z.array(z.strictObject({ name: s, status: z.enum(['started', 'already running']), worktree: s, attach: s })) });
const aiStop = z.strictObject({ name: s, windowClosed: z.boolean(), worktreeRemoved: z.boolean(), status: z.enum(['stopped', 'was not running']), steps: z.array(s) });

const approval = z.strictObject({ name: s, answer: z.enum(['approve', 'always', 'deny']), tool: nul(s).describe('the tool call the prompt asked about') });

const listSchema = z.strictObject({
  session: s,
  workers: z.array(worker),
  collisions: z.array(collision),
  costs: costTotals,
  queued: z.array(z.strictObject({ name: s, batch: s, issue: nul(int()), branch: s, heldFor: nul(s).describe('why it is held back') })),
  zombies: z.array(s).describe('folders in worktreesPath git does not know'),
  orphanWindows: z.array(s),
  missingWorktrees: z.array(s).describe('registered workers whose worktree is gone'),
});

/** Command path (as typed after `orch`) -> its `--json` answer. */
export const JSON_SCHEMAS = {
  list: listSchema,
  status: z.strictObject({
    ...workerJsonShape,
    started: s,
    lastActivity: nul(s),
    tool: nul(s).describe('the current (last) tool call'),
    lastPromptAt: nul(s),
    limit: nul(limitSchema),
    causes: z.array(causeSchema).describe('`orch why`: what keeps it from going on'),
    events: z.array(eventSchema).describe('its last 10 events'),
    screenTail: nul(s),
  }),
  why: z.strictObject({ ...workerJsonShape, causes: z.array(causeSchema) }),
  dash: z.strictObject({
    workers: z.array(dashRow),
    totals: z.strictObject({ workers: int(), states: stateCountsSchema.describe('workers per state'), cost: costTotals }),
    needsHuman: z.array(s).describe('names of workers in a state a person has to act on'),
    collisions: z.array(collision),
    apiBudget: nul(z.strictObject({ resource: s, limit: int(), remaining: int(), resetAt: s })).describe("the tightest GitHub rate-limit window, when GitHub was asked"),
  }),
  'dash --web': z.strictObject({ url: s, port: int() }),
  monitor: z.strictObject({ workers: z.array(monitorLine) }).describe('with --watch: one such object per line, each with the workers whose state changed or that were acted on'),
  health: z.strictObject({
    workers: z.array(z.strictObject({ ...workerJsonShape, ...healthExtras })),
    zombies: z
      .array(z.strictObject({ name: s, worktree: s, branch: nul(s), uncommitted: workerJsonShape.uncommitted, behind: nul(int()), window: workerJsonShape.window, ...healthExtras }))
      .describe('worktrees and folders in worktreesPath no worker owns'),
  }),
  start: z.union([
    z.strictObject({ worker, launched: z.boolean(), attach: s.describe('the command that shows its window') }),
    z
      .strictObject({
        batch: s,
        tasks: z.array(z.strictObject({ name: s, dependsOn: z.array(s), status: z.enum(['dispatched', 'not-launched', 'failed', 'queued']), worker: nul(worker).describe('null while queued') })),
      })
      .describe('with --tasks <file>'),
  ]),
  resume: z.union([
    z.strictObject({ ...workerJsonShape, action: s, repairs: z.array(s), health: nul(s).describe('health label after the repairs') }),
    z.strictObject({ name: s, action: s, repairs: z.array(s), health: nul(s) }),
  ]),
  close: z.strictObject({
    name: s,
    status: z.enum(['closed', 'nothing-left']),
    worker: nul(worker).describe('the worker just before it was closed; null when none was registered'),
    steps: z.array(s),
    forced: z.array(refusal).describe('refusals --force lifted'),
    branch: nul(z.strictObject({ name: s, action: z.enum(['kept', 'deleted']), why: s })),
  }),
  'orchestrate dashboard': z.strictObject({
    batch: s,
    created: s,
    finished: z.boolean(),
    workers: z.array(worker).describe('live members, with what GitHub says of their PRs'),
    queued: z.array(z.strictObject({ name: s, reason: s, issue: nul(int()) })),
    cancelled: z.array(pollEntry),
    closed: z.array(pollEntry),
  }),
  'orchestrate poll': z
    .strictObject({
      batch: s,
      readyForReview: z.array(z.strictObject({ name: s, pr: int(), url: s })),
      workers: z.array(monitorLine).describe("the monitor's cycle over the live members"),
      sent: z.array(z.strictObject({ name: s, what: s })),
      cleaned: z.array(s),
      blocked: z.array(pollEntry),
      refused: z.array(pollEntry),
      dispatched: z.array(s),
      requeued: z.array(pollEntry),
      cancelled: z.array(s),
      finished: z.boolean(),
      preExisting: z.array(prChecks),
      flaky: z.array(prChecks),
      ciExhausted: z.array(z.strictObject({ name: s, pr: int(), rounds: int() })),
    })
    .describe('with --loop: one such object per line, one per cycle'),
  'start-issues': z.strictObject({
    dryRun: z.boolean(),
    batch: nul(s),
    base: s,
    rows: z.array(
      z.strictObject({
        issue: int(),
        title: s,
        name: nul(s),
        branch: nul(s),
        status: z.enum(['dispatched', 'queued', 'skipped', 'failed', 'would dispatch', 'would queue']),
        reason: nul(s),
        collisions: z.array(z.strictObject({ worker: s, files: z.array(s) })).describe('live workers changing files this issue is predicted to touch'),
        worker: nul(worker).describe('the dispatched worker'),
      }),
    ),
  }),
  init: z.union([
    z.strictObject({
      written: z.boolean().describe('the file was written (created or updated)'),
      unchanged: z.boolean().describe('the file already holds what init detects: nothing to do'),
      file: s.describe('the session config file'),
      backup: nul(s).describe('where the previous file was saved before an update'),
      config: z.record(z.string(), z.unknown()).describe('the config as written (or as it would be), in the file\'s own field names'),
      diff: z.array(s).describe('one line per field that changed'),
      preflight: z.array(z.strictObject({ check: s, ok: z.boolean(), detail: s })).describe('git, the multiplexer, the worker command and the token, checked like `orch doctor` does'),
    }),
    z.strictObject({
      repo: s.describe('owner/name'),
      base: s,
      status: z.enum(['already-protected', 'created', 'declined']).describe('`init --protect-base`'),
      protectedBy: z.array(s).describe('what already makes GitHub refuse a direct push'),
      plan: z.unknown().optional().describe('the ruleset exactly as sent to GitHub (POST /repos/{owner}/{repo}/rulesets); absent when already protected'),
      ruleset: z.strictObject({ id: int(), name: s, url: z.string().optional() }).optional().describe('the ruleset GitHub created'),
    }),
  ]),
  'pull --plan': z.strictObject({
    base: s,
    baseSha: s.describe('the base commit the plan was tried on'),
    method: z.enum(['merge-tree', 'read-tree']).describe('how merges were tried: `git merge-tree --write-tree`, or index plumbing on older git'),
    prs: z.array(z.strictObject({ number: int(), name: s.describe('the worker'), branch: s, title: s, url: s, head: s })).describe("open PRs of orch's workers whose checks pass"),
    skipped: z.array(z.strictObject({ name: s, pr: int().optional(), reason: s })).describe('orch branches left out (no PR, draft, CI not passing)'),
    conflictsWithBase: z.array(z.strictObject({ pr: int(), files: z.array(s) })).describe('PRs that do not merge onto the base at all: they need a rebase'),
    pairs: z.array(z.strictObject({ a: int(), b: int(), files: z.array(s) })).describe('pairs that conflict once both are merged'),
    order: z.array(int()).describe('merge on GitHub in this order'),
    later: z.array(z.strictObject({ pr: int(), reason: s })).describe('the rest, each with why'),
    steps: z.array(z.strictObject({ pr: int(), merged: z.boolean(), files: z.array(s), tests: z.array(z.strictObject({ name: s, pass: z.boolean(), tail: z.string().optional() })).optional() })),
    scratch: z.strictObject({ dir: s, removed: z.boolean(), reasons: z.array(s).optional() }).describe('the scratch worktree, removed through the one teardown (or kept, with the reasons)'),
  }),
  pull: z.strictObject({
    base: s,
    incoming: nul(z.strictObject({ count: int(), commits: z.array(s) })).describe('commits on origin/<base> the local base lacks'),
    rows: z.array(
      z.strictObject({
        name: s,
        branch: s,
        worker: nul(worker).describe('its registered worker; null for a worktree orch does not know'),
        pr: workerJsonShape.pr,
        title: nul(s).describe('the PR title'),
        mergeable: nul(z.boolean()),
        failingChecks: z.array(s),
        worktreePresent: z.boolean(),
        conflictsWithBase: z.array(s).describe('files on which the open PR no longer merges onto origin/<base>; empty when it merges'),
        cost: nul(costSchema),
        batch: nul(s),
      }),
    ),
    costs: costTotals,
    becameConflicting: z.array(z.strictObject({ name: s, pr: int(), files: z.array(s) })),
    applied: nul(
      z.strictObject({
        newBase: nul(z.strictObject({ sha: s, subject: s, date: s })),
        fastForwarded: int(),
        landed: z.array(s),
        active: z.array(z.strictObject({ name: s, prState: s.describe('OPEN, DRAFT, CLOSED or NO PR') })),
        refused: z.array(z.strictObject({ name: s, reasons: z.array(s) })),
        rebaseAsked: z.array(z.strictObject({ name: s, pr: int() })),
        rebaseNotAsked: z.array(z.strictObject({ name: s, pr: int(), reason: s })),
      }),
    ).describe('only with --yes'),
  }),
  finish: z.strictObject({
    name: s,
    branch: s,
    base: s,
    committed: nul(z.strictObject({ sha: s, files: int() })).describe('the commit of leftover changes, when there were any'),
    tests: z.strictObject({ status: z.enum(['passed', 'skipped', 'none']), commands: z.array(z.strictObject({ name: s, cmd: s, ms: z.number().describe('milliseconds') })) }),
    rebased: z.boolean(),
    push: z.enum(['new', 'fast-forward', 'force-with-lease', 'up-to-date', 'no-remote']),
    pr: nul(z.strictObject({ number: int(), url: s, state: s, created: z.boolean().describe('false: it was already open') })).describe('the pull request it opened or found; null without githubRepo'),
    worker: nul(worker).describe('the worker after finishing'),
  }),
  doctor: z.strictObject({
    ok: z.boolean(),
    checks: z.array(z.strictObject({ check: s, status: z.enum(['ok', 'warn', 'fail', 'unknown']), detail: s, fix: nul(s) })),
    fixes: z.array(s).describe('one line per thing to fix'),
  }),
  demo: z.strictObject({
    root: s.describe('the throwaway folder'),
    repo: s,
    config: s,
    workerKind: z.enum(['claude', 'stand-in']),
    label: s,
    commits: z.array(z.strictObject({ name: s, branch: nul(s), commits: int(), subject: nul(s) })),
    list: listSchema.describe('`orch list --json` of the demo project'),
    attach: s,
    remove: z.array(s).describe('the commands that remove it'),
  }),
  send: z.strictObject({ name: s, submitted: z.boolean(), reply: nul(s).describe('with --wait: the text of its answer') }),
  result: z.strictObject({ name: s, transcript: s.describe('the transcript file read'), markdown: s.describe('the last turn as markdown'), reply: s.describe('its last answer, plain'), prompt: s.describe('the prompt that started that turn (empty before the first)') }),
  approve: approval,
  deny: approval,
  review: z.strictObject({ name: s, pr: int(), event: z.enum(['APPROVE', 'REQUEST_CHANGES']) }),
  config: z.strictObject({ file: s.describe('the config file read'), config: z.record(z.string(), z.unknown()).describe('every field with its resolved value, named as in the file (reference/config.md)'), warnings: z.array(s) }),
  cleanup: z.strictObject({
    clean: z.boolean(),
    applied: z.boolean().describe('false: only listed (run with --yes to apply)'),
    items: z.array(z.strictObject({ kind: z.enum(['zombie', 'stale-registration', 'orphan-window', 'dead-entry']), target: s, detail: s, action: s, refusals: z.array(refusal) })),
    results: z.array(z.strictObject({ kind: z.enum(['zombie', 'stale-registration', 'orphan-window', 'dead-entry']), target: s, outcome: z.enum(['done', 'skipped', 'refused', 'failed']), message: s })),
  }),
  'server check': serverList,
  'server start': serverList,
  'server stop': z.strictObject({ name: s, results: z.array(z.strictObject({ part: z.enum(['frontend', 'backend']), port: int(), result: z.enum(['stopped', 'not-running', 'not-ours']), pid: nul(int()), message: s })) }),
  'kill-port': z.strictObject({ port: int(), result: z.enum(['free', 'stopped', 'killed']), pid: nul(int()), message: s }),
  attach: z.union([
    z.strictObject({ name: s, host: s, argv: z.array(s).describe('the command that attaches'), line: s }),
    z.strictObject({ name: s, host: s, argv: z.array(s), line: s, ran: z.literal(true) }),
  ]),
  'orchestrate verify': verify,
  'orchestrate verify-all': z.strictObject({ batch: s, results: z.array(verify) }),
  'orchestrate dispatch': z.strictObject({ dispatched: z.array(s) }),
  'orchestrator start': aiStart,
  'reviewer start': aiStart,
  'orchestrator stop': aiStop,
  'reviewer stop': aiStop,
  error: errorSchema,
} as const;

export type JsonCommand = keyof typeof JSON_SCHEMAS;

/** Shared parts documented once. */
export const JSON_PARTS = { worker: workerJsonSchema, cost: costSchema, collisionRow: collisionRowSchema } as const;
