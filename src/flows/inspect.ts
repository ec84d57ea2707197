import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import type { Project } from '../context.js';
import type { WorkerRecord } from '../state/records.js';
import type { MuxWindow } from '../adapters/mux.js';
import * as git from '../adapters/git.js';
import { readRecentEvents, type WorkerEvent } from '../state/events.js';
import { classifyScreen, type ScreenReading } from '../core/screens.js';
import { deriveState, type DerivedState } from '../core/worker-state.js';

/** Bounded concurrency for per-worker git queries: dozens of workers must not fork dozens of gits at once. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(runners);
  return out;
}

export interface WorkerFacts {
  rec: WorkerRecord;
  window: MuxWindow | undefined;
  worktreeExists: boolean;
  events: WorkerEvent[];
  screen: ScreenReading | undefined;
  rawScreen: string | undefined;
  git: { uncommitted: number; ahead: number; behind: number } | undefined;
  state: DerivedState;
}

export interface ProjectFacts {
  workers: WorkerFacts[];
  zombies: string[];
  orphans: MuxWindow[];
  missing: string[];
  windows: MuxWindow[];
  worktrees: git.WorktreeInfo[];
}

/** Gathers what list/dash/monitor need with one tmux call and one worktree listing, then bounded per-worker git. */
export async function inspectProject(project: Project, opts: { capture: boolean; git: boolean; names?: string[] }): Promise<ProjectFacts> {
  const { config, registry, mux } = project;
  const [windows, worktrees] = await Promise.all([mux.listWindows(config.session), git.listWorktrees(config.repoPath)]);
  // One registry read per inspection (each read parses every record): it used to be four.
  const all = registry.listWorkers();
  const recs = opts.names ? all.filter((r) => opts.names!.includes(r.name)) : all;
  const known = new Set(worktrees.map((w) => path.resolve(w.path)));
  const byName = new Map(windows.map((w) => [w.name, w] as const));
  const now = Date.now();
  const workers = await mapLimit(recs, 8, async (rec): Promise<WorkerFacts> => {
    const window = byName.get(rec.window);
    const worktreeExists = existsSync(rec.worktree);
    const events = readRecentEvents(registry.eventsFile(rec.name), 50);
    // The screen and the git queries are independent: ask them at once rather than one after the other.
    // A dead pane is captured too: with remain-on-exit its last screen says why it died.
    const [rawScreen, g] = await Promise.all([
      opts.capture && window ? mux.capture(rec.session, rec.window).catch(() => undefined) : undefined,
      opts.git && worktreeExists ? gitFacts(rec.worktree, rec.base) : undefined,
    ]);
    const screen = rawScreen === undefined ? undefined : classifyScreen(rawScreen);
    const state = deriveState({
      now,
      events,
      screen,
      window: { exists: !!window, dead: window?.dead ?? false, deadStatus: window?.deadStatus },
      stuckAfterMs: config.stuckAfterMin * 60_000,
    });
    return { rec, window, worktreeExists, events, screen, rawScreen, git: g, state };
  });
  const zombies = existsSync(config.worktreesPath)
    ? readdirSync(config.worktreesPath, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.join(config.worktreesPath, d.name))
        .filter((p) => !known.has(path.resolve(p)))
    : [];
  const names = new Set(all.map((r) => r.window));
  const orphans = windows.filter((w) => !names.has(w.name));
  const missing = all.filter((r) => !existsSync(r.worktree)).map((r) => r.name);
  return { workers, zombies, orphans, missing, windows, worktrees };
}

/**
 * Uncommitted files and ahead/behind for one worktree. `status --branch` always prints its `## ` header:
 * simple-git waits an extra 50 ms after any git command that prints nothing, which a clean worktree's
 * plain `status --porcelain` is, and that wait was most of `list`/`dash`/`monitor` at dozens of workers.
 */
async function gitFacts(worktree: string, base: string): Promise<NonNullable<WorkerFacts['git']>> {
  const [status, ab] = await Promise.all([
    git.gitRaw(worktree, ['status', '--porcelain', '--branch', '--untracked-files=all']).catch(() => ''),
    git.aheadBehind(worktree, `origin/${base}`).then((r) => r ?? git.aheadBehind(worktree, base)),
  ]);
  const uncommitted = status.split('\n').filter((l) => l && !l.startsWith('## ')).length;
  return { uncommitted, ahead: ab?.ahead ?? 0, behind: ab?.behind ?? 0 };
}
