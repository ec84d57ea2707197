import path from 'node:path';
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSshTestProject, type SshTestProject } from '../test/support/ssh-project.js';
import { ORCH_BIN, waitFor } from '../test/support/project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { SshHost, type HostConfig } from '../src/adapters/ssh.js';

/** Reads the brief, works for a while (a long Bash call), commits a file named after its worktree, reports completion. */
const slowCommitter: ModelScript = (ctx) => {
  const name = path.basename(ctx.cwd ?? 'x');
  if (ctx.prompt.includes('PING')) return { text: 'PONG from the host' };
  if (ctx.step === 0) return { tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'read brief' } };
  if (ctx.step === 1) return { tool: 'Bash', input: { command: 'sleep 8', description: 'long build' } };
  if (ctx.step === 2) return { tool: 'Bash', input: { command: `echo done > ${name}.txt && git add ${name}.txt && git commit -q -m 'feat(${name}): add file'`, description: 'commit' } };
  return { text: 'WORKTREE_STATUS: COMPLETE\nPR: none\nTESTS_PASSED: none' };
};

// The real Claude Code CLI on the SSH host (in that host's tmux), against the scripted model on this machine.
describe('a Claude Code worker on an SSH host: events streamed back', () => {
  let tp: SshTestProject;
  beforeAll(async () => {
    tp = await makeSshTestProject({ worker: 'claude', model: slowCommitter });
  });
  afterAll(async () => {
    await tp?.cleanup();
  });

  it('boots on the host, and monitor --watch reports its state change within 2 s, across a killed SSH connection, losing no event', async () => {
    const r = await tp.orch(['start', 'rc-one', '--host', 'h1', '--task', 'Add a file']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rc-one: ready after/);
    const remoteEvents = (await tp.remote(`git -C ${tp.remoteRepo} rev-parse --path-format=absolute --git-common-dir`)).stdout.trim() + '/session-orchestrator/events/rc-one.jsonl';
    // The hook ran on the host (its Node, the copied hook file) and wrote there.
    await waitFor(async () => (await tp.remote(`grep -c '"summary":"sleep 8"' ${remoteEvents}`)).stdout.trim() === '1', 60_000, 'the long tool call on the host');

    const lines: Array<{ at: number; line: { name: string; state: { name: string } } }> = [];
    const mon = execa(process.execPath, [ORCH_BIN, 'monitor', 'rc-one', '--watch', '--json', '--interval', '60s', '--timeout', '120s'], {
      cwd: tp.repo,
      env: { ...process.env, ...tp.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined },
      reject: false,
      buffer: false,
    });
    let buf = '';
    mon.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const l = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (!l.trim().startsWith('{')) continue;
        // One JSON document per cycle ({"workers": [...]}), or one per worker line.
        const doc = JSON.parse(l);
        for (const line of 'workers' in doc ? doc.workers : [doc]) lines.push({ at: Date.now(), line });
      }
    });
    await waitFor(() => lines.some((l) => l.line.state.name === 'working'), 20_000, 'monitor reporting working');

    // Drop the connection while the worker runs: the ControlMaster dies; events keep being written on the host.
    const host = new SshHost((tp.raw.hosts as HostConfig[])[0]!, { ORCH_SSH_CONTROL_DIR: tp.ctlDir });
    const pid = await host.masterPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, 'SIGKILL');

    const res = await mon;
    expect(res.exitCode).toBe(0);
    const done = lines.find((l) => l.line.state.name === 'done');
    expect(done, JSON.stringify(lines.map((l) => l.line.state.name))).toBeDefined();
    // Within 2 s of the state change on the host (the hook's Stop event there).
    const remoteText = (await tp.remote(`cat ${remoteEvents}`)).stdout + '\n';
    const stop = remoteText.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.event === 'Stop').pop();
    expect(stop).toBeDefined();
    expect(done!.at - Date.parse(stop.at)).toBeLessThan(2000);
    // A new connection, and the local mirror is byte for byte the host's file: nothing lost, nothing doubled.
    const again = await host.masterPid();
    expect(again).toBeDefined();
    expect(again).not.toBe(pid);
    const local = readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', 'rc-one.jsonl'), 'utf8');
    expect(local).toBe(remoteText);
    expect(local).toMatch(/"event":"PostToolUse".*"summary":"sleep 8"/);
    // The worker's commit is on the host.
    expect((await tp.remote(`git -C ${tp.remoteWorktrees}/rc-one log --oneline -1`)).stdout).toContain('feat(rc-one)');
  });

  it('result reads the transcript on the host; send --wait types into the remote window and returns the reply', async () => {
    const res = await tp.orch(['result', 'rc-one', '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).reply).toContain('WORKTREE_STATUS: COMPLETE');
    const s = await tp.orch(['send', 'rc-one', 'PING', '--wait', '--json']);
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).reply).toContain('PONG from the host');
    const st = await tp.orch(['status', 'rc-one', '--json']);
    expect(st.code, st.stderr).toBe(0);
    expect(st.stdout).toContain('"host": "h1"');
  });
});
