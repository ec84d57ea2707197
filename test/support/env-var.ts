import { afterEach, beforeEach } from 'vitest';

/** Inside a describe: the environment variable is `value` (undefined: unset) for each test, and as before after it. */
export function useEnvVar(name: string, value: string | undefined): void {
  const saved = process.env[name];
  const set = (v: string | undefined) => {
    if (v === undefined) delete process.env[name];
    else process.env[name] = v;
  };
  beforeEach(() => set(value));
  afterEach(() => set(saved));
}
