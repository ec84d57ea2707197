import type { Project } from '../../context.js';
import { partsOf, preferredPort, type ServerPart } from '../../core/ports.js';
import { describeHolder } from '../../adapters/ports.js';
import { endGroup, endPid } from '../../adapters/processes.js';
import { OrchError } from '../../errors.js';
import { isOurs, ownerOfPort, readEntries, updateEntries, type ServerEntry, type ServerTarget } from './server-state.js';
import { basePort, type PartOption } from './server.js';

export interface StopResult {
  part: ServerPart;
  port: number;
  result: 'stopped' | 'not-running' | 'not-ours';
  pid: number | undefined;
  message: string;
}

/** Ends a recorded server's process group after checking it is still the one we started; drops the record. */
export async function stopEntry(project: Project, t: ServerTarget, entry: ServerEntry): Promise<'stopped' | 'not-running'> {
  if (entry.host) return (await import('./server-remote.js')).stopRemoteEntry(project, t, entry);
  let result: 'stopped' | 'not-running' = 'not-running';
  if (await isOurs(entry)) {
    const left = await endGroup(entry.pid);
    if (left.length) throw new OrchError('stop-failed', `${t.label} ${entry.part}: processes ${left.join(', ')} of our group ${entry.pid} did not exit`, { hint: 'they ignore SIGTERM and SIGKILL (uninterruptible I/O?): check them with ps' });
    result = 'stopped';
  }
  await updateEntries(project, t, (es) => es.filter((e) => !(e.part === entry.part && e.pid === entry.pid)));
  return result;
}

/** Every recorded server of a checkout, for teardown (close stops them before removing the worktree). */
export async function stopAllServers(project: Project, t: ServerTarget): Promise<string[]> {
  const done: string[] = [];
  for (const e of readEntries(project, t)) if ((await stopEntry(project, t, e)) === 'stopped') done.push(`stopped the ${e.part} dev server (pid ${e.pid}, port ${e.port}${e.host ? ` on ${e.host}` : ''})`);
  return done;
}

/** `orch server stop`: only the process group orch started for this checkout; anything else on the port is left alone. */
export async function stopServers(project: Project, t: ServerTarget, o: { part: PartOption }): Promise<StopResult[]> {
  if (t.host) return (await import('./server-remote.js')).stopRemoteServers(project, t, o);
  const out: StopResult[] = [];
  for (const part of partsOf(o.part)) {
    const entry = readEntries(project, t).find((e) => e.part === part);
    const port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    if (entry && (await stopEntry(project, t, entry)) === 'stopped') {
      out.push({ part, port, result: 'stopped', pid: entry.pid, message: `${t.label} ${part}: stopped (process group ${entry.pid}, port ${port})` });
      continue;
    }
    const owner = await ownerOfPort(project, port);
    if (owner.kind === 'free') out.push({ part, port, result: 'not-running', pid: undefined, message: `${t.label} ${part}: not running (port ${port} is free)` });
    else {
      const who = owner.kind === 'orch' ? `the ${owner.entry.part} server of ${owner.target.label}` : describeHolder(owner.holder);
      out.push({ part, port, result: 'not-ours', pid: owner.holder.pid, message: `${t.label} ${part}: port ${port} is held by ${who}: not ours, left alone` });
    }
  }
  return out;
}

export interface KillPortResult { port: number; result: 'free' | 'stopped' | 'killed'; pid: number | undefined; message: string }

/** `orch kill-port`: ends a listener orch started; a foreign one only with --force, by its pid, never by name. */
export async function killPort(project: Project, port: number, o: { force: boolean }): Promise<KillPortResult> {
  const owner = await ownerOfPort(project, port);
  if (owner.kind === 'free') return { port, result: 'free', pid: undefined, message: `nothing listens on port ${port}` };
  if (owner.kind === 'orch') {
    await stopEntry(project, owner.target, owner.entry);
    return { port, result: 'stopped', pid: owner.entry.pid, message: `stopped the ${owner.entry.part} dev server of ${owner.target.label} (process group ${owner.entry.pid}) on port ${port}` };
  }
  const { pid } = owner.holder;
  const who = describeHolder(owner.holder);
  if (!o.force) {
    throw new OrchError('not-ours', `port ${port} is held by ${who}: orch did not start it, so it is left alone`, {
      hint: pid ? `orch kill-port ${port} --force ends pid ${pid} (by pid, never by name)` : 'we cannot see that process: stop it yourself',
    });
  }
  if (!pid) throw new OrchError('not-visible', `port ${port} is held by ${who}: no pid to end`, { hint: 'stop it yourself (it belongs to another user or namespace)' });
  // Never ourselves or the shell that ran us, whatever the port says.
  if (pid === process.pid || pid === process.ppid || pid === 1) throw new OrchError('refused', `port ${port} is held by pid ${pid}, which orch will not end`);
  if (!(await endPid(pid))) throw new OrchError('kill-failed', `pid ${pid} on port ${port} did not exit after SIGTERM and SIGKILL`);
  return { port, result: 'killed', pid, message: `ended ${who} on port ${port} (--force)` };
}
