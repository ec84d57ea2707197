import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSshTestProject, type SshTestProject } from '../test/support/ssh-project.js';
import { waitFor } from '../test/support/project.js';
import { execa } from 'execa';
import { sshArgs, type HostConfig } from '../src/adapters/ssh.js';

// A stand-in worker (a script, not a model) on the SSH host: start, list, attach and the teardown's refusals.
describe('a worker on an SSH host (stand-in worker)', () => {
  let tp: SshTestProject;
  beforeAll(async () => {
    tp = await makeSshTestProject({ worker: 'stand-in', files: { '.env': 'SECRET=remote-test\n' } });
  });
  afterAll(async () => {
    await tp?.cleanup();
  });

  it('doctor checks the host over SSH: git, tmux, Node, the worker command, the clone and its origin, disk', async () => {
    const r = await tp.orch(['doctor', '--json', '--offline']);
    const checks: Array<{ check: string; status: string; detail: string }> = JSON.parse(r.stdout).checks;
    const h = Object.fromEntries(checks.filter((c) => c.check.startsWith('host h1: ')).map((c) => [c.check.slice(9), c]));
    expect(Object.keys(h).sort()).toEqual(['clone', 'disk', 'git', 'node', 'ssh', 'tmux', 'worker command']);
    for (const k of ['ssh', 'git', 'tmux', 'node', 'worker command', 'clone']) expect(h[k]!.status, `${k}: ${h[k]!.detail}`).toBe('ok');
    expect(h.clone!.detail).toContain(tp.origin);
  });

  it('starts on the host named by --host, from the host clone, with the env file copied over SSH', async () => {
    const r = await tp.orch(['start', 'rw-one', '--host', 'h1', '--task', 'Write a note', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.worker.host).toBe('h1');
    expect(out.worker.worktree).toBe(`${tp.remoteWorktrees}/rw-one`);
    const env = await tp.remote(`cat ${tp.remoteWorktrees}/rw-one/.env`);
    expect(env.stdout).toBe('SECRET=remote-test');
    // The worktree belongs to the host's clone, not to the local repository.
    const wt = await tp.remote(`git -C ${tp.remoteRepo} worktree list --porcelain`);
    expect(wt.stdout).toContain(`${tp.remoteWorktrees}/rw-one`);
    expect(await tp.git(['worktree', 'list', '--porcelain'])).not.toContain('rw-one');
    // The hooks on the host: the sh hook (checked against this machine's Node hook on the host's sh, date and awk),
    // handing Bash calls to the copied Node hook (the guard).
    const settings = JSON.parse((await tp.remote(`cat ${tp.remoteWorktrees}/rw-one/.claude/settings.local.json`)).stdout) as { hooks: Record<string, Array<{ hooks: Array<{ command: string }> }>> };
    const pre = settings.hooks.PreToolUse!.at(-1)!.hooks[0]!.command;
    expect(pre).toMatch(/^sh \S+\/\.cache\/orch\/hook-[0-9a-f]{12}\.sh PreToolUse \S+\/events\/rw-one\.jsonl node \S+\/\.cache\/orch\/hook-[0-9a-f]{12}\.mjs # orch-hook$/);
    // The stand-in commits on the host.
    await waitFor(async () => (await tp.remote(`git -C ${tp.remoteWorktrees}/rw-one log --oneline -1`)).stdout.includes('demo(rw-one)'), 30_000, 'the remote commit');
    // Layer 2 holds on the host too: its pre-push hook lets only the worker's own branch through.
    const push = await tp.remote(`git -C ${tp.remoteWorktrees}/rw-one push origin HEAD:refs/heads/main`);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toMatch(/orch/);
    expect(await tp.git(['ls-remote', tp.origin, 'refs/heads/main'])).toContain((await tp.git(['rev-parse', 'main'])).trim());
  });

  it('lists it with its host and prints the ssh attach line', async () => {
    const l = await tp.orch(['list', '--json']);
    expect(l.code).toBe(0);
    const row = JSON.parse(l.stdout).workers.find((w: { name: string }) => w.name === 'rw-one');
    expect(row.host).toBe('h1');
    expect(row.window.alive).toBe(true);
    // git facts asked on the host: the stand-in's one commit, nothing uncommitted.
    expect([row.ahead, row.behind, row.uncommitted]).toEqual([1, 0, { count: 0, files: null }]);
    const d = await tp.orch(['dash', '--json']);
    expect(d.code, d.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(d.stdout))).toContain('"host":"h1"');
    const text = await tp.orch(['list']);
    expect(text.stdout).toMatch(/NAME\s+HOST/);
    const a = await tp.orch(['attach', 'rw-one']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^ssh -t /);
    expect(a.stdout).toContain(`-p ${tp.sshd.port}`);
    // The remote part is one argument, quoted for the remote shell (shell-quote escapes the '=').
    expect(a.stdout).toContain(`-- 'tmux -u -L ${tp.socket} attach -t \\=orchtest:\\=rw-one'`);
    const j = JSON.parse((await tp.orch(['attach', 'rw-one', '--json'])).stdout);
    expect(j.host).toBe('h1');
    // What the remote shell makes of it: exactly tmux's arguments.
    const echoed = await tp.remote(`printf '%s\\n' ${j.argv[j.argv.length - 1]}`);
    expect(echoed.stdout.split('\n')).toEqual(['tmux', '-u', '-L', tp.socket, 'attach', '-t', '=orchtest:=rw-one']);
  });

  it('an unknown --host is a usage error naming the hosts; a task file runs on the host --host names', async () => {
    const bad = await tp.orch(['start', 'rw-bad', '--host', 'nope', '--task', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no host named nope');
    expect(bad.stderr).toContain('local, h1');
    writeFileSync(path.join(tp.root, 'tasks.json'), JSON.stringify({ tasks: [{ name: 'rw-task', task: 'Write a task note' }] }));
    const r = await tp.orch(['start', '--tasks', path.join(tp.root, 'tasks.json'), '--host', 'h1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.find((w: { name: string }) => w.name === 'rw-task');
    expect(rec.host).toBe('h1');
    await waitFor(async () => (await tp.remote(`git -C ${tp.remoteWorktrees}/rw-task log --oneline -1`)).stdout.includes('demo(rw-task)'), 30_000, 'the task commit');
    // Its commit is only on the host: --force lifts that refusal, the branch and its commit stay there.
    const c = await tp.orch(['close', 'rw-task', '--force', '--json']);
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout).branch).toEqual({ name: 'feature/rw-task', action: 'kept', why: '--delete-branch deletes it once merged or pushed' });
    expect((await tp.remote(`git -C ${tp.remoteRepo} log --oneline -1 feature/rw-task`)).stdout).toContain('demo(rw-task)');
  });

  it('refuses to close it while its commit is unpushed, and closes it once pushed', async () => {
    const r = await tp.orch(['close', 'rw-one']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unpushed: 1 commit\(s\) on feature\/rw-one \(on h1\)/);
    expect((await tp.remote(`test -d ${tp.remoteWorktrees}/rw-one`)).code).toBe(0);
    await tp.remote(`git -C ${tp.remoteWorktrees}/rw-one push -q origin feature/rw-one`);
    const ok = await tp.orch(['close', 'rw-one', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('removed worktree');
    expect((await tp.remote(`test -d ${tp.remoteWorktrees}/rw-one`)).code).not.toBe(0);
    expect((await tp.remote(`test -e ${tp.remoteRepo}/.git/session-orchestrator/hooks/rw-one`)).code).not.toBe(0);
    expect((await tp.remote(`test -e ${tp.remoteRepo}/.git/session-orchestrator/events/rw-one.jsonl`)).code).not.toBe(0);
    expect(JSON.parse((await tp.orch(['list', '--json'])).stdout).workers).toEqual([]);
  });
});

describe('a host that stops answering', () => {
  let tp: SshTestProject;
  beforeAll(async () => {
    tp = await makeSshTestProject({ worker: 'stand-in' });
  });
  afterAll(async () => {
    await tp?.sshd.resume().catch(() => undefined);
    await tp?.cleanup();
  });

  it('list and dash still work and say the host is unreachable; close refuses to guess; all is back once it answers', async () => {
    expect((await tp.orch(['start', 'rw-local', '--host', 'local', '--task', 'Local note'])).code).toBe(0);
    expect((await tp.orch(['start', 'rw-down', '--host', 'h1', '--task', 'Remote note'])).code).toBe(0);
    // Down: no new connections, and the multiplexed one orch holds is gone too.
    await tp.sshd.pause();
    await execa('ssh', ['-O', 'exit', ...sshArgs((tp.raw.hosts as HostConfig[])[0]!, tp.ctlDir)], { reject: false });
    const l = await tp.orch(['list', '--json']);
    expect(l.code, l.stderr).toBe(0);
    const rows = JSON.parse(l.stdout).workers as Array<{ name: string; state: { name: string; reason: string }; window: { alive: boolean } }>;
    expect(rows.find((r) => r.name === 'rw-local')!.window.alive).toBe(true);
    const down = rows.find((r) => r.name === 'rw-down')!;
    expect(down.state.name).toBe('errored');
    expect(down.state.reason).toMatch(/^host h1 unreachable: cannot reach host h1/);
    const c = await tp.orch(['close', 'rw-down']);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toMatch(/cannot reach host h1/);
    expect(JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.map((w: { name: string }) => w.name).sort()).toEqual(['rw-down', 'rw-local']);
    await tp.sshd.resume();
    const back = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.find((w: { name: string }) => w.name === 'rw-down');
    expect(back.window.alive).toBe(true);
  });
});
