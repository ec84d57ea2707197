import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { makeTestProject, type TestProject, type TestProjectOptions } from './project.js';
import { execa } from 'execa';
import { startSshd, type SshServer } from './sshd.js';
import { sshArgs } from '../../src/adapters/ssh.js';

export interface SshTestProject extends TestProject {
  sshd: SshServer;
  /** The "remote" host's clone of the bare origin and its worktrees folder (both under the remote home). */
  remoteRepo: string;
  remoteWorktrees: string;
  /** Env for orch: the private tmux socket plus a control-socket dir of this test. */
  ctlDir: string;
  /** Runs a command line on the remote host (test use). */
  remote(script: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

/**
 * makeTestProject plus a real sshd serving a separate remote home that holds its own clone of the same bare origin;
 * the config gets `hosts: [{ name: 'h1', ... }]`.
 */
export async function makeSshTestProject(opts: TestProjectOptions & { hostMaxWorkers?: number; hostEnv?: Record<string, string> } = {}): Promise<SshTestProject> {
  const sshd = await startSshd();
  const tp = await makeTestProject(opts);
  const remoteRepo = path.join(sshd.remoteHome, 'clone');
  const remoteWorktrees = path.join(sshd.remoteHome, 'worktrees');
  writeFileSync(path.join(sshd.remoteHome, '.gitconfig'), '[user]\n\tname = Remote Host\n\temail = remote@example.invalid\n[commit]\n\tgpgsign = false\n');
  // Cloned on the host itself, over SSH: the host's clone is its own, with the same origin.
  const c = await sshd.exec(`git clone -q ${tp.origin} ${remoteRepo}`);
  if (c.code !== 0) throw new Error(`remote clone failed: ${c.stderr}`);
  // The worker's HOME may be an isolated one (the Claude CLI's): the identity lives in the clone, as in makeTestProject.
  await sshd.exec(`git -C ${remoteRepo} config user.name 'Remote Host' && git -C ${remoteRepo} config user.email remote@example.invalid && git -C ${remoteRepo} config commit.gpgsign false`);
  const ctlDir = path.join(sshd.dir, 'ctl');
  const raw = {
    ...tp.raw,
    hosts: [
      {
        name: 'h1',
        ssh: sshd.spec,
        repoPath: remoteRepo,
        worktreesPath: remoteWorktrees,
        maxWorkers: opts.hostMaxWorkers ?? 2,
        identityFile: sshd.keyFile,
        sshOptions: sshd.sshOptions,
        env: opts.hostEnv ?? {},
      },
    ],
  };
  Object.assign(tp.raw, raw);
  tp.writeConfig(raw);
  tp.env.ORCH_SSH_CONTROL_DIR = ctlDir;
  // Two cores shared with other suites: a launch that misses its handshake retries after 5 s, not after the 2 min default.
  tp.env.ORCH_DISPATCH_RETRY_WAIT_MS = '5000';
  const cleanup = tp.cleanup.bind(tp);
  return Object.assign(tp, {
    sshd,
    remoteRepo,
    remoteWorktrees,
    ctlDir,
    remote: (script: string) => sshd.exec(script),
    async cleanup() {
      // The ControlMaster orch left behind (ControlPersist) goes first, then the server and its sessions.
      await execa('ssh', ['-O', 'exit', ...sshArgs(raw.hosts[0]!, ctlDir)], { reject: false });
      await sshd.stop();
      await cleanup();
    },
  });
}
