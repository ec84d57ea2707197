import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the web dashboard in a real headless Chromium (Debian's `chromium` package, driven by
// playwright-core) against real Claude Code workers. A browser is not among the README's requirements, so this
// stays out of `npm test`; .ci/run installs Chromium when missing and runs it after `npm test`.
export default defineConfig({
  test: {
    include: ['test-browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 1,
    pool: 'forks',
  },
});
