// A resident sh that starts short-lived programs (git, tmux) for this Node process. Forking from Node costs this
// process 1.5-2.5 ms of CPU per program: a fork of a process of ~100 MB (its page tables are copied), three pipes
// and their streams. The same program started by a shell of a few MB costs a tenth of that: in a backlog, orch's
// long-lived processes start about a thousand of them. Each job is a small script file in a private temp folder:
// every argument single-quoted (no byte of it is ever read as shell syntax), the folder to run in, the environment
// changes from the shell's own, stdin from a file or /dev/null, stdout and stderr into files; the shell runs it in
// the background and writes "<id> <exit code>" when it ends. POSIX only. Whatever it cannot take (Windows, an
// environment name sh cannot set, a NUL byte in an argument, a folder that is not there, a program not on PATH, ORCH_SPAWNER=0),
// the caller starts itself, exactly as before.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findExecutable } from './which.js';
import { scratchDir } from './scratch.js';

export interface SpawnedResult { code: number; stdout: Buffer; stderr: Buffer }

/**
 * The shell's loop: one job per line of its stdin, each in a background subshell (the shell reaps them as it forks).
 * `command .`: a script it cannot read is an error of that job (status 2), not the end of the subshell before it
 * could answer. When this process ends however it ends (its end of the pipe closes), the shell removes the folder.
 */
export const SPAWNER_LOOP = 'd=$1; while IFS= read -r id; do ( command . "$d/$id.sh" >"$d/$id.out" 2>"$d/$id.err"; echo "$id $?" ) </dev/null & done; wait; rm -rf "$d"';

interface Pending { resolve: (r: SpawnedResult) => void; reject: (e: Error) => void }

interface Resident {
  child: ChildProcess;
  dir: string;
  /** The environment the shell was started with: each job sets only what differs from it. */
  env: NodeJS.ProcessEnv;
  pending: Map<string, Pending>;
  alive: boolean;
}

let resident: Resident | undefined;
let failures = 0;
let seq = 0;
/** Jobs run through a shell so far, by this process; read by the backlog bench (bench/backlog.mjs) to count its CPU. */
const stats = { jobs: 0, pid: 0, loop: SPAWNER_LOOP, base: '' };
(globalThis as Record<symbol, unknown>)[Symbol.for('orch.spawner')] = stats;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function enabled(): boolean {
  return process.platform !== 'win32' && process.env.ORCH_SPAWNER !== '0' && failures < 3;
}

function start(): Resident | undefined {
  let dir: string | undefined;
  try {
    dir = scratchDir('orch-spawn-');
    const env = { ...process.env };
    const child = spawn('/bin/sh', ['-c', SPAWNER_LOOP, 'orch-spawner', dir], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const r: Resident = { child, dir, env, pending: new Map(), alive: true };
    let buf = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      buf += text;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const [id = '', code = ''] = buf.slice(0, nl).split(' ');
        buf = buf.slice(nl + 1);
        settle(r, id, Number(code));
      }
    });
    const stop = () => {
      if (!r.alive) return;
      r.alive = false;
      failures++;
      if (resident === r) resident = undefined;
      // A job that was handed over may or may not have run: said, never run a second time.
      for (const p of r.pending.values()) p.reject(new Error('the shell that starts orch’s processes stopped'));
      r.pending.clear();
      rmSync(r.dir, { recursive: true, force: true });
    };
    child.on('error', stop);
    child.on('exit', stop);
    child.stdin!.on('error', stop);
    idle(r);
    stats.pid = child.pid ?? 0;
    stats.base = path.dirname(dir);
    return r;
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    failures++;
    return undefined;
  }
}

/** The shell never keeps this process alive by itself; a job waiting for its answer does. */
function idle(r: Resident): void {
  r.child.unref();
  (r.child.stdin as unknown as { unref?: () => void }).unref?.();
  (r.child.stdout as unknown as { unref?: () => void }).unref?.();
}

function settle(r: Resident, id: string, code: number): void {
  const p = r.pending.get(id);
  if (!p) return;
  r.pending.delete(id);
  if (!r.pending.size) idle(r);
  const file = (ext: string) => path.join(r.dir, `${id}.${ext}`);
  try {
    const out = { code: Number.isInteger(code) ? code : 1, stdout: readFileSync(file('out')), stderr: readFileSync(file('err')) };
    p.resolve(out);
  } catch (e) {
    p.reject(e as Error);
  } finally {
    for (const ext of ['sh', 'in', 'out', 'err']) {
      try {
        unlinkSync(file(ext));
      } catch {
        /* already gone */
      }
    }
  }
}

/** The job's script: what differs from the shell's environment, then the program, in its folder. */
function script(r: Resident, exe: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, input: string | undefined): string | undefined {
  const lines: string[] = [];
  for (const k of Object.keys(r.env)) {
    if (env[k] !== undefined) continue;
    if (!NAME.test(k)) return undefined;
    lines.push(`unset ${k}`);
  }
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || r.env[k] === v) continue;
    if (!NAME.test(k) || v.includes('\0')) return undefined;
    lines.push(`export ${k}=${quote(v)}`);
  }
  lines.push(`cd ${quote(cwd)} && ${[exe, ...args].map(quote).join(' ')}${input ? ` <${quote(input)}` : ''}`);
  return `${lines.join('\n')}\n`;
}

const exes = new Map<string, string | undefined>();
function resolveExe(cmd: string, env: NodeJS.ProcessEnv): string | undefined {
  const key = `${cmd}\0${env.PATH ?? ''}`;
  if (!exes.has(key)) exes.set(key, findExecutable(cmd, env));
  const exe = exes.get(key);
  // Removed since: the caller's own spawn reports it as it always did.
  return exe && existsSync(exe) ? exe : undefined;
}

/**
 * Runs `cmd args` in `cwd` with `env` (default: this process's) and `input` on stdin, through the resident shell.
 * Undefined when the shell cannot take this job: the caller then spawns it itself. Rejects only when the shell
 * stopped while the job was with it (it may have run: it is not run again).
 */
export function spawnViaShell(cmd: string, args: readonly string[], o: { cwd?: string | undefined; env?: NodeJS.ProcessEnv | undefined; input?: string | undefined } = {}): Promise<SpawnedResult> | undefined {
  if (!enabled()) return undefined;
  const env = o.env ?? process.env;
  const cwd = o.cwd ?? process.cwd();
  if (args.some((a) => a.includes('\0'))) return undefined;
  try {
    if (!statSync(cwd).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const exe = resolveExe(cmd, env);
  if (!exe) return undefined;
  const r = resident?.alive ? resident : (resident = start());
  if (!r) return undefined;
  const id = String(++seq);
  const inputFile = o.input === undefined ? undefined : path.join(r.dir, `${id}.in`);
  const text = script(r, exe, args, cwd, env, inputFile);
  if (text === undefined) return undefined;
  try {
    if (inputFile) writeFileSync(inputFile, o.input!);
    writeFileSync(path.join(r.dir, `${id}.sh`), text);
  } catch {
    return undefined;
  }
  stats.jobs++;
  return new Promise<SpawnedResult>((resolve, reject) => {
    r.pending.set(id, { resolve, reject });
    (r.child.stdout as unknown as { ref?: () => void }).ref?.();
    r.child.stdin!.write(`${id}\n`);
  });
}

process.once('exit', () => {
  if (resident) rmSync(resident.dir, { recursive: true, force: true });
});
