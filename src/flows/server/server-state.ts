import path from 'node:path';
import { existsSync, readFileSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { atomicWrite } from '../../state/registry.js';
import * as git from '../../adapters/git.js';
import { isAlive } from '../../adapters/proc.js';
import { groupMembers, procInfo } from '../../adapters/processes.js';
import { portHolder, type Listener } from '../../adapters/ports.js';
import { serverUrl } from '../../core/ports.js';
import { OrchError, UsageError } from '../../errors.js';
import { isRemote } from '../../adapters/ssh.js';

export type ServerEntry = NonNullable<WorkerRecord['server']>[number];

/** The checkout a dev server belongs to: a worker's worktree, or the main checkout (name undefined); `host` when on a configured host. */
export interface ServerTarget { name: string | undefined; label: string; dir: string; host?: string }

/** The main checkout has no worker record, so its servers are kept beside the worker records. */
const MAIN_FILE = 'main-servers.json';

export async function resolveTarget(project: Project, cwd: string, name: string | undefined): Promise<ServerTarget> {
  const { config, registry } = project;
  if (name) {
    const rec = registry.getWorker(name);
    if (!rec) throw new UsageError(`no worker named ${name}`, 'run `orch list` to see the names; without a name, the checkout you are in is used');
    // A worker on a configured host: its servers run there, in its worktree on that host (server-remote.ts).
    if (isRemote(rec.host)) return { name, label: name, dir: rec.worktree, host: rec.host };
    if (!existsSync(rec.worktree)) throw new OrchError('worktree-missing', `${name}: its worktree ${rec.worktree} is gone`, { hint: `orch close ${name}` });
    return { name, label: name, dir: rec.worktree };
  }
  const top = (await git.gitTry(cwd, ['rev-parse', '--show-toplevel'])).out;
  if (top && path.resolve(top) === path.resolve(config.repoPath)) return { name: undefined, label: 'main checkout', dir: config.repoPath };
  const rec = top ? registry.listWorkers().find((r) => !isRemote(r.host) && path.resolve(r.worktree) === path.resolve(top)) : undefined;
  if (rec) return { name: rec.name, label: rec.name, dir: rec.worktree };
  throw new UsageError('give a worker name, or run this inside the main checkout or a worker\'s worktree');
}

export function readEntries(project: Project, t: ServerTarget): ServerEntry[] {
  if (t.name !== undefined) return project.registry.getWorker(t.name)?.server ?? [];
  const file = path.join(project.registry.dir, MAIN_FILE);
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { server?: ServerEntry[] }).server ?? [];
  } catch {
    return [];
  }
}

/** Read-modify-write of a target's server list under the registry lock (other orch processes update records too). */
export async function updateEntries(project: Project, t: ServerTarget, fn: (e: ServerEntry[]) => ServerEntry[]): Promise<void> {
  const { registry } = project;
  await registry.withLock(() => {
    if (t.name === undefined) {
      atomicWrite(path.join(registry.dir, MAIN_FILE), { server: fn(readEntries(project, t)) });
      return;
    }
    const rec = registry.getWorker(t.name);
    if (!rec) return; // closed meanwhile: nothing to record against
    const next = fn(rec.server ?? []);
    const { server: _old, ...rest } = rec;
    registry.putWorker(next.length ? { ...rest, server: next } : rest);
  });
}

/** Every recorded server of every checkout on this machine (or, given a host name, on that host), with who it belongs to. */
export function allEntries(project: Project, host?: string): Array<{ target: ServerTarget; entry: ServerEntry }> {
  const main: ServerTarget = { name: undefined, label: 'main checkout', dir: project.config.repoPath };
  const out = host ? [] : readEntries(project, main).map((entry) => ({ target: main, entry }));
  for (const rec of project.registry.listWorkers()) {
    for (const entry of rec.server ?? []) {
      if ((entry.host ?? undefined) !== host) continue;
      out.push({ target: { name: rec.name, label: rec.name, dir: rec.worktree, ...(entry.host ? { host: entry.host } : {}) }, entry });
    }
  }
  return out;
}

/**
 * Whether the recorded process group is still the one we started. We started it with setsid, so its group id
 * is its pid; the OS start time rules out a reused pid. If the leader exited but children live on, they still
 * carry our session id, and the kernel never reuses a pid that is still a group or session id.
 */
export async function isOurs(entry: ServerEntry): Promise<boolean> {
  const info = await procInfo(entry.pid);
  if (info) return info.pgid === entry.pid && (entry.procStart === undefined || info.startToken === entry.procStart);
  const members = await groupMembers(entry.pid);
  return members.length > 0 && members.every((m) => m.sid === entry.pid);
}

export type PortOwner =
  | { kind: 'free' }
  | { kind: 'orch'; target: ServerTarget; entry: ServerEntry; holder: Listener }
  | { kind: 'foreign'; holder: Listener };

/** Who holds a port: free, a server orch started (and for which checkout), or a process we did not start. */
export async function ownerOfPort(project: Project, port: number): Promise<PortOwner> {
  const holder = await portHolder(port);
  if (!holder) return { kind: 'free' };
  const info = holder.pid ? await procInfo(holder.pid) : undefined;
  if (info) {
    for (const { target, entry } of allEntries(project)) {
      if (info.pgid === entry.pid && (await isOurs(entry))) return { kind: 'orch', target, entry, holder };
    }
  }
  return { kind: 'foreign', holder };
}

export interface ServerInfo { part: string; port: number; url: string; pid: number; running: boolean; log: string }

/** A worker's recorded servers for `orch list` / `orch dash` (a cheap liveness check, no probing). */
export function serverInfo(rec: WorkerRecord): ServerInfo[] {
  // A server on a host is not probed here (that takes SSH round trips): its record stands until `orch server check`.
  return (rec.server ?? []).map((s) => ({ part: s.part, port: s.port, url: serverUrl(s.port), pid: s.pid, running: s.host ? true : isAlive(s.pid), log: s.log }));
}

/** One short cell for a table column, e.g. "http://localhost:3012/" or "frontend http://...; backend ... (down)". */
export function serverSummary(rec: WorkerRecord): string | undefined {
  const list = serverInfo(rec);
  if (!list.length) return undefined;
  return list.map((s) => `${list.length > 1 ? `${s.part} ` : ''}${s.url}${s.running ? '' : ' (down)'}`).join('; ');
}
