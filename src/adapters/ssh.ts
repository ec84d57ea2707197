import os from 'node:os';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { quote } from 'shell-quote';
import { run, type RunResult } from './proc.js';
import { OrchError } from '../errors.js';
import type { Config } from '../config/resolve.js';

export type HostConfig = Config['hosts'][number];

/** The name of this machine among the hosts. */
export const LOCAL_HOST = 'local';

export interface SshDest { user: string | undefined; host: string; port: number | undefined }

/** `user@host[:port]` (user and port optional). */
export function parseSshSpec(spec: string): SshDest {
  // Neither part may start with '-': ssh would read it as an option (-oProxyCommand=...).
  const m = /^(?:([A-Za-z0-9_][A-Za-z0-9._-]*)@)?([A-Za-z0-9_][A-Za-z0-9._-]*)(?::(\d{1,5}))?$/.exec(spec.trim());
  if (!m) throw new OrchError('config', `ssh "${spec}" is not user@host[:port]`, { exitCode: 2, hint: 'example: "ssh": "dev@build-1.example.com:2222"' });
  return { user: m[1], host: m[2]!, port: m[3] ? Number(m[3]) : undefined };
}

/**
 * The remote command line for an argument array: ssh hands the remote shell one string, so every argument is quoted
 * for it by shell-quote; nothing is ever spliced into a command string.
 */
export function remoteCommand(argv: readonly string[]): string {
  if (!argv.length) throw new Error('empty remote command');
  return quote(argv);
}

/** Where the ControlMaster sockets live: short (a Unix socket path is limited to ~104 bytes) and private to this user. */
export function controlDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ORCH_SSH_CONTROL_DIR || path.join(os.tmpdir(), `orch-ssh-${process.getuid?.() ?? 'u'}`);
}

/**
 * ssh options for one host: one multiplexed connection per host (ControlMaster=auto reopens it after a drop),
 * no password prompts (BatchMode), keep-alives so a dead link is noticed. `tty` adds -t for `attach`.
 */
export function sshArgs(h: Pick<HostConfig, 'ssh' | 'identityFile' | 'sshOptions'>, ctlDir: string, o: { tty?: boolean } = {}): string[] {
  const d = parseSshSpec(h.ssh);
  return [
    ...(o.tty ? ['-t'] : []),
    '-o', 'BatchMode=yes',
    '-o', 'ControlMaster=auto',
    '-o', `ControlPath=${path.join(ctlDir, '%C')}`,
    '-o', 'ControlPersist=60',
    '-o', 'ServerAliveInterval=5',
    '-o', 'ServerAliveCountMax=3',
    ...(d.port ? ['-p', String(d.port)] : []),
    ...(h.identityFile ? ['-i', h.identityFile.replace(/^~(?=\/)/, os.homedir())] : []),
    ...h.sshOptions.flatMap((x) => ['-o', x]),
    d.user ? `${d.user}@${d.host}` : d.host,
  ];
}

/** One configured host, reached over one multiplexed SSH connection. Every command is an argument array. */
export class SshHost {
  private homeDir: string | undefined;
  readonly ctlDir: string;
  constructor(readonly config: HostConfig, env: NodeJS.ProcessEnv = process.env) {
    this.ctlDir = controlDir(env);
  }

  get name(): string {
    return this.config.name;
  }

  /** Runs argv on the host; never throws on a non-zero exit (255 is ssh's own failure). */
  async exec(argv: readonly string[], o: { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
    mkdirSync(this.ctlDir, { recursive: true, mode: 0o700 });
    const args = [...sshArgs(this.config, this.ctlDir), '--', remoteCommand(argv)];
    return run('ssh', args, { ...(o.input !== undefined ? { input: o.input } : {}), timeoutMs: o.timeoutMs ?? 60_000 });
  }

  /** exec with stdout as raw bytes (byte offsets into remote files must count bytes, not characters). */
  execBytes(argv: readonly string[], o: { timeoutMs?: number } = {}): Promise<{ exitCode: number; stdout: Buffer; stderr: string }> {
    mkdirSync(this.ctlDir, { recursive: true, mode: 0o700 });
    const args = [...sshArgs(this.config, this.ctlDir), '--', remoteCommand(argv)];
    return new Promise((resolve) => {
      const out: Buffer[] = [];
      let err = '';
      let done = false;
      const child = spawn('ssh', args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      const timer = setTimeout(() => child.kill('SIGTERM'), o.timeoutMs ?? 30_000);
      const finish = (exitCode: number) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve({ exitCode, stdout: Buffer.concat(out), stderr: err });
      };
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      child.on('error', (e) => {
        err += e.message;
        finish(255);
      });
      child.on('close', (code) => finish(code ?? 255));
    });
  }

  /** exec, throwing one clear line when the command (or ssh) fails. */
  async must(argv: readonly string[], what: string, o: { input?: string; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.exec(argv, o);
    if (sshFailed(r)) throw this.unreachable(r.stderr);
    if (r.exitCode !== 0) throw new OrchError('remote', `${this.name}: ${what} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ') || `exit ${r.exitCode}`}`);
    return r.stdout;
  }

  unreachable(stderr: string): OrchError {
    return new OrchError('ssh', `cannot reach host ${this.name} (${this.config.ssh}): ${stderr.trim().split('\n').pop() || 'ssh failed'}`, {
      hint: `check it by hand: ssh ${this.config.ssh.replace(/:(\d+)$/, ' -p $1')} true`,
    });
  }

  /**
   * A fixed script run by `sh -c` with its data as positional parameters ("$1", "$2", ...): the script is a constant
   * of orch's source, the data never becomes shell syntax.
   */
  script(script: string, args: readonly string[], o: { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
    return this.exec(['sh', '-c', script, 'sh', ...args], o);
  }

  async home(): Promise<string> {
    if (!this.homeDir) this.homeDir = (await this.must(['sh', '-c', 'printf %s "$HOME"'], 'reading $HOME')).trim();
    return this.homeDir;
  }

  /** Writes a file on the host (its directory created); with `overwrite: false` an existing file is kept. Returns whether it wrote. */
  async writeFile(file: string, content: string, o: { overwrite: boolean; mode?: string } = { overwrite: true }): Promise<boolean> {
    const r = await this.script(
      // umask 077: the file (an env file, a worker's environment) is never readable by others, not even for a moment.
      'umask 077; mkdir -p "$(dirname "$1")" || exit 1; if [ "$2" = keep ] && [ -e "$1" ]; then echo kept; exit 0; fi; cat > "$1.orch-tmp" && { [ -z "$3" ] || chmod "$3" "$1.orch-tmp"; } && mv -f "$1.orch-tmp" "$1" && echo wrote',
      [file, o.overwrite ? 'replace' : 'keep', o.mode ?? ''],
      { input: content },
    );
    if (sshFailed(r)) throw this.unreachable(r.stderr);
    if (r.exitCode !== 0) throw new OrchError('remote', `${this.name}: cannot write ${file}: ${r.stderr.trim()}`);
    return r.stdout.trim() === 'wrote';
  }

  /** A file's text, or undefined when it does not exist. */
  async readFile(file: string): Promise<string | undefined> {
    const r = await this.script('[ -e "$1" ] || { echo missing >&2; exit 3; }; cat "$1"', [file]);
    if (r.exitCode === 3) return undefined;
    if (sshFailed(r)) throw this.unreachable(r.stderr);
    if (r.exitCode !== 0) throw new OrchError('remote', `${this.name}: cannot read ${file}: ${r.stderr.trim()}`);
    return r.stdout;
  }

  /** The exact local command line that attaches a terminal to a window on this host. */
  attachArgv(session: string, window: string | undefined, socket: string | undefined): string[] {
    return ['ssh', ...sshArgs(this.config, this.ctlDir, { tty: true }), '--', remoteCommand(['tmux', '-u', ...(socket ? ['-L', socket] : []), 'attach', '-t', window ? `=${session}:=${window}` : `=${session}`])];
  }

  /** Pid of this host's ControlMaster, when one runs. */
  async masterPid(): Promise<number | undefined> {
    const r = await run('ssh', ['-O', 'check', ...sshArgs(this.config, this.ctlDir)]);
    const m = /pid=(\d+)/.exec(r.stderr + r.stdout);
    return m ? Number(m[1]) : undefined;
  }
}

const hostCache = new Map<string, SshHost>();

/** The SshHost of a configured host name (one per process, so its connection and $HOME are reused). */
export function sshHost(config: Pick<Config, 'hosts'>, name: string): SshHost {
  const h = config.hosts.find((x) => x.name === name);
  if (!h) {
    throw new OrchError('unknown-host', `no host named ${name} in the config`, { exitCode: 2, hint: `hosts: ${[LOCAL_HOST, ...config.hosts.map((x) => x.name)].join(', ')}` });
  }
  const key = JSON.stringify(h);
  let s = hostCache.get(key);
  if (!s) hostCache.set(key, (s = new SshHost(h)));
  return s;
}

/**
 * Whether a failed call failed in ssh itself (no connection, authentication, host key) rather than in the remote
 * command: both exit 255 (`git worktree add` does too), so only ssh's own messages tell them apart.
 */
export function sshFailed(r: { exitCode: number; stderr: string }): boolean {
  return r.exitCode === 255 && /(^|\n)ssh: |kex_exchange|Connection (refused|closed|reset|timed out)|Connection to \S+ closed|Could not resolve|Permission denied \(|Host key verification failed|mux_client|Control ?socket|ssh_exchange_identification|banner exchange/i.test(r.stderr);
}

export function isRemote(host: string | undefined): host is string {
  return host !== undefined && host !== LOCAL_HOST;
}
