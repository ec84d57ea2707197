/**
 * Collision radar: which workers change the same files, and which lines of them. Pure: the inputs are the
 * text of `git diff -U0` against each worker's merge-base with the base branch, plus its untracked files.
 * Line numbers are those of the base side (the `-a,b` of each hunk header), so hunks of different workers
 * branched from the same base compare directly.
 */

/** Inclusive range of base-side lines. An insertion after line n (or at the top, n = 0) is the point [n, n]. */
export interface LineRange { start: number; end: number }

/** What one worker changes: per file, its hunks; `whole` when the file is new or binary (any other change to it collides). */
export interface FileChange { path: string; ranges: LineRange[]; whole: boolean }

export interface WorkerChanges { name: string; files: FileChange[] }

export interface Collision {
  /** The two workers, in name order. */
  a: string;
  b: string;
  file: string;
  /** The overlapping base-side line ranges; empty when both change the file in different places. */
  lines: LineRange[];
  /** Both add the file (or change it as binary): all of it collides. */
  whole?: boolean;
}

const HUNK_RE = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/;

/** The base-side range of one hunk header: `-a,0` is an insertion after line a, `-a,b` covers lines a..a+b-1. */
export function hunkRange(header: string): LineRange | undefined {
  const m = HUNK_RE.exec(header);
  if (!m) return undefined;
  const start = Number(m[1]);
  const count = m[2] === undefined ? 1 : Number(m[2]);
  return count === 0 ? { start, end: start } : { start, end: start + count - 1 };
}

/**
 * Parses `git diff -U0 --no-renames` output into changed files with their hunks. A file git calls binary,
 * or one that did not exist on the base side (`--- /dev/null`), counts as changed as a whole.
 */
export function parseDiffU0(diff: string): FileChange[] {
  const out: FileChange[] = [];
  let cur: FileChange | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      // `diff --git a/<p> b/<p>`: without renames both sides name the same path.
      const m = /^diff --git a\/(.*) b\/(.*)$/.exec(line);
      cur = { path: unquote(m?.[2] ?? line.slice(11)), ranges: [], whole: false };
      out.push(cur);
    } else if (!cur) {
      continue;
    } else if (line.startsWith('--- /dev/null') || line.startsWith('Binary files ')) {
      cur.whole = true;
    } else if (line.startsWith('+++ b/')) {
      cur.path = unquote(line.slice(6));
    } else if (line.startsWith('@@')) {
      const r = hunkRange(line);
      if (r) cur.ranges.push(r);
    }
  }
  return out;
}

/** git quotes paths with unusual characters ("a/x\ty"); such a path is kept as git prints it, minus the quotes. */
function unquote(p: string): string {
  return p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p;
}

/** Untracked files of a worktree join its changes as new files. */
export function withUntracked(files: FileChange[], untracked: string[]): FileChange[] {
  const known = new Set(files.map((f) => f.path));
  return [...files, ...untracked.filter((p) => p && !known.has(p)).map((p) => ({ path: p, ranges: [], whole: true }))];
}

export function overlaps(x: LineRange, y: LineRange): boolean {
  return x.start <= y.end && y.start <= x.end;
}

/** The overlap of two sets of ranges, merged and sorted. A whole-file change overlaps every range of the other side. */
export function overlapRanges(x: FileChange, y: FileChange): LineRange[] {
  const pieces: LineRange[] = [];
  if (x.whole && y.whole) return [];
  if (x.whole) pieces.push(...y.ranges);
  else if (y.whole) pieces.push(...x.ranges);
  else {
    for (const r of x.ranges) for (const s of y.ranges) if (overlaps(r, s)) pieces.push({ start: Math.max(r.start, s.start), end: Math.min(r.end, s.end) });
  }
  return mergeRanges(pieces);
}

export function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((p, q) => p.start - q.start || p.end - q.end);
  const out: LineRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Every pair of workers that change one file, with the lines both change. Sorted by file, then names. */
export function findCollisions(workers: WorkerChanges[]): Collision[] {
  const out: Collision[] = [];
  const sorted = [...workers].sort((p, q) => p.name.localeCompare(q.name));
  for (let i = 0; i < sorted.length; i++) {
    const byPath = new Map(sorted[i]!.files.map((f) => [f.path, f] as const));
    for (let j = i + 1; j < sorted.length; j++) {
      for (const f of sorted[j]!.files) {
        const mine = byPath.get(f.path);
        if (!mine) continue;
        const whole = mine.whole && f.whole;
        out.push({ a: sorted[i]!.name, b: sorted[j]!.name, file: f.path, lines: overlapRanges(mine, f), ...(whole ? { whole } : {}) });
      }
    }
  }
  return out.sort((p, q) => p.file.localeCompare(q.file) || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/** A stable key per overlapping pair and file, for notifying once. */
export function collisionKey(c: Collision): string {
  return `${c.a}\u0000${c.b}\u0000${c.file}`;
}

export function formatLines(lines: LineRange[]): string {
  if (!lines.length) return 'different lines';
  if (lines.length === 1 && lines[0]!.start === lines[0]!.end) return `line ${lines[0]!.start}`;
  return `lines ${lines.map((r) => (r.start === r.end ? String(r.start) : `${r.start}-${r.end}`)).join(', ')}`;
}

/** One line per collision, for dash, status and notifications. */
export function describeCollision(c: Collision, from?: string): string {
  const who = from ? (from === c.a ? c.b : c.a) : `${c.a} and ${c.b}`;
  return `${from ? `with ${who}` : who}: ${c.file} (${c.whole ? 'the whole file' : formatLines(c.lines)})`;
}

/** The collisions a worker is part of. */
export function collisionsOf(all: Collision[], name: string): Collision[] {
  return all.filter((c) => c.a === name || c.b === name);
}

/** Workers among `workers` that change any of `paths` (for predicted files of an issue not yet started). */
export function workersTouching(workers: WorkerChanges[], paths: string[]): Array<{ name: string; files: string[] }> {
  const want = new Set(paths);
  return workers
    .map((w) => ({ name: w.name, files: w.files.map((f) => f.path).filter((p) => want.has(p)) }))
    .filter((w) => w.files.length > 0);
}
