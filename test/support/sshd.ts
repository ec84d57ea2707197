import path from 'node:path';
import os from 'node:os';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';

/**
 * A real OpenSSH server on 127.0.0.1, started by the test itself: a generated host key, a throwaway client key, and a
 * separate "remote" home (HOME and TMUX_TMPDIR forced by sshd's SetEnv), so the SSH host's tmux server, caches and
 * clone are not the local ones even though both ends run on this machine.
 */
export interface SshServer {
  port: number;
  user: string;
  /** `user@127.0.0.1:port`, as the config's `ssh` field takes it. */
  spec: string;
  dir: string;
  keyFile: string;
  knownHosts: string;
  /** HOME of every session on this server. */
  remoteHome: string;
  /** The -o options a client needs for this server (known-hosts file of the test). */
  sshOptions: string[];
  /** Runs a command on the server (argv joined by sh-quoting; test use only). */
  exec(script: string): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Stops accepting connections (the host is "down"); sessions already open are not touched. */
  pause(): Promise<void>;
  /** Starts the server again on the same port with the same keys. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function must(cmd: string, args: string[]): Promise<void> {
  const r = await execa(cmd, args, { reject: false });
  if (r.exitCode !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

export const SSHD = process.env.ORCH_SSHD_BIN || '/usr/sbin/sshd';

export async function startSshd(): Promise<SshServer> {
  // Short path: ssh control sockets live under it and a Unix socket path is limited to ~104 bytes.
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'osh-')));
  const remoteHome = path.join(dir, 'home');
  mkdirSync(path.join(remoteHome, 'tmux'), { recursive: true, mode: 0o700 });
  const hostKey = path.join(dir, 'host_key');
  const keyFile = path.join(dir, 'client_key');
  await must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
  await must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', keyFile]);
  writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(`${keyFile}.pub`));
  const port = await freePort();
  const user = os.userInfo().username;
  const cfg = path.join(dir, 'sshd_config');
  writeFileSync(
    cfg,
    [
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PermitRootLogin yes',
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'MaxSessions 100',
      'MaxStartups 100:30:200',
      // The "remote" host's own home and tmux directory: its tmux server is not the local one.
      `SetEnv HOME=${remoteHome} TMUX_TMPDIR=${path.join(remoteHome, 'tmux')}`,
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  mkdirSync('/run/sshd', { recursive: true });
  let stderr = '';
  const launch = (): ChildProcess => {
    const c = spawn(SSHD, ['-D', '-e', '-f', cfg, '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    c.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    return c;
  };
  let child = launch();
  const knownHosts = path.join(dir, 'known_hosts');
  const sshOptions = [`UserKnownHostsFile=${knownHosts}`, 'StrictHostKeyChecking=accept-new', 'LogLevel=ERROR'];
  const base = ['-i', keyFile, '-p', String(port), '-o', 'BatchMode=yes', ...sshOptions.flatMap((o) => ['-o', o]), `${user}@127.0.0.1`];
  const exec = async (script: string) => {
    const r = await execa('ssh', [...base, script], { reject: false });
    return { code: r.exitCode ?? 1, stdout: String(r.stdout), stderr: String(r.stderr) };
  };
  const ready = async () => {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`sshd exited at once: ${stderr}`);
      const r = await exec('true');
      if (r.code === 0) return;
      if (i > 50) throw new Error(`sshd on port ${port} did not accept the test key: ${r.stderr} ${stderr}`);
      await new Promise((res) => setTimeout(res, 100));
    }
  };
  await ready();
  return {
    port,
    user,
    spec: `${user}@127.0.0.1:${port}`,
    dir,
    keyFile,
    knownHosts,
    remoteHome,
    sshOptions,
    exec,
    async pause() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
    async resume() {
      child = launch();
      await ready();
    },
    async stop() {
      // The remote tmux server (under the remote home's TMUX_TMPDIR) and the server itself; only what we started.
      await exec('for s in "$TMUX_TMPDIR"/tmux-*/*; do [ -S "$s" ] && tmux -S "$s" kill-server; done; true').catch(() => undefined);
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
