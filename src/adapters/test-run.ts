import { spawn } from 'node:child_process';
import path from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { spawnViaShell } from './spawner.js';
import { scratchDir } from './scratch.js';

export interface TestRunResult { exitCode: number; output: string; ms: number }

/**
 * Runs one test command from the user's own config through the platform shell. This is the one place a
 * shell is used: the text is the repository owner's configured command (it may use pipes or &&), never
 * data from an issue, a title or a worker. Output is stdout and stderr interleaved, as a terminal shows it.
 * On POSIX it is one sh of our own with `exec 2>&1` (both outputs in the order written), started by the resident
 * shell where it can (src/adapters/spawner.ts: a finish served for a worker runs it in a long-lived process, whose
 * own fork costs several ms) and else by Node; on Windows, execa and cmd.exe's quoting.
 */
export async function runTestCommand(cmd: string, cwd: string, timeoutMs = 30 * 60_000): Promise<TestRunResult> {
  const start = Date.now();
  if (process.platform === 'win32') {
    const { execa } = await import('execa');
    const r = await execa(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', cmd], { cwd, all: true, reject: false, timeout: timeoutMs, stdin: 'ignore', env: { CI: '1' } });
    return { exitCode: r.exitCode ?? (r.timedOut ? 124 : 1), output: String(r.all ?? ''), ms: Date.now() - start };
  }
  const viaShell = await throughShell(cmd, cwd, timeoutMs);
  if (viaShell) return { ...viaShell, ms: Date.now() - start };
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    // `exec 2>&1` first: the command's stderr joins its stdout on the one pipe, in the order it was written.
    const child = spawn('/bin/sh', ['-c', `exec 2>&1\n${cmd}`], { cwd, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    const done = (exitCode: number, extra = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout!.destroy();
      resolve({ exitCode, output: Buffer.concat(out).toString('utf8').replace(/\r?\n$/, '') + extra, ms: Date.now() - start });
    };
    child.on('error', (e) => done(127, `\n${e.message}`));
    // Past its timeout the shell's end is enough: a program it started may still hold the pipe open.
    child.on('exit', () => timedOut && done(124));
    child.on('close', (code) => done(timedOut ? 124 : (code ?? 1)));
  });
}

/** The last `lines` lines of a command's output: the part that says what failed. */
export function tail(output: string, lines = 30): string {
  const all = output.replace(/\s+$/, '').split('\n');
  return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n');
}

/**
 * The command through the resident shell: `sh -c` records its own pid (it then becomes the test command's shell with
 * exec), so the timeout can stop it; its output is a file, so a program it left running holds nothing open for us.
 */
async function throughShell(cmd: string, cwd: string, timeoutMs: number): Promise<{ exitCode: number; output: string } | undefined> {
  let dir: string;
  try {
    dir = scratchDir('orch-test-');
  } catch {
    return undefined;
  }
  try {
    const pidFile = path.join(dir, 'pid');
    const job = spawnViaShell('/bin/sh', ['-c', 'echo $$ >"$1"; shift; exec "$@"', 'orch-test', pidFile, '/bin/sh', '-c', `exec 2>&1\n${cmd}`], { cwd, env: { ...process.env, CI: '1' } });
    if (!job) return undefined;
    let timedOut = false;
    const stop = (signal: NodeJS.Signals) => {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), signal);
      } catch {
        /* already ended, or not started yet */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop('SIGTERM');
      setTimeout(() => stop('SIGKILL'), 5000).unref();
    }, timeoutMs);
    try {
      const r = await job;
      return { exitCode: timedOut ? 124 : r.code, output: r.stdout.toString('utf8').replace(/\r?\n$/, '') };
    } catch {
      // The shell stopped with the job in hand: its outcome is unknown, so it counts as a failure (never run twice).
      return { exitCode: 1, output: 'orch: the shell running the test command stopped before it ended' };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
