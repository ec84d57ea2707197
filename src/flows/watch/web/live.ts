import path from 'node:path';
import { watch, type FSWatcher } from '../../../adapters/fs.js';
import type { Ctx, Project } from '../../../context.js';
import type { Forge } from '../../../adapters/forge.js';
import { inspectProject, type ProjectFacts } from '../inspect.js';
import { dashRows } from '../dash.js';
import { mapLimit } from '../../shared/map-limit.js';
import { buildSnapshot, type PrFacts, type WebSnapshot } from './facts.js';
import type { DashRow } from '../../../core/dashboard.js';
import { screenHtml } from './screen-html.js';
import { SseClients, sseFrame } from './sse.js';
import { OrchError } from '../../../errors.js';

export interface LiveOptions {
  /** How often the terminals are captured while a page is open. */
  screenEveryMs: number;
  /** A full refresh at least this often, for what no event announces (time-based states, git). */
  fullEveryMs: number;
  /** Pull request status (CI, review) from GitHub: slow, so rarely. */
  prEveryMs: number;
  /** Opens the forge on first need; undefined when there is none (no githubRepo, no token). */
  forge?: (() => Promise<Forge | undefined>) | undefined;
}

/** A state refresh caused by a screen change waits this long after the previous one: a working TUI redraws constantly. */
const SCREEN_REFRESH_GAP_MS = 1000;
/** Between two refreshes at least this long, however many events arrive: twenty busy workers must not keep a core busy. */
const MIN_GAP_MS = 100;

/**
 * The dashboard's live state: the same facts as `dash --json` (one inspection, then `dashRows`), recomputed
 * within ~100 ms of a hook event (fs.watch on the events directory, like `monitor --watch`) for the workers whose
 * events or screens changed, and for all of them on registry changes and every few seconds; terminals captured
 * with their colours on a short interval. Only changes are sent to the pages.
 */
export class LiveDashboard {
  readonly clients = new SseClients();
  private snapshot: WebSnapshot | undefined;
  private snapshotKey = '';
  private facts: ProjectFacts | undefined;
  private rows: DashRow[] = [];
  /** Workers to inspect again on the next refresh; 'all' for a full inspection. */
  private dirty: Set<string> | 'all' = 'all';
  private readonly screens = new Map<string, { raw: string; html: string }>();
  private readonly prs = new Map<number, PrFacts>();
  private forge: Forge | undefined | null = null; // null: not opened yet
  private watchers: FSWatcher[] = [];
  private timers: NodeJS.Timeout[] = [];
  private refreshTimer: NodeJS.Timeout | undefined;
  private dueAt = Infinity;
  private refreshing: Promise<void> | undefined;
  private again = false;
  private lastRefreshAt = 0;
  private capturing = false;
  private warned = new Set<string>();
  private stopped = false;

  constructor(private readonly ctx: Ctx, private readonly project: Project, private readonly o: LiveOptions) {}

  start(): void {
    const dir = this.project.registry.dir;
    // Events: a hook appended a line to <name>.jsonl. workers/ and batches/: a worker came, went, or got its PR;
    // the queue moved.
    for (const [sub, delay] of [['events', 50], ['workers', 100], ['batches', 100]] as const) {
      try {
        const w = watch(path.join(dir, sub), (_type, file) => {
          const name = sub === 'events' && file ? String(file).replace(/\.jsonl$/, '') : undefined;
          this.markDirty(name);
          this.requestRefresh(delay);
        });
        // A watcher's error (its directory removed) must not end the server: the interval still refreshes.
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch {
        /* no fs.watch here: the interval below still refreshes */
      }
    }
    this.timers.push(
      setInterval(() => {
        this.markDirty(undefined);
        this.requestRefresh(0);
      }, this.o.fullEveryMs),
    );
    this.timers.push(setInterval(() => void this.captureScreens(), this.o.screenEveryMs));
    const prs = () => void this.refreshPrs().then((changed) => changed && this.requestRefresh(0));
    this.timers.push(setInterval(prs, this.o.prEveryMs));
    this.timers.push(setInterval(() => this.clients.ping(), 15_000));
    this.requestRefresh(0);
    prs();
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.watchers) w.close();
    for (const t of this.timers) clearInterval(t);
    clearTimeout(this.refreshTimer);
    this.clients.closeAll();
  }

  /** The current snapshot, computing the first one if no refresh has finished yet. */
  async current(): Promise<WebSnapshot> {
    if (!this.snapshot) await this.refreshNow();
    if (!this.snapshot) throw new OrchError('web', 'the dashboard could not read the workers yet (see the warning above)');
    return this.snapshot;
  }

  /** Frames a page gets as soon as it connects: the state, then every screen. */
  async firstFrames(): Promise<string[]> {
    const snap = await this.current();
    return [sseFrame('state', snap), ...[...this.screens].map(([name, s]) => sseFrame('screen', { name, html: s.html }))];
  }

  /** Schedules a refresh in `delayMs` unless one is due sooner; one runs at a time, and a request during it runs again after. */
  requestRefresh(delayMs: number): void {
    if (this.stopped) return;
    if (this.refreshing) {
      this.again = true;
      return;
    }
    const due = Date.now() + delayMs;
    if (due >= this.dueAt) return;
    clearTimeout(this.refreshTimer);
    this.dueAt = due;
    this.refreshTimer = setTimeout(() => void this.refreshNow(), delayMs);
  }

  async refreshNow(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    clearTimeout(this.refreshTimer);
    this.dueAt = Infinity;
    this.refreshing = this.refresh()
      .catch((e: Error) => {
        this.dirty = 'all'; // what this refresh should have read is read by the next one
        this.warnOnce('refresh', `dashboard refresh failed: ${e.message.split('\n')[0]}`);
      })
      .finally(() => {
        this.refreshing = undefined;
        this.lastRefreshAt = Date.now();
        if (this.again) {
          this.again = false;
          this.requestRefresh(MIN_GAP_MS);
        }
      });
    return this.refreshing;
  }

  /** A name: that worker's facts are stale; undefined: everything is. */
  private markDirty(name: string | undefined): void {
    if (this.dirty === 'all') return;
    if (name === undefined) this.dirty = 'all';
    else this.dirty.add(name);
  }

  private async refresh(): Promise<void> {
    const { project } = this;
    const dirty = this.dirty;
    this.dirty = new Set();
    const known = new Set(this.facts?.workers.map((w) => w.rec.name));
    let facts: ProjectFacts;
    let rows: DashRow[];
    if (dirty === 'all' || !this.facts || [...dirty].some((n) => !known.has(n))) {
      facts = await inspectProject(project, { capture: true, git: true });
      rows = await dashRows(project, undefined, facts);
    } else if (dirty.size) {
      // Only the workers whose events or screens moved: one capture and one `git status` each, not one per worker.
      // The collision radar reads every worktree, so it waits for the next full refresh; their last one is kept.
      const part = await inspectProject(project, { capture: true, git: true, names: [...dirty] });
      const fresh = new Map(part.workers.map((w) => [w.rec.name, w] as const));
      const freshRows = new Map((await dashRows(project, undefined, part, { collisions: false })).map((r) => [r.name, r] as const));
      const before = new Map(this.rows.map((r) => [r.name, r] as const));
      // A worker gone from the registry since is dropped here; a new one came with a full refresh (workers/ changed).
      facts = { ...this.facts, workers: this.facts.workers.filter((w) => !dirty.has(w.rec.name) || fresh.has(w.rec.name)).map((w) => fresh.get(w.rec.name) ?? w) };
      rows = facts.workers.flatMap((w) => {
        const prev = before.get(w.rec.name);
        const next = freshRows.get(w.rec.name);
        if (!next) return prev ? [prev] : [];
        return [prev?.collisions ? { ...next, collisions: prev.collisions } : next];
      });
    } else {
      facts = this.facts;
      rows = this.rows;
    }
    this.facts = facts;
    this.rows = rows;
    const snap = buildSnapshot({
      project: project.config.projectName,
      facts,
      rows,
      prs: this.prs,
      batches: project.registry.listBatches(),
      githubRepo: project.config.githubRepo,
      githubApiUrl: project.config.githubApiUrl,
      now: Date.now(),
    });
    const key = JSON.stringify({ ...snap, generatedAt: '' });
    this.snapshot = snap;
    if (key === this.snapshotKey) return;
    this.snapshotKey = key;
    this.clients.send(sseFrame('state', snap));
    for (const name of [...this.screens.keys()]) if (!rows.some((r) => r.name === name)) this.screens.delete(name);
  }

  /** Captures every registered worker's terminal with its colours; sends those that changed. */
  async captureScreens(): Promise<void> {
    if (this.capturing || this.stopped || this.clients.size === 0) return;
    this.capturing = true;
    try {
      const { registry, mux, config } = this.project;
      const windows = await mux.listWindows(config.session).catch(() => []);
      const recs = registry.listWorkers().filter((r) => windows.some((w) => w.name === r.window && w.session === r.session));
      let changed = false;
      await mapLimit(recs, 4, async (rec) => {
        const raw = await mux.capture(rec.session, rec.window, { escapes: true }).catch(() => undefined);
        if (raw === undefined || this.screens.get(rec.name)?.raw === raw) return;
        const html = screenHtml(raw);
        if (this.screens.has(rec.name)) {
          changed = true;
          this.markDirty(rec.name);
        }
        this.screens.set(rec.name, { raw, html });
        this.clients.send(sseFrame('screen', { name: rec.name, html }));
      });
      // A new screen can mean a new state (a permission prompt appears before any event says so).
      if (changed) this.requestRefresh(Math.max(0, this.lastRefreshAt + SCREEN_REFRESH_GAP_MS - Date.now()));
    } catch (e) {
      this.warnOnce('capture', `terminal capture failed: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      this.capturing = false;
    }
  }

  /** CI and review of every worker's PR; true when anything changed. Failures leave the last known values. */
  private async refreshPrs(): Promise<boolean> {
    const numbers = [...new Set(this.project.registry.listWorkers().flatMap((r) => (r.pr ? [r.pr] : [])))];
    if (!numbers.length || !this.o.forge) return false;
    if (this.forge === null) this.forge = await this.o.forge().catch(() => undefined);
    const forge = this.forge;
    if (!forge) return false;
    let changed = false;
    await mapLimit(numbers, 4, async (n) => {
      const st = await forge.pullRequestStatus(n).catch((e: Error) => {
        this.warnOnce(`pr-${n}`, `CI and review of PR #${n} left empty: ${e.message.split('\n')[0]}`);
        return undefined;
      });
      if (!st) return;
      const next: PrFacts = { url: st.url, state: st.state, ci: st.ci, review: st.reviewDecision };
      if (JSON.stringify(this.prs.get(n)) !== JSON.stringify(next)) changed = true;
      this.prs.set(n, next);
    });
    return changed;
  }

  private warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.ctx.out.warn(text);
  }
}
