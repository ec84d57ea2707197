// Commands the worker server (src/adapters/guard-server.ts) runs for workers in its own, already warm process:
// a worker's `orch finish` then costs no Node start-up, no module loading and no fresh GitHub client, which were
// most of orch's CPU in a backlog (bench/backlog.mjs). The run is the CLI's own (src/run.ts): the same parsing,
// flows, output and exit codes; only its folder and its output are the caller's (src/invocation.ts).
import { Writable } from 'node:stream';
import { runInvocation } from './invocation.js';

/** What the server runs; anything else (and any help request) is left to a process of its own. */
export const SERVED_COMMANDS: readonly string[] = ['finish'];

export function servable(argv: string[]): boolean {
  return SERVED_COMMANDS.includes(argv[0] ?? '') && !argv.some((a) => a === '--help' || a === '-h');
}

/** Runs `orch <argv>` as if started in `cwd`, handing its output to `write` as it comes; resolves to the exit code. */
export async function serveCommand(argv: string[], cwd: string, write: (fd: 1 | 2, text: string) => void): Promise<number> {
  const stream = (fd: 1 | 2) =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        write(fd, String(chunk));
        done();
      },
    });
  // A dynamic import, as in bin.ts: the CLI's run stays one chunk of its own, shared with the binary.
  const { run } = await import('./run.js');
  return runInvocation({ cwd, stdout: stream(1), stderr: stream(2) }, () => run(argv));
}
