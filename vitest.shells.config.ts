import { defineConfig } from 'vitest/config';

// `npm run test:shells`: checks that need programs the README does not list (zsh, fish). .ci/run installs them
// and runs this after `npm test`; `npm test` itself needs only git, tmux, bash and Node.
export default defineConfig({
  test: {
    include: ['test-shells/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    pool: 'forks',
  },
});
