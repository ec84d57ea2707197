import { z } from 'zod';

/**
 * The session config `.claude/session-plugin.json`. Every field is described: reference/config.md is
 * generated from these descriptions, and a test fails when the page and the schema differ.
 * Configs written for the original claude-session-orchestrator plugin load unchanged.
 */

const str = z.string().min(1);

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

export const configSchema = z.object({
  projectName: str.optional().describe('Project name; default: the repository folder name.'),
  repoPath: str.optional().describe('Main checkout; default: the folder holding .claude/session-plugin.json.'),
  worktreesPath: str.optional().describe('Where worktrees live, outside the repo; default: sibling <leaf>-worktrees.'),
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
  worktreeDeps: z.enum(['junction', 'install']).default('junction').describe('junction: link the main checkout dependency folders; install: run the lockfile package manager.'),
  devServer: z
    .object({
      port: z.number().int().min(1).max(65535).default(3000).describe('Frontend port of the main checkout.'),
      backendPort: z.number().int().min(1).max(65535).default(8000).describe('Backend port of the main checkout.'),
      dir: z.string().default('.').describe('Frontend folder, relative to the worktree.'),
      cmd: z.array(z.string()).optional().describe('Frontend command (argument array; {port} substituted, PORT set).'),
      backendCmd: z.array(z.string()).optional().describe('Backend command (argument array; {port} substituted, PORT set).'),
      readyPath: z.string().default('/').describe('HTTP path probed for readiness.'),
      readyTimeoutSec: z.number().int().positive().default(60).describe('Seconds to wait for the server to answer.'),
    })
    .default({ port: 3000, backendPort: 8000, dir: '.', readyPath: '/', readyTimeoutSec: 60 })
    .describe('Dev servers per worktree.'),
  review: z
    .object({ intervalMin: z.number().positive().default(5).describe('Minutes between reviewer cycles.') })
    .default({ intervalMin: 5 })
    .describe('Reviewer worker settings.'),
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
  stuckAfterMin: z.number().positive().default(10).describe('Minutes without an event, screen change or commit before a working worker is stuck.'),
  guard: z
    .object({
      deny: z.array(z.string()).default([]).describe('Extra regular expressions of Bash commands to block in workers.'),
      disable: z.array(z.string()).default([]).describe('Names of default guard rules to turn off.'),
    })
    .default({ deny: [], disable: [] })
    .describe('Guard rails enforced by a PreToolUse hook in every worker.'),
  notify: z
    .object({
      webhook: z.url().optional().describe('URL that receives a JSON POST when a worker needs a human.'),
      command: z.array(z.string()).optional().describe('Command (argument array) run with the message JSON on stdin.'),
      reminderMin: z.number().positive().default(5).describe('Minutes between reminders while a worker stays in the same state.'),
    })
    .default({ reminderMin: 5 })
    .describe('Notifications.'),
});

export type RawConfig = z.infer<typeof configSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type WorkerCliObject = z.infer<typeof workerCliObject>;
