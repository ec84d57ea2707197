// The guard as a small server, so that a worker's Bash call costs a bash or a curl instead of a Node start-up:
// dist/hook.sh posts the PreToolUse payload to it with bash's /dev/tcp on a loopback port (GUARD_TCP: only with the
// key from that 0600 file), else with curl over a UNIX socket in the registry folder (created
// with mode 0600, inside .git like every other state file). It runs the Node hook's own code (runHook with guardVerdict): the same verdict,
// the same event line. It is a shortcut to the Node hook, never the only way: whenever it does not answer, hook.sh
// runs the Node hook, which applies the guard itself and starts this server again. It exits after 10 idle minutes,
// when its registry folder is gone, or when its own file changed on disk (an upgrade: the next call starts the new
// code). dist/guard-server.mjs is built as one file, so that file is all of its code.
//
// Claude Code 2.1.63 and later post every event but a Bash call's PreToolUse to it themselves (HTTP hooks, on the
// loopback door: POST /orch-hook/<Event>), so those events start no process at all. Those hooks have no fallback, so
// this server keeps its port and keys across restarts (guard.tcp) and does not stop while any worker is registered.
//
// It also runs `orch finish` for workers (POST /run, from dist/orch.sh): the CLI's own code, imported once from
// dist/served.js next to it, so a worker's finish costs no Node start-up. Here too it is a shortcut: whatever it
// does not answer, orch.sh runs with Node.
//
// Usage: node guard-server.mjs <registry-dir> [--idle-ms N] [--check-ms N]
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runHook } from '../hook.js';
import { guardVerdict } from '../core/guard.js';
import { GUARD_PID, GUARD_SOCKET, GUARD_STARTING, GUARD_TCP, parseGuardDoor } from './guard-server-files.js';

const [dir, ...rest] = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = rest.indexOf(name);
  const v = i >= 0 ? Number(rest[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
if (!dir) process.exit(2);
const idleMs = option('--idle-ms', 10 * 60_000);
const checkMs = option('--check-ms', 5000);
const sock = path.join(dir, GUARD_SOCKET);
const eventsDir = path.join(dir, 'events');
const self = fileURLToPath(import.meta.url);
/** This file and the served commands' entry next to it: either one changed on disk means an upgrade. */
const stamp = () =>
  [self, path.join(path.dirname(self), 'served.js')]
    .map((f) => {
      try {
        const s = statSync(f);
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return 'gone';
      }
    })
    .join('|');
const born = stamp();

/** Whether a server already answers on the socket (then this one is not needed). */
const answers = () =>
  new Promise<boolean>((resolve) => {
    const c = net.connect(sock);
    c.once('connect', () => (c.destroy(), resolve(true)));
    c.once('error', () => resolve(false));
  });

let last = Date.now();
let closing = false;
/** Commands running for workers (POST /run): the server never stops under one. */
let running = 0;
const server = http.createServer((req, res) => {
  if (upgraded(res)) return;
  if (req.method === 'POST' && req.url === '/run') return runCommand(req, res);
  guardCheck(req, res, '');
});

/**
 * The loopback door (GUARD_TCP): only with the client key; every answer starts with the server key. The keys and
 * the port of the last server are kept: workers' HTTP hooks name them, and they live as long as the workers.
 */
const kept = (() => {
  try {
    return parseGuardDoor(readFileSync(path.join(dir, GUARD_TCP), 'utf8'));
  } catch {
    return undefined;
  }
})();
const clientKey = kept?.clientKey ?? randomBytes(24).toString('hex');
const serverKey = kept?.serverKey ?? randomBytes(24).toString('hex');
const loopback = http.createServer((req, res) => {
  if (upgraded(res)) return;
  const given = Buffer.from(String(req.headers['x-orch-key'] ?? ''));
  if (given.length !== clientKey.length || !timingSafeEqual(given, Buffer.from(clientKey))) {
    res.writeHead(403).end();
    return;
  }
  if (req.method === 'POST' && req.url === '/run') return runCommand(req, res, `${serverKey}\n`);
  if (req.method === 'GET' && req.url === '/alive') return void res.writeHead(200).end(`${serverKey}\n`);
  if (req.url?.startsWith('/orch-hook/')) return claudeHook(req, res);
  guardCheck(req, res, `${serverKey}\n`, true);
});

/** New code on disk: this server hands over to the new one (same port and keys); meanwhile callers fall back. */
function upgraded(res: http.ServerResponse): boolean {
  last = Date.now();
  if (stamp() === born) return false;
  res.writeHead(503).end();
  stop(true);
  return true;
}

/**
 * A hook payload for the events file named in x-orch-events: the Node hook's event line and, for PreToolUse, its
 * verdict. `/PreToolUse`; through the loopback door also `/event/<Event>` (hook.sh run by bash sends every event).
 */
function guardCheck(req: http.IncomingMessage, res: http.ServerResponse, proof: string, anyEvent = false): void {
  const file = String(req.headers['x-orch-events'] ?? '');
  const event = req.url === '/PreToolUse' ? 'PreToolUse' : anyEvent ? /^\/event\/([A-Za-z]{1,40})$/.exec(req.url ?? '')?.[1] : undefined;
  if (req.method !== 'POST' || !event || !ownEventsFile(file)) {
    res.writeHead(400).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => (body += c));
  req.on('end', () => {
    const r = runHook(event, ['--events', file], body, {}, guardVerdict);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${proof}${r.code}\n${r.stderr ?? ''}`);
  });
}

/**
 * A Claude Code HTTP hook (POST /orch-hook/<Event>, the payload as the body, the events file in x-orch-events): the
 * Node hook's event line. Claude Code reads the answer as a command hook's output: `{}` lets the call go on. Workers'
 * Bash calls never come here (their PreToolUse is hook.sh's, which fails closed); one that did would still get the
 * guard's verdict, as a denial.
 */
function claudeHook(req: http.IncomingMessage, res: http.ServerResponse): void {
  const file = String(req.headers['x-orch-events'] ?? '');
  const event = /^\/orch-hook\/([A-Za-z]{1,40})$/.exec(req.url ?? '')?.[1];
  if (req.method !== 'POST' || !event || !ownEventsFile(file)) {
    res.writeHead(400).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => (body += c));
  req.on('end', () => {
    const r = runHook(event, ['--events', file], body, {}, guardVerdict);
    const answer = r.code === 0 ? {} : { hookSpecificOutput: { hookEventName: event, permissionDecision: 'deny', permissionDecisionReason: (r.stderr ?? '').trim() } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
}

/** Only this registry's events files: neither door ever becomes a way to write anywhere else. */
function ownEventsFile(file: string): boolean {
  return path.dirname(file) === eventsDir && /^[^/]+\.jsonl$/.test(path.basename(file));
}

/**
 * `orch <command>` for a worker (dist/orch.sh): the body is the caller's folder and then its arguments, a line
 * each. The answer streams the output a line at a time, "1 " (stdout) or "2 " (stderr) before each, and ends with
 * "x <exit code>". 404 when this server does not serve it (another command, help, no dist/served.js next to it, as
 * on an SSH host's copy): the caller then runs orch itself.
 */
function runCommand(req: http.IncomingMessage, res: http.ServerResponse, proof = ''): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => (body += c));
  req.on('end', () => {
    const [cwd = '', ...argv] = body.replace(/\n$/, '').split('\n');
    running++;
    void (async () => {
      try {
        const served = (await import(pathToFileURL(path.join(path.dirname(self), 'served.js')).href).catch(() => undefined)) as typeof import('../served.js') | undefined;
        if (!served || !path.isAbsolute(cwd) || !served.servable(argv)) {
          res.writeHead(404).end();
          return;
        }
        // A caller that went away (its Bash call interrupted) leaves the command to run to its end, writing to nobody.
        res.on('error', () => undefined);
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        if (proof) res.write(proof);
        const partial: Record<1 | 2, string> = { 1: '', 2: '' };
        const write = (fd: 1 | 2, text: string) => {
          const lines = (partial[fd] + text).split('\n');
          partial[fd] = lines.pop()!;
          for (const l of lines) res.write(`${fd} ${l}\n`);
        };
        let code: number;
        try {
          code = await served.serveCommand(argv, cwd, write);
        } catch (e) {
          write(2, `orch: ${(e as Error)?.message ?? String(e)}\n`);
          code = 1;
        }
        for (const fd of [1, 2] as const) if (partial[fd]) write(fd, '\n');
        res.end(`x ${code}\n`);
      } finally {
        running--;
        last = Date.now();
      }
    })();
  });
}

/** Whether any worker is registered: their HTTP hooks need this server for as long as they live. */
function workersRegistered(): boolean {
  try {
    return readdirSync(path.join(dir!, 'workers')).some((f) => f.endsWith('.json'));
  } catch {
    return false;
  }
}

/**
 * Stops listening and exits. An upgrade starts the new code on the same port with the same keys once this one
 * has let go of them; guard.tcp stays while workers are registered (their hooks name its port), and the next
 * server takes over its port and keys.
 */
function stop(upgrade = false): void {
  if (closing) return;
  closing = true;
  const listening = server.listening;
  let open = 2;
  const closed = () => {
    if (--open || !upgrade || !listening || !existsSync(dir!)) return;
    try {
      closeSync(openSync(path.join(dir!, GUARD_STARTING), 'w'));
      // The new code asks for this port again for a while if it is not free yet, rather than taking another one.
      spawn(process.execPath, [self, dir!, ...rest], { cwd: dir!, detached: true, stdio: 'ignore', env: process.env }).unref();
    } catch {
      /* the next hook or monitor starts it */
    }
  };
  // close() also drops idle kept-alive connections (Claude Code's HTTP hooks keep theirs), so both close at once.
  server.close(closed);
  loopback.close(closed);
  if (listening) {
    rmSync(sock, { force: true });
    if (!upgrade && !workersRegistered()) rmSync(path.join(dir!, GUARD_TCP), { force: true });
    rmSync(path.join(dir!, GUARD_PID), { force: true });
  }
  setTimeout(() => process.exit(0), 200).unref();
}

if (await answers()) process.exit(0);
rmSync(sock, { force: true }); // a socket file nobody listens on: a server that died
process.umask(0o077);
server.on('error', () => process.exit(0)); // another server won the race, or the path is too long for a socket
server.listen(sock, () => {
  writeFileSync(path.join(dir, GUARD_PID), `${process.pid}\n`);
  rmSync(path.join(dir, GUARD_STARTING), { force: true });
  // The loopback door opens only for the server that won the socket; without it, hook.sh uses curl and the socket.
  // The last server's port first (workers' HTTP hooks name it); taken by another program since, a new one.
  // Still held for a moment by the server this one replaces (an upgrade, a restart): asked again for 2 s first.
  let tries = 0;
  loopback.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EADDRINUSE' || !kept?.port || tries > 20) return rmSync(path.join(dir, GUARD_TCP), { force: true });
    if (++tries <= 20) return void setTimeout(() => loopback.listen(kept.port, '127.0.0.1'), 100);
    loopback.listen(0, '127.0.0.1');
  });
  loopback.on('listening', () => {
    const port = (loopback.address() as net.AddressInfo).port;
    const tmp = path.join(dir, `${GUARD_TCP}.${process.pid}.tmp`);
    writeFileSync(tmp, `${port} ${clientKey} ${serverKey}\n`, { mode: 0o600 });
    renameSync(tmp, path.join(dir, GUARD_TCP));
  });
  loopback.listen(kept?.port ?? 0, '127.0.0.1');
});
setInterval(() => {
  if (!existsSync(dir)) return stop();
  if (running === 0 && stamp() !== born) return stop(true);
  if (running === 0 && Date.now() - last > idleMs && !workersRegistered()) stop();
}, checkMs);
process.once('SIGTERM', () => stop());
process.once('SIGINT', () => stop());
