import path from 'node:path';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from '../../adapters/fs.js';
import * as git from '../../adapters/git.js';
import { run } from '../../adapters/proc.js';
import type { WorkerPreset } from '../../core/presets.js';
import { workerChecks } from './doctor-worker.js';
import { atomicWrite } from '../../state/registry.js';
import { sessionNameFor } from '../../core/naming.js';
import { jsonDiff, parseGithubRepo } from '../../core/remote.js';
import { resolveConfig } from '../../config/resolve.js';
import { CONFIG_REL } from '../../config/load.js';
import { ConfigError, RefusalError, UsageError } from '../../errors.js';

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
  const worktrees = o.worktreesPath ? path.resolve(cwd, o.worktreesPath) : path.join(path.dirname(top), `${leaf}-worktrees`);
  // The file lives in <repo>/.claude, so repoPath is implied and paths are written relative to the repository
  // where they can be: the file can then be committed and works in every clone.
  const cfg: Record<string, unknown> = {
    projectName,
    worktreesPath: repoRelative(top, worktrees),
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

/** `../x-worktrees` for a folder next to the repository (or inside it), else the absolute path. */
export function repoRelative(top: string, dir: string): string {
  const rel = path.relative(top, dir);
  if (!rel || path.isAbsolute(rel)) return dir;
  const ups = rel.split(path.sep).filter((p) => p === '..').length;
  return ups <= 1 ? rel.split(path.sep).join('/') : dir;
}

/**
 * `init --force` on an existing file: the facts init reads from the repository (githubRepo, defaultBranch) and the
 * fields given as flags are updated; a field the file lacks is added when it says something (a test command found);
 * every other field is kept as it is (guard, notify, workerCli settings, anything added by hand).
 */
function merged(before: Record<string, unknown>, detected: Record<string, unknown>, top: string, o: InitOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { ...before };
  const fromFlag: Record<string, keyof InitOptions> = { projectName: 'projectName', psmuxSession: 'session', worktreesPath: 'worktreesPath', workerCmdPath: 'workerCmd', mux: 'mux', muxSocket: 'muxSocket', maxWorkers: 'maxWorkers' };
  // Left out of the file, these mean their default, which is what init would write: adding them says nothing.
  const implied = ['projectName', 'psmuxSession', 'worktreesPath', 'worktreeDeps'];
  for (const [k, v] of Object.entries(detected)) {
    if (k === 'layout' || k === 'workerCli') continue;
    const flag = fromFlag[k];
    if (k === 'githubRepo' || k === 'defaultBranch' || (flag && o[flag] !== undefined) || (!(k in before) && !implied.includes(k))) out[k] = v;
  }
  // An absolute repoPath equal to the file's own repository says nothing: dropped, so the file travels.
  if (typeof before.repoPath === 'string' && path.resolve(top, before.repoPath) === path.resolve(top)) delete out.repoPath;
  if (typeof out.worktreesPath === 'string' && path.isAbsolute(out.worktreesPath)) out.worktreesPath = repoRelative(top, out.worktreesPath);
  const bl = before.layout as Record<string, unknown> | undefined;
  const dl = detected.layout as { type: string; envFiles: string[]; nodeModules?: string; testCmd?: string };
  if (bl && bl.type === 'monorepo-split') out.layout = bl; // written by hand: init does not detect parts
  else {
    const keptEnv = Array.isArray(bl?.envFiles) ? (bl.envFiles as string[]) : [];
    out.layout = {
      ...dl,
      ...(bl ?? {}),
      type: 'root',
      // An env file listed by hand may not exist yet: detection adds files, it never drops one.
      envFiles: o.envFiles ?? [...new Set([...keptEnv, ...dl.envFiles])],
      ...(o.nodeModules !== undefined ? { nodeModules: o.nodeModules } : {}),
      ...(o.testCmd !== undefined ? { testCmd: o.testCmd } : {}),
    };
  }
  if (o.workerCli) out.workerCli = before.workerCli && typeof before.workerCli === 'object' ? { ...(before.workerCli as object), preset: o.workerCli } : o.workerCli;
  return out;
}

function backupName(file: string, now = new Date()): string {
  return `${file}.bak-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}

/** A config problem in what init built comes from a flag: name the flag, not the file. */
const FLAG_OF: Array<[RegExp, string]> = [
  [/^projectName\b/, '--project-name'], [/^repoPath\b/, '--repo-path'], [/^worktreesPath\b/, '--worktrees-path'], [/^psmuxSession\b/, '--session'],
  [/^githubRepo\b/, '--github-repo'], [/^defaultBranch\b/, '--default-branch'], [/^workerCmdPath\b/, '--worker-cmd'], [/^workerCli\b/, '--worker-cli'],
  [/^muxSocket\b/, '--mux-socket'], [/^mux\b/, '--mux'], [/^layout\.testCmd\b/, '--test-cmd'], [/^layout\.envFiles\b/, '--env-files'],
  [/^layout\.nodeModules\b/, '--node-modules'], [/^maxWorkers\b/, '--max-workers'],
];

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
  const detected = await detectConfig(cwd, o);
  const top = o.repoPath ? path.resolve(cwd, o.repoPath) : String((await git.gitTry(cwd, ['rev-parse', '--show-toplevel'])).out);
  const file = path.join(top, CONFIG_REL);
  const exists = existsSync(file);
  let before: Record<string, unknown> | undefined;
  if (exists) {
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      before = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    } catch {
      before = {};
    }
  }
  const cfg = before ? merged(before, detected, top, o) : detected;
  const diff = before ? jsonDiff(before, cfg) : [];
  let resolved;
  try {
    resolved = resolveConfig(cfg, file); // what init would write must itself be valid
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const flagged = e.problems.map((p) => ({ p, flag: FLAG_OF.find(([re]) => re.test(p))?.[1] })).filter((x) => x.flag);
    if (flagged.length) throw new UsageError(flagged.map((x) => `${x.flag}: ${x.p.replace(/^[\w.]+: /, '')}`).join('; '), 'see `orch init --help`');
    throw e;
  }
  if (before && !diff.length) {
    // Nothing to change is success (exit 0); the preflight still runs, it is what a re-run is for.
    return { written: false, unchanged: true, file, backup: null, config: cfg, diff, preflight: await preflight(resolved) };
  }
  if (before && !o.force) {
    throw new RefusalError(`${file} already exists; re-running init would change:\n  ${diff.join('\n  ')}`, 'run `orch init --force` to apply it (every other field is kept; the old file is backed up)');
  }
  const summary = before ? `Update ${file}:\n  ${diff.join('\n  ')}` : `Write ${file}:\n${JSON.stringify(cfg, null, 2)}`;
  if (!o.yes && !(await confirm(summary))) return { written: false, unchanged: false, file, backup: null, config: cfg, diff, preflight: [] as PreflightItem[] };
  mkdirSync(path.dirname(file), { recursive: true });
  let backup: string | null = null;
  if (before) {
    backup = backupName(file);
    copyFileSync(file, backup);
  }
  atomicWrite(file, cfg);
  return { written: true, unchanged: false, file, backup, config: cfg, diff, preflight: await preflight(resolved) };
}
