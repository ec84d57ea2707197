// The guard as a small server, so that a worker's Bash call costs a curl instead of a Node start-up: dist/hook.sh
// posts the PreToolUse payload to it over a UNIX socket in the registry folder (created with mode 0600, inside
// .git like every other state file). It runs the Node hook's own code (runHook with guardVerdict): the same verdict,
// the same event line. It is a shortcut to the Node hook, never the only way: whenever it does not answer, hook.sh
// runs the Node hook, which applies the guard itself and starts this server again. It exits after 10 idle minutes,
// when its registry folder is gone, or when its own file changed on disk (an upgrade: the next call starts the new
// code). dist/guard-server.mjs is built as one file, so that file is all of its code.
//
// Usage: node guard-server.mjs <registry-dir> [--idle-ms N] [--check-ms N]
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runHook } from '../hook.js';
import { guardVerdict } from '../core/guard.js';
import { GUARD_PID, GUARD_SOCKET, GUARD_STARTING } from './guard-server-files.js';

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
const stamp = () => {
  try {
    const s = statSync(self);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'gone';
  }
};
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
const server = http.createServer((req, res) => {
  last = Date.now();
  if (stamp() !== born) {
    // New code on disk: the caller falls back to the Node hook, which starts the new server.
    res.writeHead(503).end();
    stop();
    return;
  }
  const file = String(req.headers['x-orch-events'] ?? '');
  // Only this registry's events files: the socket never becomes a way to write anywhere else.
  if (req.method !== 'POST' || req.url !== '/PreToolUse' || path.dirname(file) !== eventsDir || !/^[^/]+\.jsonl$/.test(path.basename(file))) {
    res.writeHead(400).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c: string) => (body += c));
  req.on('end', () => {
    const r = runHook('PreToolUse', ['--events', file], body, {}, guardVerdict);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${r.code}\n${r.stderr ?? ''}`);
  });
});

function stop(): void {
  if (closing) return;
  closing = true;
  const listening = server.listening;
  server.close();
  if (listening) {
    rmSync(sock, { force: true });
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
});
setInterval(() => {
  if (Date.now() - last > idleMs || !existsSync(dir) || stamp() !== born) stop();
}, checkMs);
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
