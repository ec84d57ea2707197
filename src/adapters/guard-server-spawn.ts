import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { distScript } from '../package-root.js';
import { GUARD_PID, GUARD_SOCKET, GUARD_STARTING, GUARD_TCP, parseGuardDoor, type GuardDoor } from './guard-server-files.js';
import { isAlive } from './proc.js';

/**
 * Starts the guard server for a registry folder in the background (detached, no stdio held), unless one is being
 * started: the hook that fell back to Node calls this so that the next Bash call is answered over the socket.
 * Never throws and never waits: a server that does not start leaves every call to the Node hook, as before.
 */
export function startGuardServer(registryDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    const script = distScript('guard-server.mjs');
    if (!existsSync(script)) return false;
    // A UNIX socket path holds 104 bytes on macOS (108 on Linux): deeper than that, the Node hook serves every call.
    if (Buffer.byteLength(path.join(registryDir, GUARD_SOCKET)) > 100) return false;
    const starting = path.join(registryDir, GUARD_STARTING);
    // A start in the last 10 s (or one that died before it listened): leave it, or take over when stale.
    if (existsSync(starting) && Date.now() - statSync(starting).mtimeMs < 10_000) return true;
    rmSync(starting, { force: true });
    closeSync(openSync(starting, 'wx'));
    spawn(process.execPath, [script, registryDir], { cwd: registryDir, detached: true, stdio: 'ignore', env }).unref();
    return true;
  } catch {
    /* another hook is starting it, or no package around this hook (a copy on an SSH host) */
    return existsSync(path.join(registryDir, GUARD_STARTING));
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

/**
 * The loopback door of the server answering for this registry folder, or undefined: guard.tcp read and the server
 * asked (GET /alive with the client key) to prove it is ours by the server key. Never throws.
 */
export async function guardServerDoor(registryDir: string): Promise<GuardDoor | undefined> {
  let door: GuardDoor | undefined;
  try {
    door = parseGuardDoor(readFileSync(path.join(registryDir, GUARD_TCP), 'utf8'));
  } catch {
    return undefined;
  }
  if (!door) return undefined;
  const d = door;
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: d.port, path: '/alive', headers: { 'x-orch-key': d.clientKey }, timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(res.statusCode === 200 && body === `${d.serverKey}\n` ? d : undefined));
      res.on('error', () => resolve(undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/**
 * The server's door, starting the server first when none answers and waiting up to `waitMs` for it: a worker whose
 * events go to it over HTTP must not start before it listens. Undefined when it is not there in time (or cannot be:
 * no dist/guard-server.mjs, a socket path too long); the caller then installs hooks that need no server.
 */
export async function ensureGuardServer(registryDir: string, env: NodeJS.ProcessEnv, waitMs = 5000): Promise<GuardDoor | undefined> {
  const up = await guardServerDoor(registryDir);
  if (up) return up;
  if (!startGuardServer(registryDir, env)) return undefined;
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(path.join(registryDir, GUARD_TCP))) continue;
    const door = await guardServerDoor(registryDir);
    if (door) return door;
  }
  return undefined;
}

/** Whether the server's process (its pid file) is alive: a look without a connection, for every monitor cycle. */
export function guardServerRunning(registryDir: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(registryDir, GUARD_PID), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && isAlive(pid);
  } catch {
    return false;
  }
}
