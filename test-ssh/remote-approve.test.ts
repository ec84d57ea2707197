import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSshTestProject, type SshTestProject } from '../test/support/ssh-project.js';
import { waitFor } from '../test/support/project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';

/** Two Bash calls, each raising a permission prompt in default mode: the first is approved, the second denied. */
const script: ModelScript = (ctx) => {
  if (ctx.step === 0) return { tool: 'Bash', input: { command: 'echo one > one.txt', description: 'write one' } };
  if (ctx.step === 1) return { tool: 'Bash', input: { command: 'echo two > two.txt', description: 'write two' } };
  return { text: 'Stopped here.' };
};

// The real Claude Code CLI on the SSH host in --permission-mode default: `orch approve` and `orch deny` answer its prompts.
describe('approve and deny for a worker on an SSH host', () => {
  let tp: SshTestProject;
  beforeAll(async () => {
    tp = await makeSshTestProject({ worker: 'claude', model: script });
    const cli = tp.raw.workerCli as Record<string, unknown>;
    tp.writeConfig({ ...tp.raw, workerCli: { ...cli, args: ['--permission-mode', 'default'], ready: { matchAny: ['? for shortcuts'] } } });
  });
  afterAll(async () => {
    await tp?.cleanup();
  });

  const state = async () => {
    const r = await tp.orch(['monitor', 'ra-one', '--json', '--idle-grace', '0s']);
    return r.code === 0 ? (JSON.parse(r.stdout).workers[0] as { state: { name: string } }).state.name : `error: ${r.stderr}`;
  };
  // The prompt on the host's screen, for the named command (not a stale state from the previous one).
  const prompting = async (cmd: string) => {
    const r = await tp.orch(['monitor', 'ra-one', '--json', '--idle-grace', '0s']);
    const st = r.code === 0 ? (JSON.parse(r.stdout).workers[0] as { state: { name: string; reason: string } }).state : undefined;
    return st?.name === 'waiting-approval' && st.reason.includes(cmd);
  };
  const file = (f: string) => tp.remote(`cat ${tp.remoteWorktrees}/ra-one/${f}`);

  it('approve lets the first command run on the host; deny keeps the second from running', async () => {
    const start = await tp.orch(['start', 'ra-one', '--host', 'h1', '--task', 'write two files']);
    expect(start.code, start.stderr).toBe(0);
    await waitFor(() => prompting('echo one'), 60_000, 'the first permission prompt');
    expect((await file('one.txt')).code).not.toBe(0);
    const ok = await tp.orch(['approve', 'ra-one', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ name: 'ra-one', answer: 'approve', tool: '$ echo one > one.txt' });
    await waitFor(async () => (await file('one.txt')).stdout === 'one', 30_000, 'the approved command to run on the host');

    await waitFor(() => prompting('echo two'), 60_000, 'the second permission prompt');
    const no = await tp.orch(['deny', 'ra-one', '--json']);
    expect(no.code, no.stderr).toBe(0);
    expect(JSON.parse(no.stdout)).toMatchObject({ name: 'ra-one', answer: 'deny', tool: '$ echo two > two.txt' });
    await waitFor(async () => !['waiting-approval', 'working'].includes(await state()), 30_000, 'the prompt to be answered');
    // Give a wrongly run command time to show.
    await new Promise((r) => setTimeout(r, 2000));
    expect((await file('two.txt')).code).not.toBe(0);
    expect((await file('one.txt')).stdout).toBe('one');
  });
});
