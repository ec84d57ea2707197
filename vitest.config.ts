import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests drive real tmux servers and real Claude Code processes; two cores only.
    maxWorkers: 2,
    pool: 'forks',
  },
});
