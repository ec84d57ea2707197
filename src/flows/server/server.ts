import path from 'node:path';
import type { Project } from '../../context.js';
import { candidatePorts, partsOf, preferredPort, serverUrl, type ServerPart } from '../../core/ports.js';
import { describeHolder, findListener, probe, type Listener } from '../../adapters/ports.js';
import { endGroup, groupMembers, procInfo, spawnDetached } from '../../adapters/processes.js';
import { readTail } from '../../adapters/tail.js';
import { OrchError } from '../../errors.js';
import { serverCommand } from './server-command.js';
import { allEntries, isOurs, ownerOfPort, readEntries, updateEntries, type PortOwner, type ServerEntry, type ServerTarget } from './server-state.js';

export type PartOption = ServerPart | 'both';

export interface ServerStatus {
  part: ServerPart;
  port: number;
  url: string;
  state: 'UP' | 'DOWN';
  http: number | undefined;
  pid: number | undefined;
  /** Who holds the port: this checkout's server, another checkout's, a process orch did not start, or nobody. */
  owner: 'this worktree' | 'another worktree' | 'main checkout' | 'foreign' | 'none';
  ownerName?: string;
  holder?: { pid: number | undefined; command: string };
  log?: string;
  note?: string;
}

export function basePort(project: Project, part: ServerPart): number {
  return part === 'frontend' ? project.config.devServer.port : project.config.devServer.backendPort;
}

export function portFor(project: Project, t: ServerTarget, part: ServerPart): number {
  return readEntries(project, t).find((e) => e.part === part)?.port ?? preferredPort(basePort(project, part), t.name);
}

function ownerLabel(t: ServerTarget, o: PortOwner): Pick<ServerStatus, 'owner' | 'ownerName' | 'holder' | 'pid'> {
  if (o.kind === 'free') return { owner: 'none', pid: undefined };
  const holder = { pid: o.holder.pid, command: o.holder.command };
  if (o.kind === 'foreign') return { owner: 'foreign', holder, pid: o.holder.pid };
  const mine = o.target.name === t.name;
  const owner = mine ? 'this worktree' : o.target.name === undefined ? 'main checkout' : 'another worktree';
  return { owner, ...(mine ? {} : { ownerName: o.target.label }), holder, pid: o.entry.pid };
}

function takenMessage(t: ServerTarget, part: ServerPart, port: number, o: PortOwner): string {
  const who = o.kind === 'orch' ? `the ${o.entry.part} server of ${o.target.label} (${describeHolder(o.holder)})` : o.kind === 'foreign' ? describeHolder(o.holder) : 'another orch server that is starting';
  return `${t.label} ${part}: port ${port} is taken by ${who}`;
}

/** Port for a new server: the preferred one, or with --next-free the first free one of the reserved block. */
async function choosePort(project: Project, t: ServerTarget, part: ServerPart, nextFree: boolean): Promise<number> {
  const base = basePort(project, part);
  const preferred = preferredPort(base, t.name);
  // A server still starting has a record but no listener yet; its port counts as taken.
  const claimed = new Set<number>();
  for (const { target, entry } of allEntries(project)) if (target.name !== t.name && (await isOurs(entry))) claimed.add(entry.port);
  const owner = await ownerOfPort(project, preferred);
  if (owner.kind === 'free' && !claimed.has(preferred)) return preferred;
  if (!nextFree) {
    throw new OrchError('port-taken', takenMessage(t, part, preferred, owner), {
      hint: `orch picks nothing silently: stop that process, or run again with --next-free to take the next free port in ${base + 1}-${base + 49}`,
    });
  }
  for (const p of candidatePorts(base, preferred)) {
    if (!claimed.has(p) && (await ownerOfPort(project, p)).kind === 'free') return p;
  }
  throw new OrchError('no-free-port', `${t.label} ${part}: every port in ${base + 1}-${base + 49} is taken`, { hint: 'stop servers you no longer need (`orch server check <name>` shows who holds what)' });
}

async function groupGone(pgid: number): Promise<boolean> {
  return !(await procInfo(pgid)) && (await groupMembers(pgid)).length === 0;
}

/** Whether the listener on `port` is in our process group (a foreign process may answer on a port we lost). */
async function listenerIsOurs(port: number, pgid: number): Promise<Listener | undefined> {
  const l = await findListener(port);
  const info = l?.pid ? await procInfo(l.pid) : undefined;
  return info?.pgid === pgid ? l : undefined;
}

/** `orch server start`: one detached server per part, recorded, then probed until it answers below 500. */
export async function startServers(project: Project, t: ServerTarget, o: { part: PartOption; nextFree: boolean; log: (s: string) => void }): Promise<ServerStatus[]> {
  if (t.host) return (await import('./server-remote.js')).startRemoteServers(project, t, o);
  const out: ServerStatus[] = [];
  for (const part of partsOf(o.part)) out.push(await startOne(project, t, part, o));
  return out;
}

async function startOne(project: Project, t: ServerTarget, part: ServerPart, o: { nextFree: boolean; log: (s: string) => void }): Promise<ServerStatus> {
  const { config, registry } = project;
  const existing = readEntries(project, t).find((e) => e.part === part);
  if (existing && (await isOurs(existing))) {
    const http = await probe(existing.port, config.devServer.readyPath);
    return { part, port: existing.port, url: serverUrl(existing.port), state: http !== undefined && http < 500 ? 'UP' : 'DOWN', http, pid: existing.pid, owner: 'this worktree', log: existing.log, note: 'already running' };
  }
  if (existing) await updateEntries(project, t, (es) => es.filter((e) => e.part !== part)); // a stale record from a crashed server
  const port = await choosePort(project, t, part, o.nextFree);
  const backendPort = part === 'frontend' ? portFor(project, t, 'backend') : port;
  const sc = serverCommand(config, t.dir, part, { port, backendPort });
  const log = path.join(registry.logsDir(), `${t.name ?? '_main'}.${part}.log`);
  o.log(`${t.label} ${part}: ${[sc.cmd, ...sc.args].join(' ')} on port ${port} (log ${log})`);
  const pid = await spawnDetached(sc.cmd, sc.args, { cwd: sc.cwd, env: { ...process.env, PORT: String(port) }, logFile: log });
  const procStart = (await procInfo(pid))?.startToken;
  const entry: ServerEntry = { part, port, pid, log, started: new Date().toISOString(), ...(procStart ? { procStart } : {}) };
  // Recorded before waiting, so `stop` can end it even if this command is interrupted.
  await updateEntries(project, t, (es) => [...es.filter((e) => e.part !== part), entry]);
  const ready = await waitReady(project, port, pid);
  if (ready.ok) return { part, port, url: serverUrl(port), state: 'UP', http: ready.http, pid, owner: 'this worktree', log };
  const tail = readTail(log, 64 * 1024).replace(/\n$/, '').split('\n').slice(-30).join('\n');
  await endGroup(pid);
  await updateEntries(project, t, (es) => es.filter((e) => e.pid !== pid));
  throw new OrchError('server-not-ready', `${t.label} ${part}: ${ready.why}; stopped it.\n--- last 30 lines of ${log} ---\n${tail}\n---`, {
    hint: 'fix the command (devServer.cmd / backendCmd, which must listen on $PORT) or raise devServer.readyTimeoutSec',
  });
}

async function waitReady(project: Project, port: number, pid: number): Promise<{ ok: true; http: number } | { ok: false; why: string }> {
  const { readyPath, readyTimeoutSec } = project.config.devServer;
  const until = Date.now() + readyTimeoutSec * 1000;
  for (;;) {
    const http = await probe(port, readyPath);
    if (http !== undefined && http < 500 && (await listenerIsOurs(port, pid))) return { ok: true, http };
    if (await groupGone(pid)) return { ok: false, why: `the server exited before answering on ${serverUrl(port, readyPath)}` };
    if (Date.now() >= until) {
      return { ok: false, why: `no answer below 500 from ${serverUrl(port, readyPath)} within ${readyTimeoutSec}s${http !== undefined ? ` (last status ${http})` : ''}` };
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** `orch server check`: UP/DOWN, URL, PID and owner of each part's port. Reads only. */
export async function checkServers(project: Project, t: ServerTarget, o: { part: PartOption }): Promise<ServerStatus[]> {
  if (t.host) return (await import('./server-remote.js')).checkRemoteServers(project, t, o);
  const out: ServerStatus[] = [];
  for (const part of partsOf(o.part)) {
    const entry = readEntries(project, t).find((e) => e.part === part);
    const port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    const owner = await ownerOfPort(project, port);
    const http = owner.kind === 'free' ? undefined : await probe(port, project.config.devServer.readyPath);
    const stale = entry && !(await isOurs(entry)) ? `recorded pid ${entry.pid} is no longer running` : undefined;
    out.push({ part, port, url: serverUrl(port), state: http !== undefined && http < 500 ? 'UP' : 'DOWN', http, ...ownerLabel(t, owner), ...(entry ? { log: entry.log } : {}), ...(stale ? { note: stale } : {}) });
  }
  return out;
}
