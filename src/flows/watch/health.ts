import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { linkState, lstatExists, type LinkState } from '../../adapters/links.js';
import { dependencyFolders, envFiles } from '../../core/test-commands.js';
import { UsageError } from '../../errors.js';
import { mapLimit } from '../shared/map-limit.js';

export type HealthLabel = 'READY' | 'NEEDS INSTALL' | 'NEEDS ENV' | 'ZOMBIE' | 'MISSING';

export interface HealthReport {
  name: string;
  path: string;
  exists: boolean;
  gitHealthy: boolean;
  branch: string | undefined;
  uncommitted: string[];
  lastCommit: { sha: string; subject: string; date: string } | undefined;
  behind: number | undefined;
  envFiles: Array<{ file: string; present: boolean; inMain: boolean }>;
  deps: Array<{ path: string; state: LinkState | 'installed' }>;
  windowAlive: boolean;
  label: HealthLabel;
}

/** Health of one worktree: what it needs before a worker can run in it. Reads only. */
export async function checkHealth(project: Project, name: string, wtPath: string, windowAlive: boolean, known: boolean): Promise<HealthReport> {
  const { config } = project;
  const exists = existsSync(wtPath);
  const gitHealthy = exists && (await git.isGitCheckout(wtPath));
  const envs = envFiles(config.layout).map((f) => ({ file: f, present: lstatExists(path.join(wtPath, f)), inMain: existsSync(path.join(config.repoPath, f)) }));
  const deps = dependencyFolders(config.layout).map((d) => {
    const st = exists ? linkState(config.repoPath, wtPath, d) : 'missing';
    return { path: d, state: (config.worktreeDeps === 'install' && st === 'real-dir' ? 'installed' : st) as LinkState | 'installed' };
  });
  let uncommitted: string[] = [];
  let branch: string | undefined;
  let last: HealthReport['lastCommit'];
  let behind: number | undefined;
  if (gitHealthy) {
    [uncommitted, branch, last] = await Promise.all([git.dirtyFiles(wtPath).catch(() => []), git.currentBranch(wtPath), git.lastCommit(wtPath)]);
    const ab = await git.aheadBehind(wtPath, `origin/${config.defaultBranch}`);
    behind = ab?.behind;
  }
  const label: HealthLabel = !exists
    ? 'MISSING'
    : !gitHealthy || !known
      ? 'ZOMBIE'
      : deps.some((d) => d.state === 'missing' || d.state === 'wrong-target')
        ? 'NEEDS INSTALL'
        : envs.some((e) => e.inMain && !e.present)
          ? 'NEEDS ENV'
          : 'READY';
  return { name, path: wtPath, exists, gitHealthy, branch, uncommitted, lastCommit: last, behind, envFiles: envs, deps, windowAlive, label };
}

/** `orch health [<name> | --all]`. */
export async function healthFlow(project: Project, o: { name?: string | undefined; all: boolean }) {
  const { registry, config, mux } = project;
  const windows = await mux.listWindows(config.session);
  const worktrees = await git.listWorktrees(config.repoPath);
  const known = new Set(worktrees.map((w) => path.resolve(w.path)));
  const alive = (n: string) => windows.some((w) => w.name === n && !w.dead);
  if (o.name) {
    const rec = registry.getWorker(o.name);
    const wt = rec?.worktree ?? path.join(config.worktreesPath, o.name);
    if (!rec && !existsSync(wt)) throw new UsageError(`no worker or worktree named ${o.name}`, 'run `orch list` to see the names');
    return [await checkHealth(project, o.name, wt, alive(rec?.window ?? o.name), known.has(path.resolve(wt)))];
  }
  const recs = registry.listWorkers();
  const targets = new Map(recs.map((r) => [r.name, r.worktree]));
  for (const w of worktrees) {
    if (path.dirname(path.resolve(w.path)) === path.resolve(config.worktreesPath) && !targets.has(path.basename(w.path))) targets.set(path.basename(w.path), w.path);
  }
  return mapLimit([...targets], 8, ([n, p]) => checkHealth(project, n, p, alive(n), known.has(path.resolve(p))));
}
