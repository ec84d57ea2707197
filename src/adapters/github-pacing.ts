/**
 * GitHub asks clients to space writes (1s) and notification-triggering writes (3s) and searches; the throttling
 * plugin does that with Bottleneck groups. When waits are shortened (ORCH_GITHUB_RETRY_BASE_MS, for tests), these
 * stand-ins keep the same pacing scaled down. The plugin only calls `.key(id).schedule(options, fn, ...args)`.
 */
export function pacedGroup(gapMs: number): unknown {
  let last: Promise<unknown> = Promise.resolve();
  const sleep = () => new Promise((r) => setTimeout(r, gapMs));
  const limiter = {
    schedule(_opts: unknown, fn: (...a: unknown[]) => Promise<unknown>, ...args: unknown[]) {
      const run = last.then(() => fn(...args));
      last = run.then(sleep, sleep);
      return run;
    },
  };
  return { key: () => limiter };
}

/** The plugin's pacing (write 1s, notifications 3s, search 2s), scaled to `baseMs` per second. */
export function scaledPacing(baseMs: number): Record<'write' | 'notifications' | 'search', never> | Record<string, never> {
  if (baseMs === 1000) return {};
  return { write: pacedGroup(baseMs) as never, notifications: pacedGroup(3 * baseMs) as never, search: pacedGroup(2 * baseMs) as never };
}
