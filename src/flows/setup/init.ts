import path from 'node:path';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as git from '../../adapters/git.js';
import { run } from '../../adapters/proc.js';
import type { WorkerPreset } from '../../core/presets.js';
import { workerChecks } from './doctor-worker.js';
import { atomicWrite } from '../../state/registry.js';
import { sessionNameFor } from '../../core/naming.js';
import { jsonDiff, parseGithubRepo } from '../../core/remote.js';
import { resolveConfig } from '../../config/resolve.js';
import { CONFIG_REL } from '../../config/load.js';
import { OrchError, UsageError } from '../../errors.js';

export interface InitOptions {
  yes: boolean;
  force: boolean;
  projectName?: string;
  repoPath?: string;
  worktreesPath?: string;
  session?: string;
  githubRepo?: string;
  defaultBranch?: string;
  workerCmd?: string;
  workerCli?: string;
  mux?: string;
  muxSocket?: string;
  testCmd?: string;
  envFiles?: string[];
  nodeModules?: string;
  maxWorkers?: number;
}

/** Values detected from the repository; flags win over them. */
export async function detectConfig(cwd: string, o: InitOptions): Promise<Record<string, unknown>> {
  const top = o.repoPath ? path.resolve(cwd, o.repoPath) : (await git.gitTry(cwd, ['rev-parse', '--show-toplevel'])).out || '';
  if (!top || !(await git.isGitCheckout(top))) throw new UsageError(`${o.repoPath ?? cwd} is not inside a git checkout`, 'run `orch init` in your repository, or pass --repo-path <dir>');
  const leaf = path.basename(top);
  const projectName = o.projectName ?? leaf;
  const defaultBranch = o.defaultBranch ?? (await git.originHead(top)) ?? (await git.currentBranch(top)) ?? 'main';
  const githubRepo = o.githubRepo ?? parseGithubRepo(await git.remoteUrl(top));
  const envFiles = o.envFiles ?? ['.env', '.env.local', '.env.test', '.env.development'].filter((f) => existsSync(path.join(top, f)));
  const nodeModules = o.nodeModules ?? (existsSync(path.join(top, 'node_modules')) ? 'node_modules' : undefined);
  let testCmd = o.testCmd;
  if (!testCmd && existsSync(path.join(top, 'package.json'))) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(top, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
      const pm = existsSync(path.join(top, 'pnpm-lock.yaml')) ? 'pnpm' : existsSync(path.join(top, 'yarn.lock')) ? 'yarn' : 'npm';
      if (pkg.scripts?.test && !/no test specified/.test(pkg.scripts.test)) testCmd = `${pm} test`;
    } catch {
      /* an unreadable package.json gives no test command */
    }
  }
  const cfg: Record<string, unknown> = {
    projectName,
    repoPath: top,
    worktreesPath: o.worktreesPath ? path.resolve(cwd, o.worktreesPath) : path.join(path.dirname(top), `${leaf}-worktrees`),
    psmuxSession: o.session ?? sessionNameFor(projectName),
    ...(githubRepo ? { githubRepo } : {}),
    defaultBranch,
    ...(o.workerCmd ? { workerCmdPath: o.workerCmd } : {}),
    ...(o.workerCli ? { workerCli: o.workerCli } : {}),
    worktreeDeps: 'junction',
    layout: { type: 'root', envFiles, ...(nodeModules ? { nodeModules } : {}), ...(testCmd ? { testCmd } : {}) },
    ...(o.mux ? { mux: o.mux } : {}),
    ...(o.muxSocket ? { muxSocket: o.muxSocket } : {}),
    ...(o.maxWorkers ? { maxWorkers: o.maxWorkers } : {}),
  };
  return cfg;
}

export interface PreflightItem { check: string; ok: boolean; detail: string }

export async function preflight(cfg: { mux: string; worker: WorkerPreset; githubRepo?: string | undefined }): Promise<PreflightItem[]> {
  const items: PreflightItem[] = [];
  const g = await run('git', ['--version']);
  items.push({ check: 'git', ok: g.exitCode === 0, detail: g.exitCode === 0 ? g.stdout.trim() : 'git not found: install git' });
  if (cfg.mux === 'headless') items.push({ check: 'multiplexer', ok: true, detail: 'headless (no tmux needed)' });
  else {
    const bin = cfg.mux === 'psmux' ? 'psmux' : 'tmux';
    const m = await run(bin, ['-V']);
    items.push({ check: 'multiplexer', ok: m.exitCode === 0, detail: m.exitCode === 0 ? m.stdout.trim() : `${bin} not found: install ${bin} (apt-get install tmux / brew install tmux) or set "mux": "headless"` });
  }
  // The same check as `orch doctor`, so the two never disagree about the worker command.
  const w = (await workerChecks(cfg.worker, process.env, { checkLogin: false })).find((c) => c.check === 'worker command');
  items.push({ check: 'worker command', ok: w?.status !== 'fail', detail: w?.status === 'fail' ? `${w.detail}${w.fix ? `: ${w.fix}` : ''}` : (w?.detail ?? cfg.worker.cmd) });
  const token = process.env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : process.env.GH_TOKEN ? 'GH_TOKEN' : undefined;
  items.push({
    check: 'GitHub token',
    ok: Boolean(token) || !cfg.githubRepo,
    detail: token ? `${token} is set` : cfg.githubRepo ? 'no token: set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`' : 'not needed (no githubRepo)',
  });
  return items;
}

/** `orch init`: scaffold .claude/session-plugin.json from the repository, validate it, run the preflight. */
export async function initFlow(cwd: string, o: InitOptions, confirm: (summary: string) => Promise<boolean>) {
  const cfg = await detectConfig(cwd, o);
  const file = path.join(String(cfg.repoPath), CONFIG_REL);
  const exists = existsSync(file);
  let diff: string[] = [];
  if (exists) {
    let before: Record<string, unknown> = {};
    try {
      before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      before = {};
    }
    diff = jsonDiff(before, cfg);
    if (!o.force) {
      throw new OrchError('exists', `${file} already exists${diff.length ? `; re-running init would change:\n  ${diff.join('\n  ')}` : ' and matches what init detects'}`, {
        exitCode: 2,
        hint: diff.length ? 'run `orch init --force` to overwrite it' : 'nothing to do; `orch config` shows it',
      });
    }
  }
  const resolved = resolveConfig(cfg, file); // the scaffold must itself be valid before it is written
  const summary = `${exists ? 'Overwrite' : 'Write'} ${file}:\n${JSON.stringify(cfg, null, 2)}`;
  if (!o.yes && !(await confirm(summary))) return { written: false, file, config: cfg, diff, preflight: [] as PreflightItem[] };
  mkdirSync(path.dirname(file), { recursive: true });
  atomicWrite(file, cfg);
  return { written: true, file, config: cfg, diff, preflight: await preflight(resolved) };
}
