import { z } from 'zod';
import { splitCommandLine } from '../core/command-line.js';

/**
 * The session config `.claude/session-plugin.json`. Every field is described: reference/config.md is
 * generated from these descriptions, and a test fails when the page and the schema differ.
 * Configs written for the original claude-session-orchestrator plugin load unchanged.
 */

const str = z.string().min(1);

/** A command as an argument array, or as one line split like a shell would quote it (never run by a shell). */
const commandLine = z.union([z.array(z.string()), z.string()]).transform((v, ctx) => {
  if (Array.isArray(v)) return v;
  const r = splitCommandLine(v);
  if ('args' in r) return r.args;
  ctx.issues.push({ code: 'custom', message: r.problem, input: v });
  return z.NEVER;
});

export const workerPresetName = z.enum(['claude', 'codex', 'generic']);

export const workerCliObject = z.object({
  preset: workerPresetName.default('claude').describe('Preset the other fields override, field by field.'),
  cmd: str.optional().describe('Worker executable (overrides workerCmdPath).'),
  args: z.array(z.string()).optional().describe('Arguments for an interactive launch.'),
  resumeArgs: z.array(z.string()).optional().describe('Extra arguments when resuming an interrupted worker (claude: --continue).'),
  clearEnv: z.array(z.string()).optional().describe('Environment variables removed from the worker window.'),
  setEnv: z.record(z.string(), z.string()).optional().describe('Environment variables set in the worker window.'),
  accept: z
    .object({
      matchAny: z.array(z.string()).default([]).describe('Screen substrings of a prompt to accept during boot.'),
      send: z.string().optional().describe('Option text (or key) that accepts it.'),
    })
    .optional()
    .describe('Extra boot prompt to accept (the built-in screens of the preset are always handled).'),
  ready: z
    .object({ matchAny: z.array(z.string()).default([]).describe('Screen substrings meaning the input box is ready.') })
    .optional()
    .describe('When the worker is ready for its first prompt.'),
  bootWaitSec: z.number().int().positive().optional().describe('Seconds to wait for the ready screen before failing.'),
});

const layoutRoot = z.object({
  type: z.literal('root'),
  envFiles: z.array(z.string()).default([]).describe('Env files copied from the main checkout into each worktree (never overwritten).'),
  nodeModules: z.union([z.string(), z.array(z.string())]).optional().describe('Dependency folder(s), repo-relative, linked or installed per worktreeDeps.'),
  testCmd: z.string().optional().describe('Test command; <repo> means the main checkout path.'),
});

export const layoutPart = z.object({
  name: str.describe('Part name (frontend, backend, ...).'),
  path: z.string().default('.').describe('Part folder, repo-relative.'),
  envFiles: z.array(z.string()).default([]).describe('Env files, relative to the part path.'),
  nodeModules: z.union([z.string(), z.array(z.string())]).optional().describe('Dependency folder(s), repo-relative.'),
  pythonVenv: z.string().optional().describe('Python virtualenv folder, repo-relative.'),
  testCmd: z.string().optional().describe('Test command for this part; <repo> means the main checkout path.'),
});

const layoutSplit = z.object({
  type: z.literal('monorepo-split'),
  parts: z.array(layoutPart).min(1).describe('The parts of the repository.'),
});

export const layoutSchema = z.discriminatedUnion('type', [layoutRoot, layoutSplit]);

export const teamSchema = z.object({
  ownsPaths: z.array(z.string()).default([]).describe('Paths this team owns.'),
  agents: z.array(z.string()).default([]).describe('Subagent types the team uses.'),
  skills: z.array(z.string()).default([]).describe('Skills the team uses.'),
});

export const modelPrice = z.object({
  input: z.number().nonnegative().describe('USD per million uncached input tokens.'),
  output: z.number().nonnegative().describe('USD per million output tokens.'),
  cacheRead: z.number().nonnegative().describe('USD per million cache-read input tokens.'),
  cacheWrite: z.number().nonnegative().describe('USD per million cache-write input tokens (5-minute cache).'),
});

/** List prices of Claude models (platform.claude.com pricing page, Nov 2026), per million tokens. */
export const DEFAULT_PRICING: Record<string, z.infer<typeof modelPrice>> = {
  'claude-fable-5-1': { input: 10, output: 50, cacheRead: 0.25, cacheWrite: 12.5 },
  'claude-fable-5': { input: 10, output: 50, cacheRead: 1, cacheWrite: 12.5 },
  'claude-mythos-5-1': { input: 10, output: 50, cacheRead: 0.25, cacheWrite: 12.5 },
  'claude-mythos-5': { input: 10, output: 50, cacheRead: 1, cacheWrite: 12.5 },
  'claude-opus-5-5': { input: 4, output: 20, cacheRead: 0.2, cacheWrite: 5 },
  'claude-opus-5': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-5': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-6': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-7': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-8': { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  'claude-opus-4-1': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'claude-opus-4-2025': { input: 15, output: 75, cacheRead: 1.5, cacheWrite: 18.75 },
  'claude-sonnet-5-5': { input: 2, output: 10, cacheRead: 0.1, cacheWrite: 2.5 },
  'claude-sonnet-5': { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 },
  'claude-sonnet-4': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  'claude-haiku-5-5': { input: 0.1, output: 0.5, cacheRead: 0.01, cacheWrite: 0.125 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
  'claude-3-5-haiku': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
};

const budgetLimits = z.object({
  tokens: z.number().int().positive().optional().describe('Tokens of all four kinds together.'),
  costUsd: z.number().positive().optional().describe('Estimated cost in USD (a model without a price never reaches it).'),
  turns: z.number().int().positive().optional().describe('Model turns (API answers).'),
  wallMin: z.number().positive().optional().describe('Minutes from the first to the last transcript entry.'),
});

export const configSchema = z.object({
  projectName: str.optional().describe('Project name; default: the repository folder name.'),
  repoPath: str.optional().describe('Main checkout; default: the folder holding .claude/session-plugin.json. A relative path is relative to that folder.'),
  worktreesPath: str.optional().describe('Where worktrees live, outside the repo; a relative path is relative to the repository root (e.g. ../shop-worktrees); default: sibling <leaf>-worktrees.'),
  psmuxSession: str.optional().describe('tmux/psmux session name; default: lowercased alphanumerics of projectName.'),
  githubRepo: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name"')
    .optional()
    .describe('GitHub repository as owner/name (needed for start-issues, finish, pull).'),
  githubApiUrl: z.url().default('https://api.github.com').describe('GitHub REST API root (GitHub Enterprise: https://host/api/v3).'),
  defaultBranch: str.default('main').describe('Base branch that workers branch from and PRs target.'),
  workerCmdPath: str.optional().describe('Worker executable; default: the preset command on PATH.'),
  claudeCmdPath: str.optional().describe('Alias of workerCmdPath (original plugin name).'),
  codexCmdPath: str.optional().describe('Codex executable for the codex preset.'),
  workerCli: z.union([workerPresetName, workerCliObject]).default('claude').describe('Worker CLI preset (claude | codex | generic) or an object overriding it.'),
  worktreeDeps: z.enum(['junction', 'install']).default('junction').describe('junction: give each worktree its own dependency folder whose entries link to the main checkout packages (caches such as node_modules/.cache stay private); install: run the lockfile package manager.'),
  devServer: z
    .object({
      port: z.number().int().min(1).max(65535).default(3000).describe('Frontend port of the main checkout.'),
      backendPort: z.number().int().min(1).max(65535).default(8000).describe('Backend port of the main checkout.'),
      dir: z.string().default('.').describe('Frontend folder, relative to the worktree.'),
      cmd: commandLine.optional().describe('Frontend command: an argument array, or one line split with shell quoting but run without a shell (no &&, |, >); {port} substituted, PORT set.'),
      backendCmd: commandLine.optional().describe('Backend command: an argument array or one line, like cmd; {port} substituted, PORT set.'),
      readyPath: z.string().default('/').describe('HTTP path probed for readiness.'),
      readyTimeoutSec: z.number().int().positive().default(60).describe('Seconds to wait for the server to answer.'),
    })
    .default({ port: 3000, backendPort: 8000, dir: '.', readyPath: '/', readyTimeoutSec: 60 })
    .describe('Dev servers per worktree.'),
  review: z
    .object({
      intervalMin: z.number().positive().default(5).describe('Minutes between reviewer cycles.'),
      forwardCommentsFrom: z
        .enum(['collaborators', 'everyone'])
        .default('collaborators')
        .describe(
          'Whose pull request reviews and review comments the orchestrator sends on to a worker (always quoted as untrusted data): ' +
            'collaborators = authors with write access (author_association OWNER, MEMBER or COLLABORATOR); everyone = anyone who can comment.',
        ),
    })
    .default({ intervalMin: 5, forwardCommentsFrom: 'collaborators' })
    .describe('Reviewer worker and review feedback settings.'),
  dataFlow: z
    .union([
      z.string(),
      z.object({
        entities: z.array(z.string()).default([]),
        flows: z.array(z.string()).default([]),
        notes: z.string().optional(),
      }),
    ])
    .optional()
    .describe('Canonical data flow given to every worker.'),
  teams: z.record(z.string(), teamSchema).optional().describe('Team rules: {<team>: {ownsPaths, agents, skills}}.'),
  layout: layoutSchema.default({ type: 'root', envFiles: [] }).describe('Repository layout: root or monorepo-split.'),
  mux: z.enum(['tmux', 'psmux', 'headless']).optional().describe('Multiplexer; default psmux on Windows, tmux elsewhere (headless when tmux is missing).'),
  muxSocket: str.optional().describe('tmux socket name (tmux -L); ORCH_MUX_SOCKET wins.'),
  maxWorkers: z.number().int().positive().default(4).describe('Live workers at once across batches; more wait in the queue.'),
  hosts: z
    .array(
      z.object({
        name: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'lowercase a-z, 0-9 and -')
          .refine((n) => n !== 'local', 'local is the implicit host of this machine')
          .describe('Name used by --host, the host column and `orch attach`.'),
        ssh: z
          .string()
          .regex(/^(?:[A-Za-z0-9_][A-Za-z0-9._-]*@)?[A-Za-z0-9_][A-Za-z0-9._-]*(?::\d{1,5})?$/, 'user@host[:port]')
          .describe('Where to reach it: user@host[:port] (or a Host alias of ~/.ssh/config).'),
        repoPath: z.string().describe("Absolute path of the host's own clone of this repository (its origin must be the same repository)."),
        worktreesPath: z.string().describe("Absolute path on the host where this host's worktrees live."),
        maxWorkers: z.number().int().positive().default(2).describe('Live workers at once on this host.'),
        env: z.record(z.string(), z.string()).default({}).describe('Environment set in every worker window on this host (over the worker preset setEnv).'),
        identityFile: z.string().optional().describe('ssh -i: the private key for this host.'),
        sshOptions: z.array(z.string()).default([]).describe('Extra ssh -o options, e.g. ["StrictHostKeyChecking=accept-new"].'),
      }),
    )
    .default([])
    .describe('Other machines that run workers over SSH (OpenSSH, tmux, git and Node there; no agent of ours). New workers go to the host with the most free slots, this machine (`local`) first on a tie, unless --host names one.'),
  queue: z
    .object({
      avoidCollisions: z
        .boolean()
        .default(false)
        .describe('Hold a queued issue while a live worker changes a file the issue names (paths and identifiers found with git grep); it starts when that worker is done.'),
    })
    .default({ avoidCollisions: false })
    .describe('How the batch queue dispatches.'),
  ci: z
    .object({
      maxRounds: z.number().int().positive().default(3).describe('CI failures sent to one worker before the orchestrator stops sending more and tells the human.'),
    })
    .default({ maxRounds: 3 })
    .describe('CI triage of failing checks on worker pull requests.'),
  stuckAfterMin: z.number().positive().default(10).describe('Minutes without an event, screen change or commit before a working worker is stuck.'),
  guard: z
    .object({
      deny: z.array(z.string()).default([]).describe('Extra regular expressions of Bash commands to block in workers.'),
      disable: z
        .array(z.string())
        .default([])
        .describe('Names of default guard rules to turn off: merge-pr, push-base, delete-base, force-push, push-mirror, push-all-force, push-no-verify, push-unresolved, push-config, hooks-path, git-alias, orch-destructive, kill-by-name, opaque-command.'),
      protected: z.array(z.string()).default([]).describe('More branch names the guard treats like the base branch (release branches, for example).'),
    })
    .default({ deny: [], disable: [], protected: [] })
    .describe('Guard rails enforced by a PreToolUse hook in every worker.'),
  notify: z
    .object({
      webhook: z.url().optional().describe('URL that receives a JSON POST when a worker needs a human.'),
      command: z.array(z.string()).optional().describe('Command (argument array) run with the message JSON on stdin.'),
      reminderMin: z.number().positive().default(5).describe('Minutes between reminders while a worker stays in the same state.'),
    })
    .default({ reminderMin: 5 })
    .describe('Notifications.'),
  pricing: z
    .record(z.string(), modelPrice)
    .default(DEFAULT_PRICING)
    .describe(
      'Estimated cost per model in USD per million tokens, keyed by model id or id prefix (the longest matching key wins). ' +
        'Your entries are merged over the built-in table; a model with no price shows cost unknown, never 0.',
    ),
  limits: z
    .object({
      autoResume: z.boolean().default(true).describe('Resume workers stopped by a usage or rate limit once it resets (staggered), with a "continue" prompt.'),
      backoffMin: z.number().positive().default(15).describe('Minutes to wait before resuming when the limit gave no reset time.'),
      staggerSec: z.number().nonnegative().default(30).describe('Seconds between two resumed workers.'),
    })
    .default({ autoResume: true, backoffMin: 15, staggerSec: 30 })
    .describe('Usage limits, rate limits (429) and overload (529) the worker CLI gave up on.'),
  recovery: z
    .object({
      compact: z.boolean().default(false).describe('Type /compact into an idle worker whose screen says its context is nearly full.'),
      relaunchOnApiError: z.boolean().default(true).describe('After a transient API error the worker gave up on (5xx, connection trouble), tell it once to continue: a continue prompt where the CLI waits, or a relaunch with --continue when its process is gone.'),
    })
    .default({ compact: false, relaunchOnApiError: true })
    .describe('What the monitor may do by itself when `orch why` names a cause it can safely act on; everything else is reported, never answered for you.'),
  budget: z
    .object({
      worker: budgetLimits.default({}).describe('Per worker.'),
      batch: budgetLimits.default({}).describe('Per batch (the sum of its workers).'),
      warnAt: z.number().gt(0).lt(1).default(0.8).describe('Fraction of a budget at which the worker is told once to wrap up.'),
    })
    .default({ worker: {}, batch: {}, warnAt: 0.8 })
    .describe('Budgets: at warnAt the worker is told to wrap up; at 100% it is stopped (Escape, window kept), its batch stops dispatching and you are notified.'),
});

export type RawConfig = z.infer<typeof configSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type WorkerCliObject = z.infer<typeof workerCliObject>;
