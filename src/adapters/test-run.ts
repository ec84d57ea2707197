import { spawn } from 'node:child_process';

export interface TestRunResult { exitCode: number; output: string; ms: number }

/**
 * Runs one test command from the user's own config through the platform shell. This is the one place a
 * shell is used: the text is the repository owner's configured command (it may use pipes or &&), never
 * data from an issue, a title or a worker. Output is stdout and stderr interleaved, as a terminal shows it.
 * On POSIX it is one sh of our own, both outputs on one pipe (the order a terminal shows, and a tenth of execa's
 * CPU: a finish served for a worker runs it in a long-lived process); on Windows, execa and cmd.exe's quoting.
 */
export async function runTestCommand(cmd: string, cwd: string, timeoutMs = 30 * 60_000): Promise<TestRunResult> {
  const start = Date.now();
  if (process.platform === 'win32') {
    const { execa } = await import('execa');
    const r = await execa(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', cmd], { cwd, all: true, reject: false, timeout: timeoutMs, stdin: 'ignore', env: { CI: '1' } });
    return { exitCode: r.exitCode ?? (r.timedOut ? 124 : 1), output: String(r.all ?? ''), ms: Date.now() - start };
  }
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
