import { spawn } from 'node:child_process';
import { spawnViaShell } from './spawner.js';

export interface RunResult { exitCode: number; stdout: string; stderr: string; failed: boolean }

/** Runs a program with an argument array (never a shell string) and never throws on a non-zero exit. */
export async function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number; extendEnv?: boolean } = {},
): Promise<RunResult> {
  try {
    // Loaded on first use: commands that only read (list, dash, monitor) never spawn through execa.
    const { execa } = await import('execa');
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

/**
 * run() for the hot paths (tmux queries on POSIX): node:child_process straight, without execa's weight, and the
 * same result: exit code (1 when the program could not start or died of a signal), output without its final newline.
 */
export function runDirect(cmd: string, args: readonly string[], opts: { input?: string } = {}): Promise<RunResult> {
  // Through the resident shell where it can (src/adapters/spawner.ts): the same result for a tenth of the CPU here.
  const viaShell = spawnViaShell(cmd, args, { input: opts.input });
  if (viaShell) {
    const text = (b: Buffer) => b.toString('utf8').replace(/\r?\n$/, '');
    return viaShell.then(
      (r) => ({ exitCode: r.code, stdout: text(r.stdout), stderr: text(r.stderr), failed: r.code !== 0 }),
      () => ({ exitCode: 1, stdout: '', stderr: '', failed: true }),
    );
  }
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let done = false;
    const finish = (exitCode: number) => {
      if (done) return;
      done = true;
      const text = (b: Buffer[]) => Buffer.concat(b).toString('utf8').replace(/\r?\n$/, '');
      resolve({ exitCode, stdout: text(out), stderr: text(err), failed: exitCode !== 0 });
    };
    const child = spawn(cmd, args, { windowsHide: true, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', () => {
      out.length = 0;
      err.length = 0;
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(opts.input);
    }
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
