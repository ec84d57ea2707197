import path from 'node:path';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { commonDir } from '../adapters/git.js';
import { OrchError } from '../errors.js';
import { batchRecord, workerRecord, type BatchRecord, type WorkerRecord } from './records.js';

export const STATE_DIRNAME = 'session-orchestrator';

/** Workers and batches under `<git-common-dir>/session-orchestrator/`: shared by every worktree, never in a working tree. */
export class Registry {
  readonly dir: string;
  /** Parsed records by file, with the version (inode, size, mtime) they were parsed from. */
  private readonly parsed = new Map<string, { key: string; value: unknown }>();
  constructor(dir: string) {
    this.dir = dir;
    for (const sub of ['workers', 'events', 'batches', 'logs', 'headless']) mkdirSync(path.join(dir, sub), { recursive: true });
  }

  static async open(repoPath: string): Promise<Registry> {
    return new Registry(path.join(await commonDir(repoPath), STATE_DIRNAME));
  }

  eventsFile(name: string): string {
    return path.join(this.dir, 'events', `${name}.jsonl`);
  }
  logsDir(): string {
    return path.join(this.dir, 'logs');
  }
  headlessDir(): string {
    return path.join(this.dir, 'headless');
  }

  /** Runs fn while holding the registry lock; two orch processes never interleave their read-modify-write. */
  async withLock<T>(fn: () => Promise<T> | T): Promise<T> {
    const release = await lockfile.lock(this.dir, {
      lockfilePath: path.join(this.dir, 'lock'),
      retries: { retries: 200, minTimeout: 10, maxTimeout: 100, randomize: true },
      stale: 15_000,
    });
    try {
      return await fn();
    } finally {
      await release();
    }
  }

  listWorkers(): WorkerRecord[] {
    return this.readAll('workers', (d) => workerRecord.parse(d)).sort((a, b) => a.created.localeCompare(b.created) || a.name.localeCompare(b.name));
  }

  getWorker(name: string): WorkerRecord | undefined {
    // Its own file, not every record: loops over a batch's members asked for each one (a read and parse of all).
    if (!plainFileName(name)) return this.listWorkers().find((w) => w.name === name);
    const rec = this.readOne(path.join(this.dir, 'workers', `${name}.json`), (d) => workerRecord.parse(d));
    return rec?.name === name ? rec : undefined;
  }

  /** Callers hold the lock for read-modify-write sequences; a single put is atomic by itself. */
  putWorker(rec: WorkerRecord): void {
    atomicWrite(path.join(this.dir, 'workers', `${rec.name}.json`), workerRecord.parse(rec));
  }

  /** Read-modify-write of one record under the lock: another orch may be writing it at the same moment. */
  async updateWorker(name: string, fn: (rec: WorkerRecord) => WorkerRecord): Promise<WorkerRecord | undefined> {
    return this.withLock(() => {
      const cur = this.getWorker(name);
      if (!cur) return undefined;
      const next = fn(cur);
      this.putWorker(next);
      return next;
    });
  }

  removeWorker(name: string): void {
    rmSync(path.join(this.dir, 'workers', `${name}.json`), { force: true });
  }

  listBatches(): BatchRecord[] {
    return this.readAll('batches', (d) => batchRecord.parse(d)).sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  }

  getBatch(id: string): BatchRecord | undefined {
    if (!plainFileName(id)) return this.listBatches().find((b) => b.id === id);
    const b = this.readOne(path.join(this.dir, 'batches', `${id}.json`), (d) => batchRecord.parse(d));
    return b?.id === id ? b : undefined;
  }

  putBatch(b: BatchRecord): void {
    atomicWrite(path.join(this.dir, 'batches', `${b.id}.json`), batchRecord.parse(b));
  }

  private readAll<T>(sub: string, parse: (d: unknown) => T): T[] {
    const dir = path.join(this.dir, sub);
    const out: T[] = [];
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      if (!f.endsWith('.json')) continue;
      const rec = this.readOne(path.join(dir, f), parse);
      if (rec !== undefined) out.push(rec);
    }
    return out;
  }

  /**
   * One record, parsed and validated once per version of its file: a poll loop reads the same unchanged records
   * many times a cycle. Every write is a rename, so a new version is a new inode; size and mtime guard the rest.
   * Callers get their own copy (they modify records before putting them back). Undefined when the file is gone.
   */
  private readOne<T>(file: string, parse: (d: unknown) => T): T | undefined {
    let key: string;
    try {
      const st = statSync(file);
      key = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    } catch {
      return undefined;
    }
    const hit = this.parsed.get(file);
    if (hit?.key === key) return structuredClone(hit.value as T);
    try {
      const value = parse(JSON.parse(readFileSync(file, 'utf8')));
      this.parsed.set(file, { key, value });
      return structuredClone(value);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // removed between the stat and the read
      throw new OrchError('registry', `registry file ${file} is unreadable: ${(e as Error).message.split('\n')[0]}`, {
        hint: 'move it aside (it is only bookkeeping; the worktree is untouched), then run `orch list`',
      });
    }
  }
}

/** A name that is one plain file name (records are stored as `<name>.json`). */
function plainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** Temp file + rename: readers see the old or the new file, never half of one. */
export function atomicWrite(file: string, data: unknown): void {
  replaceFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** Temp file + rename: a reader sees the old text or the new, never half of one. */
function replaceFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * atomicWrite, unless the file already holds exactly this: caches rewritten every cycle mostly say the same again,
 * and each rewrite creates a file (a new inode, which on a busy disk costs more than reading the old one).
 */
export function atomicWriteIfChanged(file: string, data: unknown): boolean {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  try {
    if (readFileSync(file, 'utf8') === text) return false;
  } catch {
    /* not there yet */
  }
  replaceFile(file, text);
  return true;
}
