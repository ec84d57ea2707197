import path from 'node:path';
import type { Project } from '../../context.js';
import { candidatePorts, partsOf, preferredPort, serverUrl, substitutePorts, type ServerPart } from '../../core/ports.js';
import { sshFailed, sshHost, type SshHost } from '../../adapters/ssh.js';
import { OrchError } from '../../errors.js';
import { remoteStateDir } from '../worker/remote.js';
import { allEntries, readEntries, updateEntries, type ServerEntry, type ServerTarget } from './server-state.js';
import type { PartOption, ServerStatus } from './server.js';
import type { StopResult } from './server-stop.js';

const posix = path.posix;

/**
 * Dev servers of a worker on a configured host. Every command is an argument array (quoted by the ssh adapter);
 * the two scripts below are constants of orch's source, their data arrives as arguments ("$1".., process.argv).
 *
 * START: in the worktree on the host, the command runs under setsid (its own session and process group, so the
 * group id is its pid), output appended to the log, stdin from /dev/null (so ssh does not wait for it). Prints the
 * pid and the OS start time of that pid (field 22 of /proc/<pid>/stat), which `stop` compares later.
 */
const START = [
  'cd "$1" || exit 3',
  'log="$2"; export PORT="$3"; shift 3',
  'mkdir -p "$(dirname "$log")" || exit 3',
  'setsid "$@" >>"$log" 2>&1 </dev/null &',
  'pid=$!',
  'st=$(sed "s/.*) //" "/proc/$pid/stat" 2>/dev/null | cut -d" " -f20)',
  'echo "$pid $st"',
].join('\n');

/**
 * PROBE (node on the host, one JSON argument {mode, pid, start, port, path}): whether the recorded group is still the
 * one we started (same checks as isOurs locally: leader alive with pgid == pid and the same start time, or members
 * all in our session), who listens on the port (/proc/net/tcp{,6} inode -> /proc/<pid>/fd), an HTTP status from it;
 * mode "stop" ends our group (SIGTERM, then SIGKILL) and reports the members left.
 */
const PROBE = String.raw`
const fs = require('fs'), http = require('http');
const a = JSON.parse(process.argv[1]);
const stat = (p) => { try { const t = fs.readFileSync('/proc/' + p + '/stat', 'utf8'); const f = t.slice(t.lastIndexOf(')') + 2).split(' '); return { pid: +p, state: f[0], pgid: +f[2], sid: +f[3], start: f[19] }; } catch { return undefined; } };
const pids = () => fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
const members = (g) => pids().map(stat).filter((s) => s && s.pgid === g && s.state !== 'Z');
const ours = () => {
  if (!(a.pid > 0)) return false;
  const s = stat(a.pid);
  if (s && s.state !== 'Z') return s.pgid === a.pid && (!a.start || s.start === a.start);
  const m = members(a.pid);
  return m.length > 0 && m.every((x) => x.sid === a.pid);
};
const holder = () => {
  if (!a.port) return null;
  const inodes = new Set();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let t = ''; try { t = fs.readFileSync(f, 'utf8'); } catch {}
    for (const l of t.split('\n').slice(1)) {
      const c = l.trim().split(/\s+/);
      if (c.length > 9 && c[3] === '0A' && parseInt(c[1].split(':').pop(), 16) === a.port) inodes.add(c[9]);
    }
  }
  if (!inodes.size) return null;
  for (const d of pids()) {
    let fds; try { fds = fs.readdirSync('/proc/' + d + '/fd'); } catch { continue; }
    for (const fd of fds) {
      let l; try { l = fs.readlinkSync('/proc/' + d + '/fd/' + fd); } catch { continue; }
      const m = /^socket:\[(\d+)\]$/.exec(l);
      if (m && inodes.has(m[1])) {
        let command = ''; try { command = fs.readFileSync('/proc/' + d + '/cmdline', 'utf8').split('\0').filter(Boolean).join(' '); } catch {}
        const s = stat(d);
        return { pid: +d, pgid: s ? s.pgid : null, command };
      }
    }
  }
  return { pid: null, pgid: null, command: '' };
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const get = () => new Promise((res) => {
  const q = http.get({ host: '127.0.0.1', port: a.port, path: a.path || '/', timeout: 2000 }, (r) => { r.resume(); res(r.statusCode); });
  q.on('timeout', () => { q.destroy(); res(null); });
  q.on('error', () => res(null));
});
(async () => {
  if (a.mode === 'stop') {
    if (!ours()) { console.log(JSON.stringify({ ours: false, left: [] })); return; }
    const left = () => members(a.pid).map((s) => s.pid);
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      try { process.kill(-a.pid, sig); } catch {}
      for (let i = 0; i < 25 && left().length; i++) await sleep(200);
      if (!left().length) break;
    }
    console.log(JSON.stringify({ ours: true, left: left() }));
    return;
  }
  const h = holder();
  const isOurs = ours();
  const alive = a.pid > 0 ? members(a.pid).length > 0 : false;
  console.log(JSON.stringify({ ours: isOurs, alive, holder: h, http: h ? await get() : null }));
})();
`;

interface Probe { ours: boolean; alive: boolean; holder: { pid: number | null; pgid: number | null; command: string } | null; http: number | null }

async function node<T>(h: SshHost, arg: Record<string, unknown>, what: string): Promise<T> {
  const r = await h.exec(['node', '-e', PROBE, JSON.stringify(arg)], { timeoutMs: 30_000 });
  if (sshFailed(r)) throw h.unreachable(r.stderr);
  if (r.exitCode !== 0) throw new OrchError('remote', `${h.name}: ${what} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ') || `exit ${r.exitCode}`}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

function probe(project: Project, h: SshHost, port: number, entry?: ServerEntry): Promise<Probe> {
  return node<Probe>(h, { mode: 'probe', pid: entry?.pid ?? 0, start: entry?.procStart ?? '', port, path: project.config.devServer.readyPath }, `probing port ${port}`);
}

function hostOf(project: Project, t: ServerTarget): SshHost {
  return sshHost(project.config, t.host!);
}

function basePort(project: Project, part: ServerPart): number {
  return part === 'frontend' ? project.config.devServer.port : project.config.devServer.backendPort;
}

const up = (http: number | null | undefined) => (http !== null && http !== undefined && http < 500 ? 'UP' : 'DOWN');

/** The part's command on the host: the configured argument array, else the worktree's package.json "dev" script there. */
async function remoteCommand(project: Project, h: SshHost, t: ServerTarget, part: ServerPart, ports: { port: number; backendPort: number }): Promise<{ argv: string[]; cwd: string }> {
  const { config } = project;
  const layoutDir = config.layout.type === 'monorepo-split' ? config.layout.parts.find((p) => p.name === 'backend')?.path : undefined;
  const cwd = part === 'frontend' ? posix.join(t.dir, config.devServer.dir) : posix.join(t.dir, layoutDir ?? '.');
  const configured = part === 'frontend' ? config.devServer.cmd : config.devServer.backendCmd;
  if (configured?.length) return { argv: substitutePorts(configured, ports), cwd };
  let dev = false;
  try {
    dev = Boolean((JSON.parse((await h.readFile(posix.join(cwd, 'package.json'))) ?? '{}') as { scripts?: Record<string, string> }).scripts?.dev);
  } catch {
    dev = false;
  }
  if (dev) return { argv: ['npm', 'run', 'dev'], cwd };
  const key = part === 'frontend' ? 'devServer.cmd' : 'devServer.backendCmd';
  throw new OrchError('no-server-command', `no ${part} dev server command for ${t.label} on ${h.name}: ${key} is not set and ${cwd} there has no package.json "dev" script`, {
    hint: `set ${key} in .claude/session-plugin.json, e.g. ["npm", "run", "dev", "--", "--port", "{port}"]`,
    exitCode: 2,
  });
}

function ownerOf(t: ServerTarget, p: Probe, others: Array<{ target: ServerTarget; entry: ServerEntry }>): Pick<ServerStatus, 'owner' | 'ownerName' | 'holder' | 'pid'> {
  if (!p.holder) return { owner: 'none', pid: undefined };
  const holder = { pid: p.holder.pid ?? undefined, command: p.holder.command };
  const o = others.find((x) => p.holder!.pgid !== null && x.entry.pid === p.holder!.pgid);
  if (!o) return { owner: 'foreign', holder, pid: holder.pid };
  const mine = o.target.name === t.name;
  return { owner: mine ? 'this worktree' : 'another worktree', ...(mine ? {} : { ownerName: o.target.label }), holder, pid: o.entry.pid };
}

export async function startRemoteServers(project: Project, t: ServerTarget, o: { part: PartOption; nextFree: boolean; log: (s: string) => void }): Promise<ServerStatus[]> {
  const out: ServerStatus[] = [];
  for (const part of partsOf(o.part)) out.push(await startOne(project, t, part, o));
  return out;
}

async function startOne(project: Project, t: ServerTarget, part: ServerPart, o: { nextFree: boolean; log: (s: string) => void }): Promise<ServerStatus> {
  const h = hostOf(project, t);
  const existing = readEntries(project, t).find((e) => e.part === part);
  if (existing) {
    const p = await probe(project, h, existing.port, existing);
    if (p.ours) return { part, port: existing.port, url: serverUrl(existing.port), state: up(p.http), http: p.http ?? undefined, pid: existing.pid, owner: 'this worktree', log: existing.log, note: `already running on ${h.name}` };
    await updateEntries(project, t, (es) => es.filter((e) => e.part !== part)); // a stale record from a crashed server
  }
  // The port: the preferred one of this worker, else (--next-free) the first one of the block free on the host.
  const base = basePort(project, part);
  const preferred = preferredPort(base, t.name);
  const others = allEntries(project, h.name).filter((x) => x.target.name !== t.name);
  const claimed = new Set(others.map((x) => x.entry.port));
  const first = await probe(project, h, preferred);
  let port: number | undefined = !first.holder && !claimed.has(preferred) ? preferred : undefined;
  if (port === undefined) {
    if (!o.nextFree) {
      const who = first.holder ? ownerOf(t, first, others) : undefined;
      const by = who?.ownerName ? `the server of ${who.ownerName}` : first.holder ? `pid ${first.holder.pid ?? '?'} (${first.holder.command || 'unknown command'})` : 'another orch server that is starting';
      throw new OrchError('port-taken', `${t.label} ${part}: port ${preferred} on ${h.name} is taken by ${by}`, {
        hint: `orch picks nothing silently: stop that process, or run again with --next-free to take the next free port in ${base + 1}-${base + 49}`,
      });
    }
    for (const p of candidatePorts(base, preferred)) {
      if (!claimed.has(p) && !(await probe(project, h, p)).holder) {
        port = p;
        break;
      }
    }
    if (port === undefined) throw new OrchError('no-free-port', `${t.label} ${part}: every port in ${base + 1}-${base + 49} is taken on ${h.name}`, { hint: 'stop servers you no longer need' });
  }
  const backendPort = part === 'frontend' ? (readEntries(project, t).find((e) => e.part === 'backend')?.port ?? preferredPort(basePort(project, 'backend'), t.name)) : port;
  const sc = await remoteCommand(project, h, t, part, { port, backendPort });
  const log = posix.join(await remoteStateDir(h), 'logs', `${t.name}.${part}.log`);
  o.log(`${t.label} ${part}: ${sc.argv.join(' ')} on ${h.name} port ${port} (log ${h.name}:${log})`);
  const r = await h.exec(['sh', '-c', START, 'sh', sc.cwd, log, String(port), ...sc.argv]);
  if (sshFailed(r)) throw h.unreachable(r.stderr);
  const m = /^(\d+)\s*(\S*)/.exec(r.stdout.trim());
  if (r.exitCode !== 0 || !m) throw new OrchError('remote', `${h.name}: could not start the ${part} dev server in ${sc.cwd}: ${(r.stderr || r.stdout).trim() || `exit ${r.exitCode}`}`);
  const pid = Number(m[1]);
  const entry: ServerEntry = { part, port, pid, log, started: new Date().toISOString(), host: h.name, ...(m[2] ? { procStart: m[2] } : {}) };
  // Recorded before waiting, so `stop` can end it even if this command is interrupted.
  await updateEntries(project, t, (es) => [...es.filter((e) => e.part !== part), entry]);
  const { readyPath, readyTimeoutSec } = project.config.devServer;
  const until = Date.now() + readyTimeoutSec * 1000;
  let why: string;
  for (;;) {
    const p = await probe(project, h, port, entry);
    if (p.http !== null && p.http < 500 && p.holder?.pgid === pid) return { part, port, url: serverUrl(port), state: 'UP', http: p.http, pid, owner: 'this worktree', log, note: `on ${h.name}` };
    if (!p.alive) {
      why = `the server exited before answering on port ${port} of ${h.name}`;
      break;
    }
    if (Date.now() >= until) {
      why = `no answer below 500 from ${serverUrl(port, readyPath)} on ${h.name} within ${readyTimeoutSec}s${p.http !== null ? ` (last status ${p.http})` : ''}`;
      break;
    }
    await new Promise((res) => setTimeout(res, 300));
  }
  const tail = (await h.exec(['tail', '-n', '30', log])).stdout.replace(/\n$/, '');
  await node(h, { mode: 'stop', pid, start: entry.procStart ?? '' }, 'stopping the server');
  await updateEntries(project, t, (es) => es.filter((e) => e.pid !== pid));
  throw new OrchError('server-not-ready', `${t.label} ${part}: ${why}; stopped it.\n--- last 30 lines of ${h.name}:${log} ---\n${tail}\n---`, {
    hint: 'fix the command (devServer.cmd / backendCmd, which must listen on $PORT) or raise devServer.readyTimeoutSec',
  });
}

/** `orch server check` on the host: UP/DOWN, holder and owner of each part's port, asked there. Reads only. */
export async function checkRemoteServers(project: Project, t: ServerTarget, o: { part: PartOption }): Promise<ServerStatus[]> {
  const h = hostOf(project, t);
  const all = allEntries(project, h.name);
  const out: ServerStatus[] = [];
  for (const part of partsOf(o.part)) {
    const entry = readEntries(project, t).find((e) => e.part === part);
    const port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    const p = await probe(project, h, port, entry);
    const stale = entry && !p.ours ? `recorded pid ${entry.pid} is no longer running on ${h.name}` : undefined;
    out.push({ part, port, url: serverUrl(port), state: up(p.http), http: p.http ?? undefined, ...ownerOf(t, p, all), ...(entry ? { log: entry.log } : {}), note: stale ?? `on ${h.name}` });
  }
  return out;
}

/** Ends a recorded server's process group on its host after checking it is still the one we started; drops the record. */
export async function stopRemoteEntry(project: Project, t: ServerTarget, entry: ServerEntry): Promise<'stopped' | 'not-running'> {
  const h = sshHost(project.config, entry.host ?? t.host!);
  const r = await node<{ ours: boolean; left: number[] }>(h, { mode: 'stop', pid: entry.pid, start: entry.procStart ?? '' }, `stopping the ${entry.part} dev server`);
  if (r.left.length) throw new OrchError('stop-failed', `${t.label} ${entry.part}: processes ${r.left.join(', ')} of our group ${entry.pid} on ${h.name} did not exit`, { hint: 'they ignore SIGTERM and SIGKILL: check them with ps on the host' });
  await updateEntries(project, t, (es) => es.filter((e) => !(e.part === entry.part && e.pid === entry.pid)));
  return r.ours ? 'stopped' : 'not-running';
}

/** `orch server stop` on the host: only the process group orch started there; anything else on the port is left alone. */
export async function stopRemoteServers(project: Project, t: ServerTarget, o: { part: PartOption }): Promise<StopResult[]> {
  const h = hostOf(project, t);
  const out: StopResult[] = [];
  for (const part of partsOf(o.part)) {
    const entry = readEntries(project, t).find((e) => e.part === part);
    const port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    if (entry && (await stopRemoteEntry(project, t, entry)) === 'stopped') {
      out.push({ part, port, result: 'stopped', pid: entry.pid, message: `${t.label} ${part}: stopped (process group ${entry.pid} on ${h.name}, port ${port})` });
      continue;
    }
    const p = await probe(project, h, port);
    if (!p.holder) out.push({ part, port, result: 'not-running', pid: undefined, message: `${t.label} ${part}: not running (port ${port} on ${h.name} is free)` });
    else {
      const who = ownerOf(t, p, allEntries(project, h.name));
      const by = who.ownerName ? `the server of ${who.ownerName}` : `pid ${p.holder.pid ?? '?'} (${p.holder.command || 'unknown command'})`;
      out.push({ part, port, result: 'not-ours', pid: p.holder.pid ?? undefined, message: `${t.label} ${part}: port ${port} on ${h.name} is held by ${by}: not ours, left alone` });
    }
  }
  return out;
}
