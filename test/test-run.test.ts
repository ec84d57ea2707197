// The project's own test command, as finish, verify and merge-plan run it: through sh, both outputs in the order
// written, CI=1, in the given folder, and stopped at its timeout. Real processes.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useEnvVar } from './support/env-var.js';
import { runTestCommand } from '../src/adapters/test-run.js';

const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-testrun-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Both ways it runs: through orch's resident shell, and spawned by Node (ORCH_SPAWNER=0, or where no shell can be kept).
describe.each([['the resident shell', undefined], ['a spawn from Node', '0']])('runTestCommand through %s', (_, spawner) => {
  useEnvVar('ORCH_SPAWNER', spawner);

  it('gives stdout and stderr interleaved as written, the exit code, CI=1 and the folder', async () => {
    const r = await runTestCommand('echo one; echo two >&2; sleep 0.1; echo "ci=$CI in $(pwd)"; echo four >&2; exit 3', dir);
    expect(r.exitCode).toBe(3);
    expect(r.output).toBe(`one\ntwo\nci=1 in ${dir}\nfour`);
    expect((await runTestCommand('true && echo ok | tr a-z A-Z', dir)).output).toBe('OK');
  });

  it('stops a command at its timeout with exit code 124', async () => {
    const started = Date.now();
    const r = await runTestCommand('echo started; sleep 30', dir, 300);
    expect(r.exitCode).toBe(124);
    expect(r.output).toBe('started');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
