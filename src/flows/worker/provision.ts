import path from 'node:path';
import { existsSync, mkdirSync, writeFileSync } from '../../adapters/fs.js';
import * as git from '../../adapters/git.js';
import { copyEnvFiles, linkDependencyEntries } from '../../adapters/links.js';
import { run } from '../../adapters/proc.js';
import { installPushHook } from '../../adapters/push-hook.js';
import { dependencyFolders, envFiles } from '../../core/test-commands.js';
import { BRIEF_FILE } from '../../core/brief.js';
import type { Config } from '../../config/resolve.js';
import type { Project } from '../../context.js';
import type { Rollback } from '../shared/rollback.js';
import { OrchError } from '../../errors.js';
import { isRemote, sshHost } from '../../adapters/ssh.js';

const queues = new Map<string, Promise<unknown>>();

/** One queue per repository for what git serialises internally (worktree add/remove touch .git/config and its lock). */
export function serialPerRepo<T>(repo: string, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(repo) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  queues.set(repo, next.catch(() => undefined));
  return next;
}

export interface ProvisionInput { name: string; branch: string | undefined; base: string; worktree: string; brief: string; startPoint?: string; /** Start on the existing (kept) branch instead of creating it. */ reuseBranch?: boolean; /** A configured host (absent: this machine). */ host?: string }

/** Starting point for a new branch: origin/<base> after a fetch when there is a remote, else the local base. */
export async function startPointFor(config: Config, base: string): Promise<string> {
  if (await git.hasRemote(config.repoPath)) {
    await git.fetch(config.repoPath, 'origin', base).catch(() => undefined);
    if (await git.refExists(config.repoPath, `refs/remotes/origin/${base}`)) return `origin/${base}`;
  }
  if (await git.refExists(config.repoPath, base)) return base;
  throw new OrchError('no-base', `base branch ${base} exists neither on origin nor locally`, { hint: 'check defaultBranch in the config or pass --base <branch>', exitCode: 2 });
}

/** "main is 2 commits ahead of origin/main: ..." when the local base holds commits the workers will not start from. */
export async function baseAheadWarning(config: Config, base: string): Promise<string | undefined> {
  if (!(await git.refExists(config.repoPath, `refs/remotes/origin/${base}`)) || !(await git.refExists(config.repoPath, `refs/heads/${base}`))) return undefined;
  const r = await git.gitTry(config.repoPath, ['rev-list', '--count', `refs/remotes/origin/${base}..refs/heads/${base}`]);
  const n = Number(r.out);
  if (!r.ok || !(n > 0)) return undefined;
  return `${base} is ${n} commit${n === 1 ? '' : 's'} ahead of origin/${base}: workers start from origin/${base} (push ${base} first if they need ${n === 1 ? 'it' : 'them'})`;
}

/** Creates the worktree and branch, copies env files, links or installs dependencies and writes the brief; registers undos. */
export async function provisionWorktree(project: Project, p: ProvisionInput, rb: Rollback, log: (s: string) => void): Promise<{ links: string[] }> {
  const { config } = project;
  if (isRemote(p.host)) {
    const { provisionRemote } = await import('./remote.js');
    return provisionRemote(project, sshHost(config, p.host), p, rb, log);
  }
  const startPoint = p.reuseBranch ? '' : (p.startPoint ?? (await startPointFor(config, p.base)));
  mkdirSync(config.worktreesPath, { recursive: true });
  await serialPerRepo(config.repoPath, async () => {
    if (p.branch && p.reuseBranch) await git.addWorktreeExisting(config.repoPath, p.worktree, p.branch);
    else if (p.branch) await git.addWorktree(config.repoPath, p.worktree, p.branch, startPoint);
    else await git.addDetachedWorktree(config.repoPath, p.worktree, startPoint);
  });
  // The rollback goes through the one teardown without --force: what orch put there (env files, brief, links) is
  // excluded from git, so anything dirty or committed was made by someone else and is kept (the error says so).
  rb.add(`removed worktree ${p.worktree}${p.branch ? ` and branch ${p.branch}` : ''}`, async () => {
    const { closeWorker } = await import('./teardown.js');
    // A reused branch was there before this start: the rollback keeps it.
    const closed = await closeWorker(project, p.name, { force: false, deleteBranch: !p.reuseBranch, dir: p.worktree, verb: 'roll back' });
    // A branch this start created and could not delete is a leftover (a retry would fail on it): said, not hidden.
    if (!p.reuseBranch && closed.branch?.action === 'kept') throw new Error(`kept branch ${closed.branch.name}: ${closed.branch.why}`);
  });
  // Layer 2 of "no worker touches the base branch": a pre-push hook that lets only this worker's branch through.
  await installPushHook({ repoPath: config.repoPath, worktree: p.worktree, registryDir: project.registry.dir, name: p.name, branch: p.branch, eventsFile: project.registry.eventsFile(p.name), fresh: true });
  const copied = copyEnvFiles(config.repoPath, p.worktree, envFiles(config.layout));
  if (copied.length) log(`copied ${copied.join(', ')}`);
  await excludeEnvFiles(config);
  const links = await setUpDependencies(config, p.worktree, log, path.join(project.registry.dir, 'links'));
  writeFileSync(path.join(p.worktree, BRIEF_FILE), p.brief);
  await git.excludeFromGit(config.repoPath, `/${BRIEF_FILE}`);
  return { links };
}

/** Env files hold secrets: excluded from git even when the repository's .gitignore does not ignore them (finish refuses them too). */
export async function excludeEnvFiles(config: Config): Promise<void> {
  for (const rel of envFiles(config.layout)) await git.excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, '/').replace(/^\.\//, '')}`);
}

/** `templates`: orch's folder of links for hard-linking (linkDependencyEntries); without it, symlinks of their own. */
export async function setUpDependencies(config: Config, worktree: string, log: (s: string) => void, templates?: string): Promise<string[]> {
  const folders = dependencyFolders(config.layout);
  const links: string[] = [];
  if (config.worktreeDeps === 'junction') {
    for (const rel of folders) {
      // A folder of its own whose entries link to the main checkout's packages: caches written inside it
      // (node_modules/.cache, .vite, ...) stay private to this worktree instead of shared by every worker.
      const r = linkDependencyEntries(config.repoPath, worktree, rel, templates);
      if (r.result === 'linked') links.push(rel);
      if (r.result === 'source-missing') log(`${rel} is missing in the main checkout: install dependencies there first`);
    }
    // A link is not a directory, so .gitignore's `node_modules/` misses it; exclude the exact path instead.
    for (const rel of links) await git.excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, '/')}`);
    return links;
  }
  const pkgDirs = [...new Set(folders.map((f) => path.dirname(f)))].filter((d) => existsSync(path.join(worktree, d, 'package.json')));
  for (const d of pkgDirs) {
    const dir = path.join(worktree, d);
    const pm = existsSync(path.join(dir, 'pnpm-lock.yaml')) ? 'pnpm' : existsSync(path.join(dir, 'yarn.lock')) ? 'yarn' : 'npm';
    const args = pm === 'npm' ? (existsSync(path.join(dir, 'package-lock.json')) ? ['ci'] : ['install']) : ['install', '--frozen-lockfile'];
    log(`installing dependencies in ${d} with ${pm}`);
    const r = await run(pm, args, { cwd: dir });
    if (r.exitCode !== 0) throw new OrchError('install-failed', `${pm} ${args.join(' ')} failed in ${dir}: ${r.stderr.split('\n').slice(-5).join(' | ')}`);
  }
  return links;
}
