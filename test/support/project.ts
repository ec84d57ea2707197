import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { claudeBinary, claudeEnv, prepareClaudeHome } from '../../src/demo/claude-home.js';
import { startScriptedModel, type ModelScript, type ScriptedModel } from '../../src/demo/scripted-model.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { Registry } from '../../src/state/registry.js';
import { makeMux, type Project } from '../../src/context.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ORCH_BIN = path.join(REPO_ROOT, 'bin', 'orch.js');
export const STAND_IN = path.join(REPO_ROOT, 'dist', 'demo', 'stand-in-worker.js');

export interface RunResult { code: number; stdout: string; stderr: string }

export interface TestProjectOptions {
  /** Extra raw config fields (merged over the defaults below). */
  config?: Record<string, unknown>;
  /** claude: the real Claude Code CLI against `model`; stand-in: the bundled stand-in worker; none: no workerCli override. */
  worker?: 'claude' | 'stand-in' | 'none';
  model?: ModelScript;
  /** Env vars handed to the worker window (e.g. GITHUB_TOKEN for an emulator). */
  workerEnv?: Record<string, string>;
  /** Pre-seed trust so the handshake does not see the trust prompt. */
  trusted?: boolean;
  files?: Record<string, string>;
}

export interface TestProject {
  root: string;
  repo: string;
  origin: string;
  worktrees: string;
  socket: string;
  configFile: string;
  model: ScriptedModel | undefined;
  /** Environment for running orch (private tmux socket; no tokens unless the test adds them). */
  env: Record<string, string>;
  /** `env` entries set to undefined are removed from the child's environment. */
  orch(args: string[], opts?: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number }): Promise<RunResult>;
  git(args: string[], cwd?: string): Promise<string>;
  tmux(args: string[]): Promise<RunResult>;
  project(): Promise<Project>;
  writeConfig(raw: Record<string, unknown>): void;
  raw: Record<string, unknown>;
  cleanup(): Promise<void>;
}

async function sh(cmd: string, args: string[], cwd: string): Promise<string> {
  const r = await execa(cmd, args, { cwd, reject: false });
  if (r.exitCode !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return String(r.stdout);
}

/** A real git repository with a bare origin, a session config and a private tmux socket, in a temp dir. */
export async function makeTestProject(opts: TestProjectOptions = {}): Promise<TestProject> {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-t-')));
  const origin = path.join(root, 'origin.git');
  const repo = path.join(root, 'repo');
  const worktrees = path.join(root, 'repo-worktrees');
  const socket = `orch-t-${path.basename(root).slice(-6)}-${process.pid}`;
  await sh('git', ['init', '-q', '--bare', '-b', 'main', origin], root);
  await sh('git', ['init', '-q', '-b', 'main', repo], root);
  for (const [k, v] of [['user.name', 'Orch Test'], ['user.email', 'orch-test@example.invalid'], ['commit.gpgsign', 'false']] as const) await sh('git', ['config', k, v], repo);
  writeFileSync(path.join(repo, 'README.md'), '# test repo\n');
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n.env\n');
  for (const [f, content] of Object.entries(opts.files ?? {})) {
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
    writeFileSync(path.join(repo, f), content);
  }
  await sh('git', ['add', '.'], repo);
  await sh('git', ['commit', '-q', '-m', 'Initial commit'], repo);
  await sh('git', ['remote', 'add', 'origin', origin], repo);
  await sh('git', ['push', '-q', '-u', 'origin', 'main'], repo);
  await sh('git', ['remote', 'set-head', 'origin', 'main'], repo);

  let model: ScriptedModel | undefined;
  let workerCli: unknown;
  const worker = opts.worker ?? 'stand-in';
  if (worker === 'claude') {
    const bin = claudeBinary();
    if (!bin) throw new Error('the Claude Code CLI is not installed: run npm install (it is a devDependency)');
    model = await startScriptedModel(opts.model ?? (() => ({ text: 'ok' })));
    const home = path.join(root, 'claude-home');
    await prepareClaudeHome({ dir: home, trustedDirs: opts.trusted ? [repo] : [], skipBypassWarning: Boolean(opts.trusted) });
    workerCli = { preset: 'claude', cmd: bin, setEnv: { ...claudeEnv(home, model.url), ...(opts.workerEnv ?? {}) }, bootWaitSec: 60 };
  } else if (worker === 'stand-in') {
    workerCli = { preset: 'generic', cmd: process.execPath, args: [STAND_IN], ready: { matchAny: ['stand-in ready>'] }, setEnv: opts.workerEnv ?? {} };
  }
  const raw: Record<string, unknown> = {
    projectName: 'repo',
    psmuxSession: 'orchtest',
    defaultBranch: 'main',
    muxSocket: socket,
    ...(workerCli ? { workerCli } : {}),
    layout: { type: 'root', envFiles: ['.env'] },
    ...(opts.config ?? {}),
  };
  const configFile = path.join(repo, '.claude', 'session-plugin.json');
  const writeConfig = (r: Record<string, unknown>) => {
    mkdirSync(path.dirname(configFile), { recursive: true });
    writeFileSync(configFile, `${JSON.stringify(r, null, 2)}\n`);
  };
  writeConfig(raw);
  // The config stays uncommitted and out of git status, like a user's local setup.
  writeFileSync(path.join(repo, '.git', 'info', 'exclude'), '/.claude/\n', { flag: 'a' });

  const env: Record<string, string> = { ORCH_MUX_SOCKET: socket, NO_COLOR: '1' };
  const baseEnv: Record<string, string | undefined> = { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined };
  const tp: TestProject = {
    root,
    repo,
    origin,
    worktrees,
    socket,
    configFile,
    model,
    env,
    raw,
    writeConfig,
    async orch(args, o = {}) {
      const r = await execa(process.execPath, [ORCH_BIN, ...args], {
        cwd: o.cwd ?? repo,
        env: { ...baseEnv, ...env, ...(o.env ?? {}) },
        extendEnv: false,
        reject: false,
        input: o.input ?? '',
        timeout: o.timeoutMs ?? 120_000,
      });
      return { code: r.exitCode ?? 1, stdout: String(r.stdout), stderr: String(r.stderr) };
    },
    git: (args, cwd) => sh('git', args, cwd ?? repo),
    async tmux(args) {
      const r = await execa('tmux', ['-L', socket, ...args], { reject: false });
      return { code: r.exitCode ?? 1, stdout: String(r.stdout), stderr: String(r.stderr) };
    },
    async project() {
      const config = resolveConfig(raw, configFile, { ...process.env, ORCH_MUX_SOCKET: socket });
      const registry = await Registry.open(repo);
      return { config, registry, mux: makeMux(config, registry) };
    },
    async cleanup() {
      await execa('tmux', ['-L', socket, 'kill-server'], { reject: false });
      rmSync(path.join(`/tmp/tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
      await model?.close();
      // Worker processes die a moment after their tmux server; they may still write into the temp dir.
      for (let i = 0; ; i++) {
        try {
          rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
          break;
        } catch (e) {
          if (i >= 20) throw e;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
  };
  return tp;
}

/** Polls until fn returns a truthy value or the timeout passes. */
export async function waitFor<T>(fn: () => Promise<T> | T, timeoutMs = 30_000, what = 'condition', pollMs = 200): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
