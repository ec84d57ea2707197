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
  let recs = registry.listWorkers();
  if (opts.names) recs = recs.filter((r) => opts.names!.includes(r.name));
  const known = new Set(worktrees.map((w) => path.resolve(w.path)));
  const now = Date.now();
  const workers = await mapLimit(recs, 8, async (rec): Promise<WorkerFacts> => {
    const window = windows.find((w) => w.name === rec.window);
    const worktreeExists = existsSync(rec.worktree);
    const events = readRecentEvents(registry.eventsFile(rec.name), 50);
    let rawScreen: string | undefined;
    if (opts.capture && window && !window.dead) rawScreen = await mux.capture(rec.session, rec.window).catch(() => undefined);
    else if (opts.capture && window?.dead) rawScreen = await mux.capture(rec.session, rec.window).catch(() => undefined);
    const screen = rawScreen === undefined ? undefined : classifyScreen(rawScreen);
    let g: WorkerFacts['git'];
    if (opts.git && worktreeExists) {
      const [dirty, ab] = await Promise.all([git.dirtyFiles(rec.worktree).catch(() => []), git.aheadBehind(rec.worktree, `origin/${rec.base}`).then((r) => r ?? git.aheadBehind(rec.worktree, rec.base))]);
      g = { uncommitted: dirty.length, ahead: ab?.ahead ?? 0, behind: ab?.behind ?? 0 };
    }
    const state = deriveState({
      now,
      events,
      screen,
      window: { exists: !!window, dead: window?.dead ?? false, deadStatus: window?.deadStatus },
      stuckAfterMs: config.stuckAfterMin * 60_000,
    });
    return { rec, window, worktreeExists, events, screen, rawScreen, git: g, state };
  });
  const registered = new Set(registry.listWorkers().map((r) => path.resolve(r.worktree)));
  const zombies = existsSync(config.worktreesPath)
    ? readdirSync(config.worktreesPath, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.join(config.worktreesPath, d.name))
        .filter((p) => !known.has(path.resolve(p)))
    : [];
  const names = new Set(registry.listWorkers().map((r) => r.window));
  const orphans = windows.filter((w) => !names.has(w.name));
  const missing = registry.listWorkers().filter((r) => !existsSync(r.worktree)).map((r) => r.name);
  void registered;
  return { workers, zombies, orphans, missing, windows, worktrees };
}
