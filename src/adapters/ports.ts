import net from 'node:net';
import http from 'node:http';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { run } from './proc.js';
import { commandLine } from './processes.js';

/** Who listens on a TCP port. pid is missing when the socket belongs to a process we may not inspect. */
export interface Listener { port: number; pid: number | undefined; command: string; uid: number | undefined }

/** LISTEN sockets from /proc/net/tcp and tcp6 text: port -> socket inodes (and the owner uid). */
export function parseProcNetTcp(text: string): Array<{ port: number; inode: string; uid: number }> {
  const out: Array<{ port: number; inode: string; uid: number }> = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== '0A') continue; // 0A = TCP_LISTEN
    const port = parseInt(f[1]!.split(':').pop() ?? '', 16);
    if (Number.isFinite(port)) out.push({ port, inode: f[9]!, uid: Number(f[7]) });
  }
  return out;
}

function readProc(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Linux: socket inode -> pid by reading /proc/<pid>/fd links (only our own user's processes are readable). */
function pidsForInodes(inodes: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${d}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${d}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1]!) && !found.has(m[1]!)) found.set(m[1]!, Number(d));
    }
    if (found.size === inodes.size) break;
  }
  return found;
}

/** The process listening on `port` (any address), or undefined when nothing listens. */
export async function findListener(port: number): Promise<Listener | undefined> {
  if (process.platform === 'linux') {
    const socks = [...parseProcNetTcp(readProc('/proc/net/tcp')), ...parseProcNetTcp(readProc('/proc/net/tcp6'))].filter((s) => s.port === port);
    if (!socks.length) return undefined;
    const pids = pidsForInodes(new Set(socks.map((s) => s.inode)));
    const hit = socks.find((s) => pids.has(s.inode));
    const pid = hit ? pids.get(hit.inode) : undefined;
    return { port, pid, command: pid ? await commandLine(pid) : '', uid: (hit ?? socks[0])!.uid };
  }
  // macOS and others: lsof, field output (p<pid>, c<command>), never parsed from a shell string.
  const r = await run('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc']);
  const pidLine = r.stdout.split('\n').find((l) => l.startsWith('p'));
  if (!pidLine) return undefined;
  const pid = Number(pidLine.slice(1));
  return { port, pid, command: (await commandLine(pid)) || (r.stdout.split('\n').find((l) => l.startsWith('c'))?.slice(1) ?? ''), uid: undefined };
}

/** True when we can bind the port on every address: catches holders that findListener cannot see. */
export function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    // No host: Node binds the dual-stack wildcard, which conflicts with a listener on any address.
    srv.listen({ port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** The listener on a port, a placeholder when something unseen holds it, or undefined when it is free. */
export async function portHolder(port: number): Promise<Listener | undefined> {
  const l = await findListener(port);
  if (l) return l;
  return (await canBind(port)) ? undefined : { port, pid: undefined, command: '', uid: undefined };
}

export function describeHolder(l: Listener): string {
  if (l.pid) return `pid ${l.pid}${l.command ? ` (${l.command.length > 120 ? `${l.command.slice(0, 117)}...` : l.command})` : ''}`;
  return l.uid !== undefined && l.uid !== process.getuid?.() ? `a process of user ${l.uid} (pid not visible to us)` : 'a process we cannot see';
}

/** One HTTP GET; the status code, or undefined when nothing answered in time. */
export function httpStatus(host: string, port: number, reqPath: string, timeoutMs = 2000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host, port, path: reqPath, timeout: timeoutMs, headers: { 'user-agent': 'orch-ready-probe' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
      req.destroy();
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/** Probes IPv4 loopback, then IPv6: dev servers bind one or the other depending on the tool and Node version. */
export async function probe(port: number, reqPath: string): Promise<number | undefined> {
  return (await httpStatus('127.0.0.1', port, reqPath)) ?? (await httpStatus('::1', port, reqPath));
}
