import path from 'node:path';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, REPO_ROOT, type TestProject } from './support/project.js';

describe('multiplexers: exact names, psmux, headless', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'stand-in' });
  });
  afterAll(async () => tp?.cleanup());

  it('fix-51 never matches fix-510-x: list, resume and close act on the exact window only', async () => {
    expect((await tp.orch(['start', 'fix-51', '--task', 'x', '--no-launch'])).code).toBe(0);
    await tp.tmux(['new-session', '-d', '-s', 'orchtest', '-n', 'fix-510-x', 'sleep', '600']);
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout);
    expect(list.workers[0]).toMatchObject({ name: 'fix-51', window: { name: 'fix-51', alive: false } });
    expect(list.orphanWindows).toEqual(['fix-510-x']);
    const resumed = await tp.orch(['resume', 'fix-51']);
    expect(resumed.code, resumed.stderr).toBe(0);
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/fix-51'])).includes('demo(fix-51)'), 40_000, 'the stand-in commit');
    const wins = (await tp.tmux(['list-windows', '-t', '=orchtest', '-F', '#{window_name}'])).stdout.split('\n').sort();
    expect(wins).toEqual(['fix-51', 'fix-510-x']);
    expect((await tp.orch(['close', 'fix-51', '--force'])).code).toBe(0);
    expect((await tp.tmux(['list-windows', '-t', '=orchtest', '-F', '#{window_name}'])).stdout.trim()).toBe('fix-510-x');
  });

  it('psmux takes the same commands: pointing its binary at tmux runs a worker', async () => {
    tp.writeConfig({ ...tp.raw, mux: 'psmux' });
    const r = await tp.orch(['start', 'via-psmux', '--task', 'x'], { env: { ORCH_PSMUX_BIN: 'tmux' } });
    expect(r.code, r.stderr).toBe(0);
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/via-psmux'])).includes('demo(via-psmux)'), 20_000, 'a commit through psmux');
    expect(r.stdout).toContain('tmux -L');
    tp.writeConfig(tp.raw);
  });

  it('headless: a detached process with a log file, no tmux needed', async () => {
    const cli = tp.raw.workerCli as Record<string, unknown>;
    tp.writeConfig({ ...tp.raw, mux: 'headless', workerCli: { ...cli, ready: { matchAny: [] }, setEnv: { ORCH_STANDIN_AUTORUN: '1' } } });
    const r = await tp.orch(['start', 'no-tmux', '--task', 'x'], { env: { ORCH_TMUX_BIN: '/nonexistent/tmux' } });
    expect(r.code, r.stderr).toBe(0);
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/no-tmux'])).includes('demo(no-tmux)'), 20_000, 'a headless commit');
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout);
    expect(list.workers.find((w: { name: string }) => w.name === 'no-tmux')).toMatchObject({ window: { alive: false }, state: { name: 'done' } });
    const log = readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'logs', 'no-tmux.log'), 'utf8');
    expect(log).toContain('WORKTREE_STATUS: COMPLETE');
    tp.writeConfig(tp.raw);
  });
});

describe('the registry', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'none' });
  });
  afterAll(async () => tp?.cleanup());

  it('two processes writing at once under the lock lose nothing and corrupt nothing', async () => {
    const script = `
      const { Registry } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/state/registry.js'))});
      const r = await Registry.open(process.argv[1]);
      for (let i = 0; i < 25; i++) {
        await r.withLock(async () => {
          const b = r.getBatch('shared') ?? { version: 1, id: 'shared', created: new Date().toISOString(), command: 't', members: [], queue: [], cancelled: [], closed: [] };
          b.members.push(process.argv[2] + '-' + i);
          r.putBatch(b);
        });
        r.putWorker({ version: 1, name: process.argv[2] + '-' + i, kind: 'task', base: 'main', worktree: '/x', session: 's', window: 'w', mux: 'tmux', created: new Date().toISOString(), links: [] });
      }`;
    await Promise.all(['p1', 'p2'].map((p) => execa(process.execPath, ['--input-type=module', '-e', script, tp.repo, p])));
    const dir = path.join(tp.repo, '.git', 'session-orchestrator');
    const batch = JSON.parse(readFileSync(path.join(dir, 'batches', 'shared.json'), 'utf8'));
    expect(batch.members).toHaveLength(50); // no lost update
    const files = readdirSync(path.join(dir, 'workers'));
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(50);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse((await tp.orch(['list', '--json'])).stdout).workers).toHaveLength(50);
  });
});

describe('orch init', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'acme/shop'],
    ['git@github.com:acme/shop-ssh.git', 'acme/shop-ssh'],
  ])('scaffolds from a repo whose origin is %s', async (url, repo) => {
    const tp = await makeTestProject({ worker: 'none', files: { 'package.json': '{"scripts":{"test":"vitest run"}}', '.env.local': 'A=1\n' } });
    try {
      await execa('rm', ['-rf', path.join(tp.repo, '.claude')]);
      await tp.git(['remote', 'set-url', 'origin', url]);
      const r = await tp.orch(['init', '--yes', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const cfg = JSON.parse(readFileSync(path.join(tp.repo, '.claude', 'session-plugin.json'), 'utf8'));
      expect(cfg).toMatchObject({ projectName: 'repo', githubRepo: repo, defaultBranch: 'main', psmuxSession: 'repo', worktreesPath: '../repo-worktrees', layout: { type: 'root', envFiles: ['.env.local'], testCmd: 'npm test' } });
      const doc = JSON.parse(r.stdout);
      expect(doc.preflight.map((p: { check: string }) => p.check)).toEqual(['git', 'multiplexer', 'worker command', 'GitHub token']);
      expect(r.stdout).not.toMatch(/ghp_|gho_/);
      const again = await tp.orch(['init', '--yes', '--default-branch', 'develop']);
      expect(again.code).toBe(3); // a refusal that protects the file: nothing was changed
      expect(again.stderr).toContain('+ defaultBranch: "develop"');
      expect(again.stderr).toContain('orch init --force');
      expect((await tp.orch(['init', '--yes', '--force', '--default-branch', 'develop'])).code).toBe(0);
      expect(JSON.parse(readFileSync(path.join(tp.repo, '.claude', 'session-plugin.json'), 'utf8')).defaultBranch).toBe('develop');
    } finally {
      await tp.cleanup();
    }
  });
});

describe('the built binary', () => {
  it.each([
    [['--help'], 0, /Set up:[\s\S]*Dispatch:[\s\S]*Watch:[\s\S]*Finish:[\s\S]*Clean up:/],
    [['--version'], 0, /^\d+\.\d+\.\d+$/],
    [['start', '--help'], 0, /Example:/],
    [['nonsense'], 2, /unknown command/],
  ])('orch %j exits %i', async (args, code, out) => {
    const r = await execa(process.execPath, [ORCH_BIN, ...args], { reject: false });
    expect(r.exitCode).toBe(code);
    expect(`${r.stdout}${r.stderr}`).toMatch(out);
  });
});

describe('orch demo (the README main job)', () => {
  it('dispatches three tasks into real tmux windows; each real Claude worker commits, finishes (pushes) and is done', async () => {
    const r = await execa(process.execPath, [ORCH_BIN, 'demo', '--json'], { reject: false, timeout: 240_000, env: { ...process.env, ORCH_MUX_SOCKET: '' } });
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const doc = JSON.parse(r.stdout);
    try {
      expect(doc.workerKind).toBe('claude');
      expect(doc.commits.map((c: { name: string; commits: number }) => [c.name, c.commits >= 1])).toEqual([['greeting', true], ['changelog', true], ['roadmap', true]]);
      expect(doc.list.workers.map((w: { window: { alive: boolean } }) => w.window.alive)).toEqual([true, true, true]);
      // Done is verified, not believed: each ran its brief's `orch finish`, which pushed its branch to the demo's origin.
      expect(doc.list.workers.map((w: { name: string; state: { name: string } }) => [w.name, w.state.name]).sort()).toEqual([['changelog', 'done'], ['greeting', 'done'], ['roadmap', 'done']]);
      for (const n of ['greeting', 'changelog', 'roadmap']) expect(r.stderr).toMatch(new RegExp(`^  ${n}: finished, branch pushed \\(`, 'm'));
      expect(r.stderr).toContain('DEMO: workers are the real Claude Code CLI');
    } finally {
      // The printed removal commands must work as given (claude processes exit a moment after their server).
      await waitFor(async () => {
        for (const cmd of doc.remove as string[]) await execa('sh', ['-c', cmd], { reject: false });
        return !existsSync(doc.root);
      }, 20_000, 'the demo workspace to be removed', 500);
    }
  }, 250_000);
});
