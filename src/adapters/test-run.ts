import { execa } from 'execa';

export interface TestRunResult { exitCode: number; output: string; ms: number }

/**
 * Runs one test command from the user's own config through the platform shell. This is the one place a
 * shell is used: the text is the repository owner's configured command (it may use pipes or &&), never
 * data from an issue, a title or a worker. Output is stdout and stderr interleaved, as a terminal shows it.
 */
export async function runTestCommand(cmd: string, cwd: string, timeoutMs = 30 * 60_000): Promise<TestRunResult> {
  const [shell, flag] = process.platform === 'win32' ? [process.env.ComSpec || 'cmd.exe', '/d /s /c'] : ['/bin/sh', '-c'];
  const start = Date.now();
  const r = await execa(shell, [...flag.split(' '), cmd], { cwd, all: true, reject: false, timeout: timeoutMs, stdin: 'ignore', env: { CI: '1' } });
  const exitCode = r.exitCode ?? (r.timedOut ? 124 : 1);
  return { exitCode, output: String(r.all ?? ''), ms: Date.now() - start };
}

/** The last `lines` lines of a command's output: the part that says what failed. */
export function tail(output: string, lines = 30): string {
  const all = output.replace(/\s+$/, '').split('\n');
  return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n');
}
