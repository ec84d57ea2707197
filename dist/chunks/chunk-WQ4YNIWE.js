import {
  external_exports
} from "./chunk-YJVDTRRA.js";
import {
  require_shell_quote
} from "./chunk-HJUAAMKQ.js";
import {
  __toESM
} from "./chunk-LHO2KLC4.js";

// src/core/command-line.ts
var import_shell_quote = __toESM(require_shell_quote(), 1), VAR = "\0var:";
function splitCommandLine(line) {
  let parts = (0, import_shell_quote.parse)(line, (name) => `${VAR}${name}\0`), args = [];
  for (let p of parts)
    if (typeof p == "string") {
      let v = /\u0000var:([^\u0000]*)\u0000/.exec(p);
      if (v) return { problem: `expected no shell variables (found $${v[1]}): the command runs without a shell; use {port} or {backendPort} for the ports, PORT is set for the server` };
      args.push(p);
    } else {
      if ("comment" in p) return { problem: "expected no comment (#): the command runs without a shell" };
      if (p.op === "glob") args.push(p.pattern);
      else return { problem: `expected one command without shell operators (found "${p.op}"): the command runs without a shell; put several steps in a script (e.g. a package.json script) and run that` };
    }
  return args.length ? /^[A-Za-z_][A-Za-z0-9_]*=/.exec(args[0]) ? { problem: `expected the program first (found ${args[0]}): setting variables before a command needs a shell; PORT is set for the server` } : { args } : { problem: 'expected a command, e.g. "npm run dev -- --port {port}"' };
}

// src/config/schema.ts
var str = external_exports.string().min(1), commandLine = external_exports.union([external_exports.array(external_exports.string()), external_exports.string()]).transform((v, ctx) => {
  if (Array.isArray(v)) return v;
  let r = splitCommandLine(v);
  return "args" in r ? r.args : (ctx.issues.push({ code: "custom", message: r.problem, input: v }), external_exports.NEVER);
}), workerPresetName = external_exports.enum(["claude", "codex", "generic"]), workerCliObject = external_exports.object({
  preset: workerPresetName.default("claude").describe("Preset the other fields override, field by field."),
  cmd: str.optional().describe("Worker executable (overrides workerCmdPath)."),
  args: external_exports.array(external_exports.string()).optional().describe("Arguments for an interactive launch."),
  resumeArgs: external_exports.array(external_exports.string()).optional().describe("Extra arguments when resuming an interrupted worker (claude: --continue)."),
  clearEnv: external_exports.array(external_exports.string()).optional().describe("Environment variables removed from the worker window."),
  setEnv: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("Environment variables set in the worker window."),
  accept: external_exports.object({
    matchAny: external_exports.array(external_exports.string()).default([]).describe("Screen substrings of a prompt to accept during boot."),
    send: external_exports.string().optional().describe("Option text (or key) that accepts it.")
  }).optional().describe("Extra boot prompt to accept (the built-in screens of the preset are always handled)."),
  ready: external_exports.object({ matchAny: external_exports.array(external_exports.string()).default([]).describe("Screen substrings meaning the input box is ready.") }).optional().describe("When the worker is ready for its first prompt."),
  bootWaitSec: external_exports.number().int().positive().optional().describe("Seconds to wait for the ready screen before failing.")
}), layoutRoot = external_exports.object({
  type: external_exports.literal("root"),
  envFiles: external_exports.array(external_exports.string()).default([]).describe("Env files copied from the main checkout into each worktree (never overwritten)."),
  nodeModules: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("Dependency folder(s), repo-relative, linked or installed per worktreeDeps."),
  testCmd: external_exports.string().optional().describe("Test command; <repo> means the main checkout path.")
}), layoutPart = external_exports.object({
  name: str.describe("Part name (frontend, backend, ...)."),
  path: external_exports.string().default(".").describe("Part folder, repo-relative."),
  envFiles: external_exports.array(external_exports.string()).default([]).describe("Env files, relative to the part path."),
  nodeModules: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("Dependency folder(s), repo-relative."),
  pythonVenv: external_exports.string().optional().describe("Python virtualenv folder, repo-relative."),
  testCmd: external_exports.string().optional().describe("Test command for this part; <repo> means the main checkout path.")
}), layoutSplit = external_exports.object({
  type: external_exports.literal("monorepo-split"),
  parts: external_exports.array(layoutPart).min(1).describe("The parts of the repository.")
}), layoutSchema = external_exports.discriminatedUnion("type", [layoutRoot, layoutSplit]), teamSchema = external_exports.object({
  ownsPaths: external_exports.array(external_exports.string()).default([]).describe("Paths this team owns."),
  agents: external_exports.array(external_exports.string()).default([]).describe("Subagent types the team uses."),
  skills: external_exports.array(external_exports.string()).default([]).describe("Skills the team uses.")
}), modelPrice = external_exports.object({
  input: external_exports.number().nonnegative().describe("USD per million uncached input tokens."),
  output: external_exports.number().nonnegative().describe("USD per million output tokens."),
  cacheRead: external_exports.number().nonnegative().describe("USD per million cache-read input tokens."),
  cacheWrite: external_exports.number().nonnegative().describe("USD per million cache-write input tokens (5-minute cache).")
}), DEFAULT_PRICING = {
  "claude-fable-5-1": { input: 10, output: 50, cacheRead: 0.25, cacheWrite: 12.5 },
  "claude-fable-5": { input: 10, output: 50, cacheRead: 1, cacheWrite: 12.5 },
  "claude-mythos-5-1": { input: 10, output: 50, cacheRead: 0.25, cacheWrite: 12.5 },
  "claude-mythos-5": { input: 10, output: 50, cacheRead: 1, cacheWrite: 12.5 },
  "claude-opus-5-5": { input: 4, output: 20, cacheRead: 0.2, cacheWrite: 5 },
  "claude-opus-5": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-5": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-6": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-7": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-8": { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  "claude-opus-4-1": { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  "claude-opus-4-2025": { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  "claude-sonnet-5-5": { input: 2, output: 10, cacheRead: 0.1, cacheWrite: 2.5 },
  "claude-sonnet-5": { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 },
  "claude-sonnet-4": { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  "claude-haiku-5-5": { input: 0.1, output: 0.5, cacheRead: 0.01, cacheWrite: 0.125 },
  "claude-haiku-4-5": { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  "claude-3-5-haiku": { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 }
}, budgetLimits = external_exports.object({
  tokens: external_exports.number().int().positive().optional().describe("Tokens of all four kinds together."),
  costUsd: external_exports.number().positive().optional().describe("Estimated cost in USD (a model without a price never reaches it)."),
  turns: external_exports.number().int().positive().optional().describe("Model turns (API answers)."),
  wallMin: external_exports.number().positive().optional().describe("Minutes from the first to the last transcript entry.")
}), configSchema = external_exports.object({
  projectName: str.optional().describe("Project name; default: the repository folder name."),
  repoPath: str.optional().describe("Main checkout; default: the folder holding .claude/session-plugin.json. A relative path is relative to that folder."),
  worktreesPath: str.optional().describe("Where worktrees live, outside the repo; a relative path is relative to the repository root (e.g. ../shop-worktrees); default: sibling <leaf>-worktrees."),
  psmuxSession: str.optional().describe("tmux/psmux session name; default: lowercased alphanumerics of projectName."),
  githubRepo: external_exports.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name"').optional().describe("GitHub repository as owner/name (needed for start-issues, finish, pull)."),
  githubApiUrl: external_exports.url().default("https://api.github.com").describe("GitHub REST API root (GitHub Enterprise: https://host/api/v3)."),
  defaultBranch: str.default("main").describe("Base branch that workers branch from and PRs target."),
  workerCmdPath: str.optional().describe("Worker executable; default: the preset command on PATH."),
  claudeCmdPath: str.optional().describe("Alias of workerCmdPath (original plugin name)."),
  codexCmdPath: str.optional().describe("Codex executable for the codex preset."),
  workerCli: external_exports.union([workerPresetName, workerCliObject]).default("claude").describe("Worker CLI preset (claude | codex | generic) or an object overriding it."),
  worktreeDeps: external_exports.enum(["junction", "install"]).default("junction").describe("junction: give each worktree its own dependency folder whose entries link to the main checkout packages (caches such as node_modules/.cache stay private); install: run the lockfile package manager."),
  devServer: external_exports.object({
    port: external_exports.number().int().min(1).max(65535).default(3e3).describe("Frontend port of the main checkout."),
    backendPort: external_exports.number().int().min(1).max(65535).default(8e3).describe("Backend port of the main checkout."),
    dir: external_exports.string().default(".").describe("Frontend folder, relative to the worktree."),
    cmd: commandLine.optional().describe("Frontend command: an argument array, or one line split with shell quoting but run without a shell (no &&, |, >); {port} substituted, PORT set."),
    backendCmd: commandLine.optional().describe("Backend command: an argument array or one line, like cmd; {port} substituted, PORT set."),
    readyPath: external_exports.string().default("/").describe("HTTP path probed for readiness."),
    readyTimeoutSec: external_exports.number().int().positive().default(60).describe("Seconds to wait for the server to answer.")
  }).default({ port: 3e3, backendPort: 8e3, dir: ".", readyPath: "/", readyTimeoutSec: 60 }).describe("Dev servers per worktree."),
  review: external_exports.object({
    intervalMin: external_exports.number().positive().default(5).describe("Minutes between reviewer cycles."),
    forwardCommentsFrom: external_exports.enum(["collaborators", "everyone"]).default("collaborators").describe(
      "Whose pull request reviews and review comments the orchestrator sends on to a worker (always quoted as untrusted data): collaborators = authors with write access (author_association OWNER, MEMBER or COLLABORATOR); everyone = anyone who can comment."
    )
  }).default({ intervalMin: 5, forwardCommentsFrom: "collaborators" }).describe("Reviewer worker and review feedback settings."),
  dataFlow: external_exports.union([
    external_exports.string(),
    external_exports.object({
      entities: external_exports.array(external_exports.string()).default([]),
      flows: external_exports.array(external_exports.string()).default([]),
      notes: external_exports.string().optional()
    })
  ]).optional().describe("Canonical data flow given to every worker."),
  teams: external_exports.record(external_exports.string(), teamSchema).optional().describe("Team rules: {<team>: {ownsPaths, agents, skills}}."),
  layout: layoutSchema.default({ type: "root", envFiles: [] }).describe("Repository layout: root or monorepo-split."),
  mux: external_exports.enum(["tmux", "psmux", "headless"]).optional().describe("Multiplexer; default psmux on Windows, tmux elsewhere (headless when tmux is missing)."),
  muxSocket: str.optional().describe("tmux socket name (tmux -L); ORCH_MUX_SOCKET wins."),
  maxWorkers: external_exports.number().int().positive().default(4).describe("Live workers at once across batches; more wait in the queue."),
  hosts: external_exports.array(
    external_exports.object({
      name: external_exports.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "lowercase a-z, 0-9 and -").refine((n) => n !== "local", "local is the implicit host of this machine").describe("Name used by --host, the host column and `orch attach`."),
      ssh: external_exports.string().regex(/^(?:[A-Za-z0-9_][A-Za-z0-9._-]*@)?[A-Za-z0-9_][A-Za-z0-9._-]*(?::\d{1,5})?$/, "user@host[:port]").describe("Where to reach it: user@host[:port] (or a Host alias of ~/.ssh/config)."),
      repoPath: external_exports.string().describe("Absolute path of the host's own clone of this repository (its origin must be the same repository)."),
      worktreesPath: external_exports.string().describe("Absolute path on the host where this host's worktrees live."),
      maxWorkers: external_exports.number().int().positive().default(2).describe("Live workers at once on this host."),
      env: external_exports.record(external_exports.string(), external_exports.string()).default({}).describe("Environment set in every worker window on this host (over the worker preset setEnv)."),
      identityFile: external_exports.string().optional().describe("ssh -i: the private key for this host."),
      sshOptions: external_exports.array(external_exports.string()).default([]).describe('Extra ssh -o options, e.g. ["StrictHostKeyChecking=accept-new"].')
    })
  ).default([]).describe("Other machines that run workers over SSH (OpenSSH, tmux, git and Node there; no agent of ours). New workers go to the host with the most free slots, this machine (`local`) first on a tie, unless --host names one."),
  queue: external_exports.object({
    avoidCollisions: external_exports.boolean().default(!1).describe("Hold a queued issue while a live worker changes a file the issue names (paths and identifiers found with git grep); it starts when that worker is done.")
  }).default({ avoidCollisions: !1 }).describe("How the batch queue dispatches."),
  ci: external_exports.object({
    maxRounds: external_exports.number().int().positive().default(3).describe("CI failures sent to one worker before the orchestrator stops sending more and tells the human.")
  }).default({ maxRounds: 3 }).describe("CI triage of failing checks on worker pull requests."),
  stuckAfterMin: external_exports.number().positive().default(10).describe("Minutes without an event, screen change or commit before a working worker is stuck."),
  guard: external_exports.object({
    deny: external_exports.array(external_exports.string()).default([]).describe("Extra regular expressions of Bash commands to block in workers."),
    disable: external_exports.array(external_exports.string()).default([]).describe("Names of default guard rules to turn off: merge-pr, push-base, delete-base, force-push, push-mirror, push-all-force, push-no-verify, push-unresolved, push-config, hooks-path, git-alias, orch-destructive, kill-by-name, opaque-command."),
    protected: external_exports.array(external_exports.string()).default([]).describe("More branch names the guard treats like the base branch (release branches, for example).")
  }).default({ deny: [], disable: [], protected: [] }).describe("Guard rails enforced by a PreToolUse hook in every worker."),
  notify: external_exports.object({
    webhook: external_exports.url().optional().describe("URL that receives a JSON POST when a worker needs a human."),
    command: external_exports.array(external_exports.string()).optional().describe("Command (argument array) run with the message JSON on stdin."),
    reminderMin: external_exports.number().positive().default(5).describe("Minutes between reminders while a worker stays in the same state.")
  }).default({ reminderMin: 5 }).describe("Notifications."),
  pricing: external_exports.record(external_exports.string(), modelPrice).default(DEFAULT_PRICING).describe(
    "Estimated cost per model in USD per million tokens, keyed by model id or id prefix (the longest matching key wins). Your entries are merged over the built-in table; a model with no price shows cost unknown, never 0."
  ),
  limits: external_exports.object({
    autoResume: external_exports.boolean().default(!0).describe('Resume workers stopped by a usage or rate limit once it resets (staggered), with a "continue" prompt.'),
    backoffMin: external_exports.number().positive().default(15).describe("Minutes to wait before resuming when the limit gave no reset time."),
    staggerSec: external_exports.number().nonnegative().default(30).describe("Seconds between two resumed workers.")
  }).default({ autoResume: !0, backoffMin: 15, staggerSec: 30 }).describe("Usage limits, rate limits (429) and overload (529) the worker CLI gave up on."),
  recovery: external_exports.object({
    compact: external_exports.boolean().default(!1).describe("Type /compact into an idle worker whose screen says its context is nearly full."),
    relaunchOnApiError: external_exports.boolean().default(!0).describe("After a transient API error the worker gave up on (5xx, connection trouble), tell it once to continue: a continue prompt where the CLI waits, or a relaunch with --continue when its process is gone.")
  }).default({ compact: !1, relaunchOnApiError: !0 }).describe("What the monitor may do by itself when `orch why` names a cause it can safely act on; everything else is reported, never answered for you."),
  budget: external_exports.object({
    worker: budgetLimits.default({}).describe("Per worker."),
    batch: budgetLimits.default({}).describe("Per batch (the sum of its workers)."),
    warnAt: external_exports.number().gt(0).lt(1).default(0.8).describe("Fraction of a budget at which the worker is told once to wrap up.")
  }).default({ worker: {}, batch: {}, warnAt: 0.8 }).describe("Budgets: at warnAt the worker is told to wrap up; at 100% it is stopped (Escape, window kept), its batch stops dispatching and you are notified.")
});

export {
  DEFAULT_PRICING,
  configSchema
};
