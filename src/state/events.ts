import { appendFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readTail } from '../adapters/tail.js';

/** One line of a worker's events file, as `orch hook` writes it. */
export interface WorkerEvent {
  at: string;
  event: string;
  session?: string;
  transcript?: string;
  tool?: string;
  summary?: string;
  notification?: string;
  message?: string;
  malformed?: boolean;
  blocked?: string;
  /** FinishSucceeded: the PR `orch finish` opened or found. */
  pr?: number;
  /** FinishFailed: the last lines of what went wrong. */
  failure?: string;
  /** StopFailure: the API error kind; PostToolUseFailure: the error text. */
  error?: string;
  /** PreCompact / PostCompact: manual or auto. */
  trigger?: string;
}

/** Appends one event line (orch's own events, such as the outcome of `orch finish`; the hook writes the rest). */
export function appendEvent(file: string, e: Omit<WorkerEvent, 'at'>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...e })}\n`);
}

/** The last `max` events, reading only the file's tail (event files grow for the worker's whole life). */
export function readRecentEvents(file: string, max = 50, bytes = 64 * 1024): WorkerEvent[] {
  // Asked every cycle per worker (and ten times a second while a prompt is confirmed): an events file that did not
  // change since gives the same lines, without reading and parsing them again.
  let key: string;
  try {
    const st = statSync(file);
    key = `${st.size}:${st.mtimeMs}:${st.ino}:${max}:${bytes}`;
  } catch {
    return [];
  }
  const known = recent.get(file);
  if (known?.key === key) return known.events.slice();
  const events = parseRecent(file, max, bytes);
  if (bytes <= 256 * 1024) recent.set(file, { key, events }); // a long read (a whole conversation) is not kept
  return events.slice();
}
const recent = new Map<string, { key: string; events: WorkerEvent[] }>();

function parseRecent(file: string, max: number, bytes: number): WorkerEvent[] {
  const text = readTail(file, bytes);
  const lines = text.split('\n');
  if (text.length >= bytes) lines.shift(); // first line may be cut
  const out: WorkerEvent[] = [];
  for (const l of lines.slice(-max - 1)) {
    if (!l.trim()) continue;
    try {
      out.push(JSON.parse(l) as WorkerEvent);
    } catch {
      /* a line being appended right now */
    }
  }
  return out.slice(-max);
}

/** Polls the events file until an event matches or the timeout passes (0 = check once). */
export async function waitForEvent(file: string, pred: (e: WorkerEvent) => boolean, timeoutMs: number, pollMs = 100): Promise<WorkerEvent | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const hit = readRecentEvents(file, 200).reverse().find(pred);
    if (hit) return hit;
    if (Date.now() >= until) return undefined;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
