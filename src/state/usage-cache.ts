import path from 'node:path';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { atomicWrite } from './registry.js';
import { addTranscriptText, emptyUsage, type UsageAccumulator } from '../core/usage.js';

/**
 * A worker's token usage, read incrementally: transcripts and event files grow for hours, so each is read
 * from where the last reading stopped (kept with size and mtime under `<state>/usage/<name>.json`), and a file
 * that did not change since is not opened at all. A file that shrank (rewritten) makes the worker recount.
 */
interface FileMark { offset: number; size: number; mtimeMs: number }
interface UsageCache { v: 1; generation?: string | undefined; events: FileMark; transcripts: Record<string, FileMark>; acc: UsageAccumulator }

const fresh = (generation?: string): UsageCache => ({ v: 1, generation, events: { offset: 0, size: 0, mtimeMs: 0 }, transcripts: {}, acc: emptyUsage() });

/** The complete lines appended to `file` since `mark`; undefined when it shrank (the caller recounts). */
function readNew(file: string, mark: FileMark): { text: string; mark: FileMark } | undefined | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null; // gone or not yet there: nothing new
  }
  try {
    const st = fstatSync(fd);
    if (st.size === mark.size && st.mtimeMs === mark.mtimeMs) return null;
    if (st.size < mark.offset) return undefined;
    const len = st.size - mark.offset;
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, mark.offset);
    // Stop at the last newline: the line after it may still be being written.
    const end = buf.lastIndexOf(0x0a) + 1;
    return { text: buf.subarray(0, end).toString('utf8'), mark: { offset: mark.offset + end, size: st.size, mtimeMs: st.mtimeMs } };
  } finally {
    closeSync(fd);
  }
}

function transcriptsIn(text: string): string[] {
  const out: string[] = [];
  for (const l of text.split('\n')) {
    if (!l.includes('"transcript"')) continue;
    try {
      const t = (JSON.parse(l) as { transcript?: unknown }).transcript;
      if (typeof t === 'string' && t && !out.includes(t)) out.push(t);
    } catch {
      /* skipped */
    }
  }
  return out;
}

/**
 * Reads what is new in the worker's events and transcripts and returns its usage so far. `generation` (the record's
 * creation time) keeps a new worker under a reused name from inheriting the old one's usage.
 */
export function readWorkerUsage(stateDir: string, name: string, eventsFile: string, generation?: string): UsageAccumulator {
  const dir = path.join(stateDir, 'usage');
  const file = path.join(dir, `${name}.json`);
  let cache: UsageCache;
  const mine = held.get(file);
  if (mine) cache = mine.cache;
  else {
    try {
      cache = JSON.parse(readFileSync(file, 'utf8')) as UsageCache;
    } catch {
      cache = fresh(generation);
    }
  }
  let changed = false;
  if (cache.v !== 1 || cache.generation !== generation) {
    cache = fresh(generation);
    changed = true;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const ev = readNew(eventsFile, cache.events);
    if (ev === undefined) {
      cache = fresh(generation);
      changed = true;
      continue;
    }
    if (ev) {
      for (const t of transcriptsIn(ev.text)) cache.transcripts[t] ??= { offset: 0, size: 0, mtimeMs: 0 };
      cache.events = ev.mark;
      changed = true;
    }
    let shrank = false;
    for (const [t, mark] of Object.entries(cache.transcripts)) {
      const got = readNew(t, mark);
      if (got === undefined) {
        shrank = true;
        break;
      }
      if (!got) continue;
      addTranscriptText(cache.acc, got.text);
      cache.transcripts[t] = got.mark;
      changed = true;
    }
    if (!shrank) break;
    cache = fresh(generation);
  }
  const now = Date.now();
  const entry = held.get(file) ?? { cache, written: mine ? 0 : now, dirty: false };
  entry.cache = cache;
  entry.dirty ||= changed;
  held.set(file, entry);
  // A process that asks again and again (the poll loop, the dashboard) keeps its reading and writes it down at most
  // every half minute and when it exits: the file is a cache, and each rewrite creates a file.
  if (entry.dirty && (!mine || now - entry.written >= WRITE_EVERY_MS)) write(file, entry, now);
  return cache.acc;
}

const WRITE_EVERY_MS = 30_000;
const held = new Map<string, { cache: UsageCache; written: number; dirty: boolean }>();

function write(file: string, entry: { cache: UsageCache; written: number; dirty: boolean }, now: number): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    atomicWrite(file, entry.cache);
    entry.written = now;
    entry.dirty = false;
  } catch {
    /* a cache: read again from the start next time */
  }
}

process.once('exit', () => {
  for (const [file, entry] of held) if (entry.dirty) write(file, entry, Date.now());
});

