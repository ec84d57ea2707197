import { defineConfig } from 'vitest/config';

// `npm run test:ssh`: workers on another host over SSH, against a real OpenSSH server on 127.0.0.1 that the tests
// start themselves (test/support/sshd.ts). sshd is not among the README's requirements, so this stays out of
// `npm test`; .ci/run installs openssh-server when missing and runs it after `npm test`.
export default defineConfig({
  test: {
    include: ['test-ssh/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 1,
    pool: 'forks',
  },
});
