import { mapLimit } from '../shared/map-limit.js';
import { isRemote, sshHost } from '../../adapters/ssh.js';
import { remoteGitFacts } from '../worker/remote.js';
import { hostProblem } from '../../adapters/remote-tmux.js';
import { syncRemoteEvents } from '../worker/remote-events.js';
import path from 'node:path';
import { existsSync, readdirSync, statSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import type { MuxWindow } from '../../adapters/mux.js';
import * as git from '../../adapters/git.js';
import { readRecentEvents, type WorkerEvent } from '../../state/events.js';
import { classifyScreen, type ScreenReading } from '../../core/screens.js';
import { deriveState, plainCompletion, type DerivedState } from '../../core/worker-state.js';
import { readWorkerUsage } from '../../state/usage-cache.js';
import { summarize, type CostSummary } from '../../core/usage.js';
import { detectLimit, lastApiError, type LimitInfo, type TranscriptApiError } from '../../core/limits.js';
import { readTail } from '../../adapters/tail.js';

/** Bounded concurrency for per-worker git queries: dozens of workers must not fork dozens of gits at once. */
export interface WorkerFacts {
  rec: WorkerRecord;
  window: MuxWindow | undefined;
  worktreeExists: boolean;
  events: WorkerEvent[];
  screen: ScreenReading | undefined;
  rawScreen: string | undefined;
  /** uncommitted is null when git could not read the worktree: unknown, never a reassuring 0. */
  git: { uncommitted: number | null; files?: string[] | undefined; ahead: number; behind: number } | undefined;
  state: DerivedState;
  /** Tokens, turns, wall time and estimated cost from the worker's transcripts (read incrementally). */
  usage: CostSummary;
  /** A limit the worker stands still at (usage, 429, 529, login), from screen, transcript and events. */
  limit: LimitInfo | undefined;
  /** The newest transcript named by a hook event. */
  transcript: string | undefined;
  /** What finishing means for this worker and whether it happened (finishExpectation). */
  finish: FinishExpectation;
}

export interface FinishExpectation {
  expected: boolean;
  succeeded: boolean;
  /** What is missing when a claim of completion is not backed: said in the finish-failed reason. */
  missing: string;
}

export interface ProjectFacts {
  workers: WorkerFacts[];
  zombies: string[];
  orphans: MuxWindow[];
  missing: string[];
  windows: MuxWindow[];
  worktrees: git.WorktreeInfo[];
}

/**
 * What finishing means for a worker of this project. With GitHub, a claim of completion needs a PR: `orch finish`
 * succeeded (its event) or the record knows the PR. Without GitHub but with an origin, it needs the branch pushed:
 * origin's branch (as this clone last fetched or pushed it) is the worktree's HEAD. Checked for workers that run the
 * Claude preset, which follow the brief's finish contract; scripted workers (the demo stand-in, generic commands)
 * report completion themselves and are held only to the outcome of a finish they did run (a failed one is
 * finish-failed for every worker). `origin` is undefined when the project has no GitHub and it was not read.
 */
export function finishExpectation(config: Project['config'], rec: WorkerRecord, origin?: { heads: Map<string, string>; head: string | undefined }): FinishExpectation {
  const follows = config.worker.handshake === 'claude' && (rec.kind === 'issue' || rec.kind === 'task');
  if (config.githubRepo) return { expected: follows, succeeded: rec.pr !== undefined, missing: 'has not opened a pull request for its branch' };
  // No origin (nothing fetched from one) or a worker on another host (it pushes from there): only the events count.
  const checkable = follows && !isRemote(rec.host) && origin !== undefined && origin.heads.size > 0 && rec.branch !== undefined;
  const pushed = checkable && origin.head !== undefined && origin.heads.get(rec.branch!) === origin.head;
  return { expected: checkable, succeeded: pushed, missing: `has not pushed ${rec.branch ?? 'its branch'} to origin (origin/${rec.branch ?? '?'} is not its HEAD)` };
}

/** Gathers what list/dash/monitor need with one tmux call and one worktree listing, then bounded per-worker git. */
export async function inspectProject(project: Project, opts: { capture: boolean; git: boolean; names?: string[] }): Promise<ProjectFacts> {
  const { config, registry, mux } = project;
  const [windows, worktrees] = await Promise.all([mux.listWindows(config.session), git.listWorktrees(config.repoPath)]);
  // One registry read per inspection (each read parses every record): it used to be four.
  const all = registry.listWorkers();
  const recs = opts.names ? all.filter((r) => opts.names!.includes(r.name)) : all;
  // Remote workers: their new events come over first (and whether their worktree is there); an unreachable host
  // leaves its workers' events as they were, and their state then ages like that of any quiet worker.
  const remote = config.hosts.length ? await syncRemoteEvents(project, recs) : undefined;
  const hereOrThere = (r: WorkerRecord) => (isRemote(r.host) ? (remote?.get(r.name)?.worktreeExists ?? true) : existsSync(r.worktree));
  const known = new Set(worktrees.map((w) => path.resolve(w.path)));
  const byName = new Map(windows.map((w) => [w.name, w] as const));
  // Started now, awaited per worker: the batch overlaps the captures and `git status` calls.
  const counted = opts.git ? batchAheadBehind(config.repoPath, recs, worktrees).catch(() => new Map<string, AheadBehind>()) : undefined;
  // Without GitHub, a claim of completion is checked against origin's branches: one for-each-ref for all workers.
  const originHeads = !config.githubRepo && config.worker.handshake === 'claude' ? git.originBranchHeads(config.repoPath).catch(() => new Map<string, string>()) : undefined;
  const headOf = (rec: WorkerRecord) => worktrees.find((w) => path.resolve(w.path) === path.resolve(rec.worktree))?.head || undefined;
  const now = Date.now();
  // The screens needed, in one multiplexer call where it can (a client process per window cost more than the
  // captures); a screen it could not give is asked for alone.
  const wantScreen = (rec: WorkerRecord) => {
    const w = byName.get(rec.window);
    return Boolean(w && (opts.capture || w.dead));
  };
  const shot = recs.filter(wantScreen);
  const shots = mux.captureMany ? mux.captureMany(shot.map((r) => ({ session: r.session, name: r.window }))).catch(() => shot.map(() => undefined)) : undefined;
  const screenOf = async (rec: WorkerRecord): Promise<string | undefined> =>
    (shots ? (await shots)[shot.indexOf(rec)] : undefined) ?? mux.capture(rec.session, rec.window).catch(() => undefined);
  // Every local worktree's `git status` at once, under one xargs rather than a spawn each from here (git.gitEach).
  const local = opts.git ? recs.filter((r) => !isRemote(r.host) && existsSync(r.worktree)) : [];
  const statuses = local.length ? git.gitEach(local.map((r) => ({ dir: r.worktree, args: STATUS_ARGS }))) : undefined;
  const statusOf = async (rec: WorkerRecord): Promise<string | undefined> => {
    const r = statuses && local.includes(rec) ? (await statuses)[local.indexOf(rec)] : undefined;
    return r ? (r.ok ? r.out : undefined) : git.gitRaw(rec.worktree, STATUS_ARGS).catch(() => undefined);
  };
  const workers = await mapLimit(recs, 8, async (rec): Promise<WorkerFacts> => {
    const window = byName.get(rec.window);
    const worktreeExists = hereOrThere(rec);
    const events = readRecentEvents(registry.eventsFile(rec.name), 50);
    // The screen and the git queries are independent: ask them at once rather than one after the other.
    // Dead panes are captured even when the caller skips captures: only the last screen tells done from crashed.
    const [rawScreen, g] = await Promise.all([
      wantScreen(rec) ? screenOf(rec) : undefined,
      opts.git && worktreeExists && isRemote(rec.host) ? remoteGitFacts(sshHost(config, rec.host), rec.worktree, rec.base).catch(() => undefined) : opts.git && worktreeExists ? gitFacts(rec.worktree, rec.base, statusOf(rec), counted?.then((m) => m.get(rec.name))) : undefined,
    ]);
    const screen = rawScreen === undefined ? undefined : classifyScreen(rawScreen);
    // Non-Claude workers (codex, generic, the stand-in) print the completion lines as plain text.
    if (screen && !screen.completion && config.worker.handshake !== 'claude') {
      const plain = plainCompletion(rawScreen!);
      if (plain) screen.completion = plain;
    }
    const transcript = [...events].reverse().find((e) => e.transcript)?.transcript;
    const limit = window && !window.dead ? detectLimit({ now, screen, events, transcriptError: transcriptApiError(transcript) }) : undefined;
    const finish = finishExpectation(config, rec, originHeads ? { heads: await originHeads, head: headOf(rec) } : undefined);
    const state = deriveState({
      now,
      events,
      screen,
      limit,
      limitBackoffMs: config.limits.backoffMin * 60_000,
      window: { exists: !!window, dead: window?.dead ?? false, deadStatus: window?.deadStatus },
      stuckAfterMs: config.stuckAfterMin * 60_000,
      finish,
    });
    // A host that did not answer: its worker is not dead, we cannot see it; a human needs to look at the host.
    const unseen = hostProblem(mux, rec.host);
    if (unseen) Object.assign(state, { state: 'errored', reason: `host ${rec.host} unreachable: ${unseen}` });
    const usage = summarize(readWorkerUsage(registry.dir, rec.name, registry.eventsFile(rec.name), rec.created), config.pricing);
    return { rec, window, worktreeExists, events, screen, rawScreen, git: g, state, usage, limit, transcript, finish };
  });
  const zombies = existsSync(config.worktreesPath)
    ? readdirSync(config.worktreesPath, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.join(config.worktreesPath, d.name))
        .filter((p) => !known.has(path.resolve(p)))
    : [];
  const names = new Set(all.map((r) => r.window));
  const orphans = windows.filter((w) => !names.has(w.name));
  const missing = all.filter((r) => !hereOrThere(r)).map((r) => r.name);
  return { workers, zombies, orphans, missing, windows, worktrees };
}

const STATUS_ARGS = ['status', '--porcelain', '--branch', '--untracked-files=all'];

/**
 * Uncommitted files and ahead/behind for one worktree. `status --branch` always prints its `## ` header:
 * simple-git waits an extra 50 ms after any git command that prints nothing, which a clean worktree's
 * plain `status --porcelain` is, and that wait was most of `list`/`dash`/`monitor` at dozens of workers.
 */
async function gitFacts(worktree: string, base: string, statusOut: Promise<string | undefined>, known: Promise<AheadBehind | undefined> | undefined): Promise<NonNullable<WorkerFacts['git']>> {
  const [status, ab] = await Promise.all([
    statusOut,
    Promise.resolve(known).then((k) => k ?? git.aheadBehind(worktree, `origin/${base}`).then((r) => r ?? git.aheadBehind(worktree, base))),
  ]);
  // Porcelain v1 lines are `XY <path>` (renames `XY <old> -> <new>`): the path the worktree has now.
  const files = status === undefined ? undefined : status.split('\n').filter((l) => l && !l.startsWith('## ')).map((l) => l.slice(3).replace(/^.* -> /, '').replace(/^"(.*)"$/, '$1'));
  return { uncommitted: files ? files.length : null, files, ahead: ab?.ahead ?? 0, behind: ab?.behind ?? 0 };
}

export interface AheadBehind { ahead: number; behind: number }

/** Below this many workers, one rev-list each is as cheap as the three calls of the batch. */
const BATCH_FROM = 4;

/**
 * Ahead/behind of every worker against `origin/<base>` (else `<base>`), three git calls per base instead of
 * one per worker: forking git from a Node process of ~100 MB costs several ms of blocked main thread each.
 * Workers it cannot place (no worktree in the listing, a base that does not resolve) are left out; the
 * caller asks them one by one.
 */
async function batchAheadBehind(repo: string, recs: WorkerRecord[], worktrees: git.WorktreeInfo[]): Promise<Map<string, AheadBehind>> {
  const out = new Map<string, AheadBehind>();
  if (recs.length < BATCH_FROM) return out;
  const headOf = new Map(worktrees.filter((w) => w.head).map((w) => [path.resolve(w.path), w.head] as const));
  const byBase = new Map<string, Array<{ name: string; head: string }>>();
  for (const r of recs) {
    const head = headOf.get(path.resolve(r.worktree));
    if (head) byBase.set(r.base, [...(byBase.get(r.base) ?? []), { name: r.name, head }]);
  }
  await Promise.all(
    [...byBase].map(async ([base, members]) => {
      const heads = members.map((m) => m.head);
      const counts = (await aheadBehindMany(repo, `origin/${base}`, heads)) ?? (await aheadBehindMany(repo, base, heads));
      for (const m of members) {
        const c = counts?.get(m.head);
        if (c) out.set(m.name, c);
      }
    }),
  );
  return out;
}

/** `rev-list --left-right --count <head>...<base>` for many heads at once; undefined when git cannot answer. */
export async function aheadBehindMany(repo: string, base: string, heads: string[]): Promise<Map<string, AheadBehind> | undefined> {
  const tips = [...new Set(heads)];
  const b = await git.gitTry(repo, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  if (!b.ok || !b.out) return undefined;
  // Everything reachable from the common ancestor of all tips is reachable from every tip and from the
  // base alike, so the counts only need the commits above it.
  const mb = await git.gitTry(repo, ['merge-base', '--octopus', b.out, ...tips]);
  const common = mb.ok ? mb.out.split('\n')[0]?.trim() : undefined;
  if (!common) return undefined; // unrelated histories
  const list = await git.gitTry(repo, ['rev-list', '--parents', b.out, ...tips, '--not', common]);
  if (!list.ok) return undefined;
  return countAheadBehind(list.out, b.out, tips);
}

/**
 * Pure part of aheadBehindMany: `revList` is `rev-list --parents` output (`<sha> <parent>...` per line) of
 * every commit above the common ancestor; a commit not listed is reachable from every tip.
 */
export function countAheadBehind(revList: string, base: string, heads: string[]): Map<string, AheadBehind> {
  const parents = new Map<string, string[]>();
  for (const line of revList.split('\n')) {
    const [sha, ...ps] = line.trim().split(' ');
    if (sha) parents.set(sha, ps);
  }
  const reach = (tip: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [tip];
    while (stack.length) {
      const c = stack.pop()!;
      if (seen.has(c) || !parents.has(c)) continue;
      seen.add(c);
      stack.push(...parents.get(c)!);
    }
    return seen;
  };
  const fromBase = reach(base);
  const out = new Map<string, AheadBehind>();
  for (const h of heads) {
    const fromHead = reach(h);
    let ahead = 0;
    for (const c of fromHead) if (!fromBase.has(c)) ahead++;
    let behind = 0;
    for (const c of fromBase) if (!fromHead.has(c)) behind++;
    out.set(h, { ahead, behind });
  }
  return out;
}

/** The transcript's last API error while it is still its last word; the tail is enough (errors are the newest lines). */
function transcriptApiError(transcript: string | undefined): TranscriptApiError | undefined {
  if (!transcript) return undefined;
  let key: string;
  try {
    const st = statSync(transcript);
    key = `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
  // Asked every cycle for every worker: a transcript that did not change since gives the same answer.
  const known = apiErrors.get(transcript);
  if (known?.key === key) return known.error;
  const error = lastApiError(readTail(transcript, 64 * 1024));
  apiErrors.set(transcript, { key, error });
  return error;
}
const apiErrors = new Map<string, { key: string; error: TranscriptApiError | undefined }>();
