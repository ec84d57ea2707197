import path from 'node:path';
import { existsSync, readdirSync, realpathSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { KNOWN_CACHES, linkState, lstatExists, type LinkState } from '../../adapters/links.js';
import { isInside } from '../../adapters/tree-scan.js';
import { dependencyFolders, envFiles } from '../../core/test-commands.js';
import { UsageError } from '../../errors.js';
import { mapLimit } from '../shared/map-limit.js';
import { inspectProject } from './inspect.js';
import { workerJsonOf } from './worker-json.js';

export type HealthLabel = 'READY' | 'NEEDS INSTALL' | 'NEEDS ENV' | 'SHARED CACHE' | 'ZOMBIE' | 'MISSING';

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
  /** Cache folders (relative to the worktree) that resolve into the main checkout: every worker writing the same files. */
  sharedCaches: string[];
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
  const sharedCaches = exists ? sharedCachesOf(config.repoPath, wtPath, dependencyFolders(config.layout)) : [];
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
          : sharedCaches.length
            ? 'SHARED CACHE'
            : 'READY';
  return { name, path: wtPath, exists, gitHealthy, branch, uncommitted, lastCommit: last, behind, envFiles: envs, deps, sharedCaches, windowAlive, label };
}

/**
 * Known cache folders of each dependency folder and its package root whose path, followed through links, lands in
 * the main checkout: whatever the worktree's tools write there, every other worktree reads and overwrites too.
 * A cache that does not exist yet counts by the folder it would be created in (an old single-link node_modules).
 */
export function sharedCachesOf(repo: string, wt: string, depFolders: string[]): string[] {
  const main = realOrSelf(repo);
  const candidates = new Set<string>();
  for (const d of depFolders) {
    for (const c of KNOWN_CACHES) if (!c.includes('/')) candidates.add(path.join(d, c));
    for (const c of KNOWN_CACHES) candidates.add(path.join(path.dirname(d), c));
  }
  const out: string[] = [];
  for (const rel of candidates) {
    // The deepest part of the path that exists decides where the cache is (or will be) written.
    let p = path.join(wt, rel);
    while (!lstatExists(p) && isInside(path.dirname(p), wt) && path.dirname(p) !== p) p = path.dirname(p);
    if (!isInside(p, wt) || path.resolve(p) === path.resolve(wt)) continue;
    const real = realOrSelf(p);
    if (isInside(real, main) || isInside(real, repo)) out.push(path.normalize(rel));
  }
  return out.sort();
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** A health report's own facts, beside the worker vocabulary (or, for a folder no worker owns, beside its path). */
function healthExtras(r: HealthReport) {
  return {
    label: r.label,
    exists: r.exists,
    gitHealthy: r.gitHealthy,
    lastCommit: r.lastCommit ?? null,
    envFiles: r.envFiles,
    deps: r.deps,
    sharedCaches: r.sharedCaches,
  };
}

/**
 * `orch health [<name> | --all]`: registered workers in the shared vocabulary plus their health facts; worktrees
 * and folders no worker owns (zombies) in a list of their own.
 */
export async function healthFlow(project: Project, o: { name?: string | undefined; all: boolean }) {
  const { registry, config, mux } = project;
  const windows = await mux.listWindows(config.session);
  const worktrees = await git.listWorktrees(config.repoPath);
  const known = new Set(worktrees.map((w) => path.resolve(w.path)));
  const alive = (n: string) => windows.some((w) => w.name === n && !w.dead);
  const targets = new Map<string, string>();
  if (o.name) {
    const rec = registry.getWorker(o.name);
    const wt = rec?.worktree ?? path.join(config.worktreesPath, o.name);
    if (!rec && !existsSync(wt)) throw new UsageError(`no worker or worktree named ${o.name}`, 'run `orch list` to see the names');
    targets.set(o.name, wt);
  } else {
    for (const r of registry.listWorkers()) targets.set(r.name, r.worktree);
    for (const w of worktrees) {
      if (path.dirname(path.resolve(w.path)) === path.resolve(config.worktreesPath) && !targets.has(path.basename(w.path))) targets.set(path.basename(w.path), w.path);
    }
    // Folders in worktreesPath that git does not know (zombies), as `orch list` shows them: labelled ZOMBIE.
    const taken = new Set([...targets.values()].map((p) => path.resolve(p)));
    if (existsSync(config.worktreesPath)) {
      for (const d of readdirSync(config.worktreesPath, { withFileTypes: true })) {
        const p = path.join(config.worktreesPath, d.name);
        if (d.isDirectory() && !taken.has(path.resolve(p)) && !targets.has(d.name)) targets.set(d.name, p);
      }
    }
  }
  const reports = await mapLimit([...targets], 8, ([n, p]) => checkHealth(project, n, p, alive(registry.getWorker(n)?.window ?? n), known.has(path.resolve(p))));
  const names = reports.filter((r) => registry.getWorker(r.name)).map((r) => r.name);
  const facts = names.length ? (await inspectProject(project, { capture: false, git: true, names })).workers : [];
  const workers = reports.flatMap((r) => {
    const f = facts.find((x) => x.rec.name === r.name);
    return f ? [{ ...workerJsonOf(project, f, { why: false }), ...healthExtras(r) }] : [];
  });
  const zombies = reports
    .filter((r) => !facts.some((x) => x.rec.name === r.name))
    .map((r) => ({ name: r.name, worktree: r.path, branch: r.branch ?? null, uncommitted: r.gitHealthy ? { count: r.uncommitted.length, files: r.uncommitted } : null, behind: r.behind ?? null, window: { name: r.name, alive: r.windowAlive }, ...healthExtras(r) }));
  return { workers, zombies };
}
