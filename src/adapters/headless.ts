import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, rmSync, closeSync } from 'node:fs';
import path from 'node:path';
import { distScript } from '../package-root.js';
import type { Mux, MuxWindow, NewWindow } from './mux.js';
import { isAlive } from './proc.js';
import { OrchError } from '../errors.js';
import { readTail } from './tail.js';

interface HeadlessRecord { session: string; name: string; pid: number; cwd: string; log: string; exitCode?: number }

// Its own process, so its own entry of the bundle (scripts/build.mjs, SPAWNED); dist/ also under vitest.
const RUNNER = 'adapters/headless-runner.js';

/** Machines without tmux: each "window" is a detached process writing to a log file; its screen is the log's tail. */
export class HeadlessMux implements Mux {
  readonly kind = 'headless' as const;
  constructor(private readonly dir: string) {}

  private file(session: string, name: string) {
    return path.join(this.dir, `${session}__${name}.json`);
  }

  async available(): Promise<boolean> {
    return true;
  }

  async newWindow(w: NewWindow): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const log = w.logFile ?? path.join(this.dir, `${w.session}__${w.name}.log`);
    const statusFile = this.file(w.session, w.name);
    const env: NodeJS.ProcessEnv = { ...process.env, ...w.env };
    for (const k of w.unsetEnv) delete env[k];
    const fd = openSync(log, 'a');
    const [cmd, ...args] = w.command;
    if (!cmd) throw new OrchError('mux', 'headless: empty command');
    // The runner outlives us and records the exit code, so a finished worker is told apart from a crashed one.
    const child = spawn(process.execPath, [distScript(RUNNER), statusFile, cmd, ...args], { cwd: w.cwd, env, detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    if (!child.pid) throw new OrchError('mux', `headless: could not start ${cmd}`);
    const rec: HeadlessRecord = { session: w.session, name: w.name, pid: child.pid, cwd: w.cwd, log };
    writeFileSync(statusFile, JSON.stringify(rec));
    child.unref();
  }

  private records(): HeadlessRecord[] {
    let files: string[] = [];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    const out: HeadlessRecord[] = [];
    for (const f of files) {
      try {
        out.push(JSON.parse(readFileSync(path.join(this.dir, f), 'utf8')) as HeadlessRecord);
      } catch {
        /* a record being written: skip this round */
      }
    }
    return out;
  }

  async listWindows(session?: string): Promise<MuxWindow[]> {
    return this.records()
      .filter((r) => session === undefined || r.session === session)
      .map((r) => {
        const dead = r.exitCode !== undefined || !isAlive(r.pid);
        return { session: r.session, name: r.name, id: String(r.pid), dead, deadStatus: r.exitCode, pid: r.pid, command: 'headless' };
      });
  }

  async findWindow(session: string, name: string): Promise<MuxWindow | undefined> {
    return (await this.listWindows(session)).find((w) => w.name === name);
  }

  async capture(session: string, name: string): Promise<string> {
    const rec = this.records().find((r) => r.session === session && r.name === name);
    if (!rec) throw new OrchError('mux', `headless: no worker ${name}`);
    return readTail(rec.log, 16_384).split('\n').slice(-50).join('\n');
  }

  async sendLiteral(_s: string, name: string): Promise<void> {
    throw new OrchError('mux', `${name} runs headless and cannot take typed input`, { hint: 'install tmux to talk to workers (apt-get install tmux)' });
  }

  async sendKeys(s: string, name: string): Promise<void> {
    return this.sendLiteral(s, name);
  }

  async killWindow(session: string, name: string): Promise<boolean> {
    const rec = this.records().find((r) => r.session === session && r.name === name);
    if (!rec) return false;
    if (rec.exitCode === undefined && isAlive(rec.pid)) {
      try {
        process.kill(-rec.pid, 'SIGTERM'); // the process group we started, nothing else
      } catch {
        /* already gone */
      }
    }
    rmSync(this.file(session, name), { force: true });
    return true;
  }

  async killSession(session: string): Promise<void> {
    for (const r of this.records().filter((x) => x.session === session)) await this.killWindow(session, r.name);
  }

  attachHint(session: string, name?: string): string {
    return `tail -f ${path.join(this.dir, `${session}__${name ?? '*'}.log`)}`;
  }
}
