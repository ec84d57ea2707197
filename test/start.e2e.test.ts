import path from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, type TestProject } from './support/project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { RESUME_PROMPT } from '../src/core/brief.js';
import { NOT_BASH } from '../src/core/claude-http-hooks.js';
import { spawnSync } from 'node:child_process';

/** The worker reads its brief, commits a file named after its worktree, pushes its branch, and reports completion
 *  (without GitHub, a claim of completion counts once origin has the branch at the worker's HEAD). */
const committer: ModelScript = (ctx) => {
  const name = path.basename(ctx.cwd ?? 'x');
  if (ctx.prompt.includes('interrupted')) return { text: 'Continuing where I left off.' };
  if (ctx.step === 0) return { tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'read brief' } };
  if (ctx.step === 1) return { tool: 'Bash', input: { command: `echo done > ${name}.txt && git add ${name}.txt && git commit -q -m 'feat(${name}): add file' && git push -q -u origin HEAD`, description: 'commit and push' } };
  return { text: 'WORKTREE_STATUS: COMPLETE\nPR: none\nTESTS_PASSED: none' };
};

describe('start, list, health, resume with the real Claude Code CLI', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', model: committer, files: { '.env': 'SECRET=1\n' } });
  });
  afterAll(async () => tp?.cleanup());

  it('start runs the handshake (trust + bypass prompts), delivers the brief, and the worker commits', async () => {
    const r = await tp.orch(['start', 'hello', '--task', 'Add a hello file']);
    expect(r.stderr).toMatch(/ready after .*answered (trust-folder, )+bypass-warning\)/);
    expect(r.code).toBe(0);
    const wt = path.join(tp.worktrees, 'hello');
    expect(readFileSync(path.join(wt, '.env'), 'utf8')).toBe('SECRET=1\n'); // env file copied
    expect(readFileSync(path.join(wt, '.claude-bootstrap.md'), 'utf8')).toContain('Add a hello file');
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/hello'])).includes('feat(hello)'), 45_000, 'the worker commit');
    // The brief and hook settings never show up as changes.
    expect(await tp.git(['status', '--porcelain'], wt)).toBe('');
    const events = readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', 'hello.jsonl'), 'utf8');
    expect(events).toContain('"event":"UserPromptSubmit"');
    expect(events).toContain('"event":"PostToolUse"');
    // The guard server was started with the worker, before its first Bash call (a hook would start it only after).
    const firstBash = events.trim().split('\n').map((l) => JSON.parse(l) as { event: string; tool?: string; at: string }).find((e) => e.event === 'PreToolUse' && e.tool === 'Bash');
    const pidFile = path.join(tp.repo, '.git', 'session-orchestrator', 'guard-server.pid');
    expect(statSync(pidFile).mtimeMs).toBeLessThan(Date.parse(firstBash!.at));
    // This CLI posts its events to that server itself (HTTP hooks): no process each. A Bash call's PreToolUse and
    // SessionStart stay commands; UserPromptSubmit and PostToolUse (above) have no command hook, so they came over HTTP.
    const settings = JSON.parse(readFileSync(path.join(wt, '.claude', 'settings.local.json'), 'utf8')) as { hooks: Record<string, Array<{ matcher: string; hooks: Array<{ type: string; url?: string }> }>> };
    const [port] = readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'guard.tcp'), 'utf8').split(' ');
    expect(settings.hooks.Stop![0]!.hooks[0]).toMatchObject({ type: 'http', url: `http://127.0.0.1:${port}/orch-hook/Stop` });
    expect(settings.hooks.PreToolUse!.map((e) => [e.matcher, e.hooks[0]!.type])).toEqual([['Bash', 'command'], [NOT_BASH, 'http']]);
    expect(settings.hooks.SessionStart![0]!.hooks[0]!.type).toBe('command');
    const eventsFile = path.join(tp.repo, '.git', 'session-orchestrator', 'events', 'hello.jsonl');
    await waitFor(() => (readFileSync(eventsFile, 'utf8').includes('"event":"Stop"') ? true : undefined), 20_000, 'the Stop event over HTTP');
  });

  it('list --json shows the worker with its branch, path and a live window', async () => {
    const r = await tp.orch(['list', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const w = doc.workers.find((x: { name: string }) => x.name === 'hello');
    expect(w).toMatchObject({ branch: 'feature/hello', worktree: path.join(tp.worktrees, 'hello'), window: { name: 'hello', alive: true }, ahead: 1, behind: 0, uncommitted: { count: 0, files: [] } });
    await waitFor(async () => JSON.parse((await tp.orch(['list', '--json'])).stdout).workers[0].state.name === 'done', 20_000, 'state done');
  });

  it('health reports READY with the env file present', async () => {
    const r = await tp.orch(['health', 'hello', '--json']);
    const [h] = JSON.parse(r.stdout).workers;
    expect(h).toMatchObject({ name: 'hello', label: 'READY', exists: true, gitHealthy: true, branch: 'feature/hello', window: { alive: true } });
    expect(h.envFiles).toEqual([{ file: '.env', present: true, inMain: true }]);
  });

  it('resume leaves a live window alone, and relaunches a dead one with --continue and the resume prompt', async () => {
    const alive = await tp.orch(['resume', 'hello', '--json']);
    expect(JSON.parse(alive.stdout).action).toMatch(/left alone/);
    await tp.tmux(['kill-window', '-t', '=orchtest:=hello']);
    // The guard server gone too (killed hard): the resume starts it again on the same port, with the same keys.
    const reg = path.join(tp.repo, '.git', 'session-orchestrator');
    const door = readFileSync(path.join(reg, 'guard.tcp'), 'utf8');
    process.kill(Number(readFileSync(path.join(reg, 'guard-server.pid'), 'utf8')), 'SIGKILL');
    const killed = Date.now();
    const before = tp.model!.requests.length;
    const r = await tp.orch(['resume', 'hello']);
    expect(r.code).toBe(0);
    await waitFor(() => tp.model!.requests.slice(before).some((q) => q.ctx.prompt === RESUME_PROMPT), 30_000, 'the resume prompt to reach the model');
    expect(readFileSync(path.join(reg, 'guard.tcp'), 'utf8')).toBe(door);
    const resumed = readFileSync(path.join(reg, 'events', 'hello.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; at: string });
    expect(resumed.some((e) => e.event === 'UserPromptSubmit' && Date.parse(e.at) >= killed)).toBe(true);
    const cmd = await tp.tmux(['list-panes', '-t', '=orchtest:=hello', '-F', '#{pane_start_command}']);
    expect(cmd.stdout).toContain('--continue');
  });

  it('the monitor starts the guard server again when it is gone while a worker runs (its events reach it over HTTP)', async () => {
    const reg = path.join(tp.repo, '.git', 'session-orchestrator');
    const door = readFileSync(path.join(reg, 'guard.tcp'), 'utf8');
    const pid = Number(readFileSync(path.join(reg, 'guard-server.pid'), 'utf8'));
    process.kill(pid, 'SIGKILL');
    await waitFor(() => (spawnSync('kill', ['-0', String(pid)]).status !== 0 ? true : undefined), 5000, 'the server gone');
    expect((await tp.orch(['monitor', 'hello'])).code).toBe(0);
    await waitFor(() => (Number(readFileSync(path.join(reg, 'guard-server.pid'), 'utf8')) !== pid ? true : undefined), 10_000, 'a new server');
    const [port, key, proof] = door.trim().split(' ');
    const alive = await fetch(`http://127.0.0.1:${port}/alive`, { headers: { 'x-orch-key': key! } });
    expect(await alive.text()).toBe(`${proof}\n`);
  });

  it('refuses to start an existing name, pointing at resume, exit 2', async () => {
    const r = await tp.orch(['start', 'hello', '--task', 'again']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('orch resume hello');
  });
});

describe('failures part-way roll back everything they created', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'none', config: { workerCli: { preset: 'claude', cmd: '/nonexistent/claude-binary', bootWaitSec: 5 } } });
  });
  afterAll(async () => tp?.cleanup());

  it('a worker command that cannot start leaves no worktree, branch, registry entry or window', async () => {
    const r = await tp.orch(['start', 'broken', '--task', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rolled back: .*closed window broken.*removed worktree/);
    expect(existsSync(path.join(tp.worktrees, 'broken'))).toBe(false);
    expect(await tp.git(['branch', '--list', 'feature/broken'])).toBe('');
    expect(JSON.parse((await tp.orch(['list', '--json'])).stdout).workers).toEqual([]);
    expect((await tp.tmux(['list-windows', '-a', '-F', '#{window_name}'])).stdout).not.toContain('broken');
  });

  it.each([
    [['start', 'Bad_Name', '--task', 'x'], /not a valid worker name/],
    [['start', 'ok-name'], /a task is required/],
    [['start', 'ok-name', '--task', 'x', '--task-file', 'y'], /either --task or --task-file/],
    [['start', 'ok-name', '--task', 'x', '--base', 'no-such-branch', '--no-launch'], /base branch no-such-branch exists neither/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['list', '--bogus'], /unknown option '--bogus'/],
  ])('bad input %j: one clear line, exit 2, nothing created', async (args, msg) => {
    const r = await tp.orch(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.trim().startsWith('->')).length).toBe(1);
    expect(existsSync(path.join(tp.worktrees, 'ok-name'))).toBe(false);
  });
});

describe('the root refusal of the real CLI is reported as such', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', model: committer, trusted: true });
    const cli = tp.raw.workerCli as { setEnv: Record<string, string> };
    delete cli.setEnv.IS_SANDBOX; // as root, without IS_SANDBOX, claude refuses --dangerously-skip-permissions
    tp.writeConfig({ ...tp.raw, workerCli: { ...cli, clearEnv: ['IS_SANDBOX'] } });
  });
  afterAll(async () => tp?.cleanup());

  it('as root: start fails with the root message and rolls back (as a normal user: claude starts)', async () => {
    const r = await tp.orch(['start', 'rooty', '--task', 'x']);
    if (process.getuid?.() !== 0) {
      expect(r.code, r.stderr).toBe(0); // the refusal only exists for root
      return;
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused to run with --dangerously-skip-permissions as root');
    expect(r.stderr).toContain('IS_SANDBOX=1');
    expect(existsSync(path.join(tp.worktrees, 'rooty'))).toBe(false);
  });
});
