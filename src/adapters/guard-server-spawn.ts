import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, rmSync } from 'node:fs';
import path from 'node:path';
import { distScript } from '../package-root.js';
import { GUARD_SOCKET, GUARD_STARTING } from './guard-server-files.js';

/**
 * Starts the guard server for a registry folder in the background (detached, no stdio held), unless one is being
 * started: the hook that fell back to Node calls this so that the next Bash call is answered over the socket.
 * Never throws and never waits: a server that does not start leaves every call to the Node hook, as before.
 */
export function startGuardServer(registryDir: string, env: NodeJS.ProcessEnv = process.env): void {
  try {
    const script = distScript('guard-server.mjs');
    if (!existsSync(script)) return;
    // A UNIX socket path holds 104 bytes on macOS (108 on Linux): deeper than that, the Node hook serves every call.
    if (Buffer.byteLength(path.join(registryDir, GUARD_SOCKET)) > 100) return;
    const starting = path.join(registryDir, GUARD_STARTING);
    // A start in the last 10 s (or one that died before it listened): leave it, or take over when stale.
    if (existsSync(starting) && Date.now() - statSync(starting).mtimeMs < 10_000) return;
    rmSync(starting, { force: true });
    closeSync(openSync(starting, 'wx'));
    spawn(process.execPath, [script, registryDir], { cwd: registryDir, detached: true, stdio: 'ignore', env }).unref();
  } catch {
    /* another hook is starting it, or no package around this hook (a copy on an SSH host) */
  }
}

/**
 * Starts the server before a worker's first Bash call when none is there, with the environment that worker gets:
 * otherwise the first calls of a batch each run the Node hook (a Node start-up each) until one has started it.
 */
export function startGuardServerFor(registryDir: string, env: NodeJS.ProcessEnv): void {
  if (existsSync(path.join(registryDir, GUARD_SOCKET))) return; // running (a dead one's socket: the hook restarts it)
  startGuardServer(registryDir, env);
}
