import type { Config } from '../../config/resolve.js';
import { run } from '../../adapters/proc.js';
import { redact } from '../../errors.js';
import type { WorkerState } from '../../core/worker-state.js';
import type { Observation } from '../../state/observations.js';

export interface NotifyMessage { worker: string; state: string; detail: string; pr: number | null; at: string; reminder?: number }

export const NOTIFY_STATES: readonly string[] = ['waiting-approval', 'asking', 'errored', 'stuck', 'blocked', 'dead', 'finish-failed', 'pr-green'];

/** Whether to send now: once per entry into a state, then a reminder every reminderMin while it stays there. Pure. */
export function shouldNotify(state: WorkerState | 'pr-green', prev: Observation['notified'], now: number, reminderMs: number): { send: boolean; reminder: number } {
  if (!NOTIFY_STATES.includes(state)) return { send: false, reminder: 0 };
  if (!prev || prev.state !== state) return { send: true, reminder: 0 };
  if (now - prev.at >= reminderMs) return { send: true, reminder: prev.count + 1 };
  return { send: false, reminder: prev.count };
}

/** POSTs to notify.webhook and runs notify.command with the JSON on stdin; retries with backoff, never throws. */
export async function deliver(config: Config, msg: NotifyMessage, log: (s: string) => void, opts: { attempts?: number; baseDelayMs?: number } = {}): Promise<boolean> {
  const body = redact(JSON.stringify(msg));
  let ok = true;
  if (config.notify.webhook) {
    ok = await withRetry(opts, async () => {
      const res = await fetch(config.notify.webhook!, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
      if (res.status >= 300) throw new Error(`HTTP ${res.status}`);
    }, (e, i) => log(`notify: webhook delivery failed (${e.message}); attempt ${i}`));
  }
  if (config.notify.command?.length) {
    const [cmd, ...args] = config.notify.command;
    const r = await run(cmd!, args, { input: body, timeoutMs: 10_000 });
    if (r.exitCode !== 0) {
      log(`notify: command ${cmd} exited ${r.exitCode}`);
      ok = false;
    }
  }
  return ok;
}

async function withRetry(opts: { attempts?: number; baseDelayMs?: number }, fn: () => Promise<void>, onFail: (e: Error, attempt: number) => void): Promise<boolean> {
  const attempts = opts.attempts ?? 4;
  for (let i = 1; i <= attempts; i++) {
    try {
      await fn();
      return true;
    } catch (e) {
      onFail(e as Error, i);
      if (i < attempts) await new Promise((r) => setTimeout(r, (opts.baseDelayMs ?? 500) * 2 ** (i - 1)));
    }
  }
  return false;
}
