import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { run } from './proc.js';
import { OrchError } from '../errors.js';
import { isInside } from './tree-scan.js';

/** What /proc/<pid>/stat (or ps) tells us about one process. */
export interface ProcInfo { pid: number; ppid: number; pgid: number; sid: number; state: string; startToken: string; /** utime + stime in clock ticks (/proc only). */ ticks?: number }

const LINUX = process.platform === 'linux';

/** Parses /proc/<pid>/stat; the command name sits in parentheses and may itself contain spaces and ')'. */
export function parseStat(text: string): ProcInfo | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < 0) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const f = text.slice(close + 2).split(' ');
  // Fields after the name: state(3) ppid(4) pgrp(5) session(6) ... utime(14) stime(15) ... starttime(22) -> f[19].
  const [state = '?', ppid = '0', pgid = '0', sid = '0'] = f;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), state, startToken: f[19] ?? '', ticks: Number(f[11]) + Number(f[12]) };
}

function linuxInfo(pid: number): ProcInfo | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * CPU time a live process has used so far, in clock ticks (utime + stime of /proc/<pid>/stat): a file read, no
 * process started. Undefined without /proc (macOS), or when the process is gone or a zombie.
 */
export function cpuTicks(pid: number | undefined): number | undefined {
  if (!LINUX || !pid || !Number.isInteger(pid) || pid <= 0) return undefined;
  const i = linuxInfo(pid);
  return i && i.state !== 'Z' ? i.ticks : undefined;
}

/** Live process info, or undefined when the process is gone or only a zombie (exited, not yet reaped). */
export async function procInfo(pid: number): Promise<ProcInfo | undefined> {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (LINUX) {
    const i = linuxInfo(pid);
    return i && i.state !== 'Z' ? i : undefined;
  }
  const r = await run('ps', ['-o', 'pid=,ppid=,pgid=,sess=,state=,lstart=', '-p', String(pid)]);
  return r.exitCode === 0 ? parsePsLine(r.stdout.trim()) : undefined;
}

function parsePsLine(line: string): ProcInfo | undefined {
  const m = /^(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.+)$/.exec(line.trim());
  if (!m || m[5]!.startsWith('Z')) return undefined;
  return { pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), sid: Number(m[4]), state: m[5]!, startToken: m[6]!.trim() };
}

/** Every live (non-zombie) process of a process group. */
export async function groupMembers(pgid: number): Promise<ProcInfo[]> {
  if (LINUX) {
    const out: ProcInfo[] = [];
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const i = linuxInfo(Number(d));
      if (i && i.pgid === pgid && i.state !== 'Z') out.push(i);
    }
    return out;
  }
  const r = await run('ps', ['-A', '-o', 'pid=,ppid=,pgid=,sess=,state=,lstart=']);
  return r.stdout.split('\n').map(parsePsLine).filter((i): i is ProcInfo => !!i && i.pgid === pgid);
}

/** The command line of a process, for telling the user who holds a port ('' when we may not read it). */
export async function commandLine(pid: number): Promise<string> {
  if (LINUX) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      return '';
    }
  }
  const r = await run('ps', ['-o', 'command=', '-p', String(pid)]);
  return r.exitCode === 0 ? r.stdout.trim() : '';
}

/**
 * Starts a program in its own session and process group (setsid), output appended to `logFile`. The group id
 * equals the returned pid, which is what lets `stop` end the whole tree later and nothing else.
 */
export async function spawnDetached(cmd: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<number> {
  const fd = openSync(o.logFile, 'w');
  try {
    const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', fd, fd] });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (e) => reject(new OrchError('spawn-failed', `could not start ${cmd}: ${e.message}`, { hint: 'check devServer.cmd in the config (an argument array; the program must be on PATH)' })));
    });
    child.unref();
    return child.pid!;
  } finally {
    closeSync(fd);
  }
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* the group is already empty */
  }
}

export function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

/** Waits until `gone()` holds, polling; true when it did within the time. */
export async function waitUntil(gone: () => Promise<boolean>, ms: number, pollMs = 100): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await gone()) return true;
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Ends a process group that the caller has verified is ours: SIGTERM, a grace period, then SIGKILL.
 * Returns the members still alive afterwards (empty on success).
 */
export async function endGroup(pgid: number, graceMs = 5000): Promise<number[]> {
  if (process.platform === 'win32') {
    // No process groups on Windows: taskkill /T walks the tree from the process we started.
    await run('taskkill', ['/PID', String(pgid), '/T', '/F']);
    return (await procInfo(pgid)) ? [pgid] : [];
  }
  const empty = async () => (await groupMembers(pgid)).length === 0;
  signalGroup(pgid, 'SIGTERM');
  if (await waitUntil(empty, graceMs)) return [];
  signalGroup(pgid, 'SIGKILL');
  await waitUntil(empty, 2000);
  return (await groupMembers(pgid)).map((m) => m.pid);
}

/** Ends one process by pid (never by name): SIGTERM, grace, SIGKILL. True when it is gone. */
export async function endPid(pid: number, graceMs = 5000): Promise<boolean> {
  const gone = async () => !(await procInfo(pid));
  signalPid(pid, 'SIGTERM');
  if (await waitUntil(gone, graceMs)) return true;
  signalPid(pid, 'SIGKILL');
  return waitUntil(gone, 2000);
}

/** Processes (of our user; others are unreadable) whose working directory is inside `dir`. Linux only; [] elsewhere. */
export async function processesInside(dir: string): Promise<Array<{ pid: number; command: string }>> {
  if (!LINUX) return [];
  const out: Array<{ pid: number; command: string }> = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${d}/cwd`);
    } catch {
      continue;
    }
    if (isInside(cwd, dir)) out.push({ pid: Number(d), command: await commandLine(Number(d)) });
  }
  return out;
}
