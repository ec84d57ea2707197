import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where one run of a command is, when it is not this process's own: `orch finish` run by a worker and served by
 * the worker server (src/served.ts) has the worker's folder and its own output, while other runs go on in the
 * same process. Everything that would read process.cwd() or write to process.stdout for a command asks here first.
 */
export interface Invocation {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const current = new AsyncLocalStorage<Invocation>();

export function invocation(): Invocation | undefined {
  return current.getStore();
}

export function runInvocation<T>(inv: Invocation, fn: () => Promise<T>): Promise<T> {
  return current.run(inv, fn);
}

export const stdoutOf = (): NodeJS.WritableStream => current.getStore()?.stdout ?? process.stdout;
export const stderrOf = (): NodeJS.WritableStream => current.getStore()?.stderr ?? process.stderr;
