import lockfile from 'proper-lockfile';

/** Runs fn while holding a lock file (created if missing; stale after 10 s): two orch processes never interleave fn. */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const release = await lockfile.lock(lockPath, { realpath: false, lockfilePath: lockPath, stale: 10_000, retries: { retries: 100, minTimeout: 10, maxTimeout: 50 } });
  try {
    return await fn();
  } finally {
    await release();
  }
}
