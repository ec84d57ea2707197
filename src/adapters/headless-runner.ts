// Runs one headless worker and records its exit code next to its pid, then exits with the same code.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [statusFile, cmd, ...args] = process.argv.slice(2);
if (!statusFile || !cmd) process.exit(2);
const child = spawn(cmd, args, { stdio: 'inherit' });
const record = (code: number) => {
  try {
    const rec = JSON.parse(readFileSync(statusFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(statusFile, JSON.stringify({ ...rec, exitCode: code }));
  } catch {
    /* the record was removed by `orch close`: nothing to update */
  }
  process.exit(code);
};
child.on('error', (e) => {
  process.stderr.write(`${cmd}: ${e.message}\n`);
  record(127);
});
child.on('exit', (code, signal) => record(code ?? (signal ? 128 : 1)));
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => child.kill(sig));
