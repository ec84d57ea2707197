import { execa } from 'execa';

export interface RunResult { exitCode: number; stdout: string; stderr: string; failed: boolean }

/** Runs a program with an argument array (never a shell string) and never throws on a non-zero exit. */
export async function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number; extendEnv?: boolean } = {},
): Promise<RunResult> {
  try {
    const r = await execa(cmd, args, {
      cwd: opts.cwd,
      env: opts.env,
      extendEnv: opts.extendEnv ?? true,
      input: opts.input,
      timeout: opts.timeoutMs,
      reject: false,
      stripFinalNewline: true,
    });
    return { exitCode: r.exitCode ?? (r.failed ? 1 : 0), stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), failed: r.failed };
  } catch (e) {
    return { exitCode: 127, stdout: '', stderr: (e as Error).message, failed: true };
  }
}

/** Whether a program can be started at all (on PATH or at that path). */
export async function commandExists(cmd: string, versionArgs: string[] = ['--version']): Promise<boolean> {
  const r = await run(cmd, versionArgs, { timeoutMs: 15_000 });
  return r.exitCode !== 127 && !/ENOENT/.test(r.stderr);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
