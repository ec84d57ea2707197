import path from 'node:path';
import { accessSync, constants, statSync } from 'node:fs';

function executable(p: string): boolean {
  try {
    return statSync(p).isFile() && (process.platform === 'win32' || (accessSync(p, constants.X_OK), true));
  } catch {
    return false;
  }
}

/**
 * Where a command would be found: a path as given, else the first match on PATH (with PATHEXT on Windows).
 * Needed because run() reports a missing program as an ordinary exit 1, indistinguishable from a failure.
 */
export function findExecutable(cmd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cmd.includes('/') || (process.platform === 'win32' && cmd.includes('\\'))) return executable(path.resolve(cmd)) ? path.resolve(cmd) : undefined;
  const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const p = path.join(dir, cmd + ext);
      if (executable(p)) return p;
    }
  }
  return undefined;
}
