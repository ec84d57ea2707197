import type { Ctx, Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { inspectProject, type ProjectFacts, type WorkerFacts } from './inspect.js';
import { collisionKey, describeCollision, findCollisions, parseDiffU0, withUntracked, type Collision, type FileChange, type WorkerChanges } from '../../core/collisions.js';
import { Observations } from '../../state/observations.js';
import { deliver } from './notify.js';

export interface Radar {
  /** What each live worker changes against its base (committed and uncommitted). Workers git could not read are left out. */
  workers: WorkerChanges[];
  collisions: Collision[];
}

/** Workers whose changes count: task and issue workers with a worktree that have not finished. */
export function liveForRadar(facts: ProjectFacts): WorkerFacts[] {
  return facts.workers.filter((f) => (f.rec.kind === 'task' || f.rec.kind === 'issue') && f.worktreeExists && f.state.state !== 'done');
}

/**
 * The files a worktree changes against its merge-base with the base branch: one `git diff -U0` of the working
 * tree against that commit covers committed and uncommitted changes of tracked files; untracked files are added
 * as new. undefined when git cannot read the worktree.
 */
export async function worktreeChanges(worktree: string, base: string): Promise<FileChange[] | undefined> {
  const mb = (await git.gitTry(worktree, ['merge-base', 'HEAD', `origin/${base}`])).out || (await git.gitTry(worktree, ['merge-base', 'HEAD', base])).out;
  if (!mb) return undefined;
  const [diff, others] = await Promise.all([
    git.gitTry(worktree, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', mb.split('\n')[0]!.trim()]),
    git.gitTry(worktree, ['ls-files', '--others', '--exclude-standard']),
  ]);
  if (!diff.ok || !others.ok) return undefined;
  return withUntracked(parseDiffU0(diff.out), others.out.split('\n').map((l) => l.trim()).filter(Boolean));
}

/**
 * worktreeChanges() for many worktrees, the same git calls in three rounds (merge-base; merge-base with the local
 * base where that found none; then each diff and untracked listing) through git.gitEach, four worktrees at a time.
 */
export async function worktreesChanges(list: Array<{ worktree: string; base: string }>): Promise<Array<FileChange[] | undefined>> {
  const first = await git.gitEach(list.map((w) => ({ dir: w.worktree, args: ['merge-base', 'HEAD', `origin/${w.base}`] })), 4);
  const again = list.map((_, i) => i).filter((i) => !first[i]!.out);
  const second = await git.gitEach(again.map((i) => ({ dir: list[i]!.worktree, args: ['merge-base', 'HEAD', list[i]!.base] })), 4);
  const mbs = list.map((_, i) => first[i]!.out || (again.includes(i) ? second[again.indexOf(i)]!.out : ''));
  const todo = list.map((_, i) => i).filter((i) => mbs[i]);
  const [diffs, others] = await Promise.all([
    git.gitEach(todo.map((i) => ({ dir: list[i]!.worktree, args: ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', mbs[i]!.split('\n')[0]!.trim()] })), 4),
    git.gitEach(todo.map((i) => ({ dir: list[i]!.worktree, args: ['ls-files', '--others', '--exclude-standard'] })), 4),
  ]);
  return list.map((_, i) => {
    const k = todo.indexOf(i);
    if (k < 0 || !diffs[k]!.ok || !others[k]!.ok) return undefined;
    try {
      return withUntracked(parseDiffU0(diffs[k]!.out), others[k]!.out.split('\n').map((l) => l.trim()).filter(Boolean));
    } catch {
      return undefined;
    }
  });
}

/** The radar over the live workers of an inspection. */
export async function collisionRadar(facts: ProjectFacts): Promise<Radar> {
  const live = liveForRadar(facts);
  const read = await worktreesChanges(live.map((f) => ({ worktree: f.rec.worktree, base: f.rec.base })));
  const workers = live.flatMap((f, i) => (read[i] ? [{ name: f.rec.name, files: read[i] }] : []));
  return { workers, collisions: findCollisions(workers) };
}

export async function projectRadar(project: Project): Promise<Radar> {
  return collisionRadar(await inspectProject(project, { capture: false, git: false }));
}

/** The JSON shape of a collision for one worker's row: the other worker, the file and the overlapping lines. */
export function rowCollisions(all: Collision[], name: string): Array<{ with: string; file: string; lines: Array<{ start: number; end: number }>; whole?: boolean }> {
  return all
    .filter((c) => c.a === name || c.b === name)
    .map((c) => ({ with: c.a === name ? c.b : c.a, file: c.file, lines: c.lines, ...(c.whole ? { whole: true } : {}) }));
}

/**
 * Tells the human once per new overlap (a pair of workers and a file). The keys already told are kept in the
 * observations cache of the pair's first worker; an overlap that goes away and comes back is told again.
 */
export async function notifyCollisions(ctx: Ctx, project: Project, collisions: Collision[]): Promise<string[]> {
  const obs = new Observations(project.registry.dir);
  const byFirst = new Map<string, Collision[]>();
  for (const c of collisions) byFirst.set(c.a, [...(byFirst.get(c.a) ?? []), c]);
  const told: string[] = [];
  const names = new Set([...byFirst.keys(), ...project.registry.listWorkers().map((w) => w.name)]);
  for (const name of names) {
    const mine = byFirst.get(name) ?? [];
    const prev = obs.get(name);
    const before = new Set(prev.collisionsNotified ?? []);
    const fresh = mine.filter((c) => !before.has(collisionKey(c)));
    const keys = mine.map(collisionKey);
    if (!fresh.length && keys.length === before.size) continue;
    const delivered: string[] = [];
    for (const c of fresh) {
      const line = describeCollision(c);
      if (project.config.notify.webhook || project.config.notify.command?.length) {
        const ok = await deliver(project.config, { worker: c.a, state: 'collision', detail: `COLLISION ${line}`, pr: null, at: new Date().toISOString() }, (s) => ctx.out.info(s));
        if (!ok) continue;
      }
      delivered.push(collisionKey(c));
      told.push(line);
    }
    // Keys still current stay; new ones join once delivered; overlaps that went away are forgotten.
    const kept = keys.filter((k) => before.has(k) || delivered.includes(k));
    obs.put(name, { ...obs.get(name), collisionsNotified: kept });
  }
  return told;
}
