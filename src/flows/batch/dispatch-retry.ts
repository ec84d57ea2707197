import os from 'node:os';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { loadAllows } from '../../core/load.js';
import { dispatchWorker, type WorkerPlan } from './dispatch.js';

/** How long a failed dispatch waits for the load to drop before its one retry (ORCH_DISPATCH_RETRY_WAIT_MS overrides). */
const DEFAULT_WAIT_MS = 120_000;

/** Waits until the 1-minute load average is below the core count, or maxMs passed; returns the load seen last. */
export async function waitForLoad(maxMs: number, pollMs = 2000): Promise<number> {
  const cores = os.availableParallelism();
  const until = Date.now() + maxMs;
  for (;;) {
    const load = os.loadavg()[0] ?? 0;
    if (loadAllows(load, cores) || Date.now() >= until) return load;
    await new Promise((r) => setTimeout(r, Math.min(pollMs, Math.max(0, until - Date.now()))));
  }
}

/**
 * dispatchWorker, retried once: under load (several Claude Code processes booting on two cores) a launch can miss
 * its handshake. The failed attempt has rolled itself back, so the retry starts clean; it waits for the load to drop
 * first (bounded). A second failure is thrown to the caller, which re-queues the item with its reason.
 */
export async function dispatchWithRetry(project: Project, plan: WorkerPlan, opts: { launch: boolean; log: (s: string) => void; env?: NodeJS.ProcessEnv }): Promise<WorkerRecord> {
  try {
    return await dispatchWorker(project, plan, opts);
  } catch (e) {
    const lines = (e as Error).message.split('\n');
    const first = lines[0]?.replace(/^[^:]*: /, '') ?? String(e);
    const wait = Number((opts.env ?? process.env).ORCH_DISPATCH_RETRY_WAIT_MS ?? DEFAULT_WAIT_MS);
    // What the failed attempt undid (or could not undo: a kept branch makes the retry fail at once, and says why).
    const undone = lines.find((l) => l.startsWith('rolled back: '));
    opts.log(`dispatch failed (${first})${undone ? `; ${undone}` : ''}; retrying once when the load drops (waiting up to ${Math.round(wait / 1000)}s)`);
    const load = await waitForLoad(Number.isFinite(wait) ? wait : DEFAULT_WAIT_MS);
    opts.log(`retrying (1-minute load ${load.toFixed(2)} on ${os.availableParallelism()} cores)`);
    return await dispatchWorker(project, plan, opts);
  }
}
