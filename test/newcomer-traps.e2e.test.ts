import path from 'node:path';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { findExecutable } from '../src/adapters/which.js';
import { makeTestProject, type TestProject } from './support/project.js';
import { NO_GH } from './support/forge-project.js';

/** The traps of issue 17, each walked through with the built CLI on a real repository with a bare origin. */
const projects: TestProject[] = [];
afterEach(async () => {
  for (const tp of projects.splice(0)) await tp.cleanup();
});
async function project(config: Record<string, unknown> = {}): Promise<TestProject> {
  const tp = await makeTestProject({ worker: 'none', config });
  projects.push(tp);
  return tp;
}
const json = (s: string) => JSON.parse(s) as Record<string, any>;
const branchExists = async (tp: TestProject, b: string) => (await execa('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`], { cwd: tp.repo, reject: false })).exitCode === 0;

describe('a closed name is reusable', () => {
  it('start offers --reuse-branch, resume points at it, close --delete-branch works on the kept branch with the usual refusal', async () => {
    const tp = await project();
    expect((await tp.orch(['start', 'add-login', '--task', 'Add a login page', '--no-launch'])).code).toBe(0);
    const wt = path.join(tp.worktrees, 'add-login');
    await tp.git(['commit', '-q', '--allow-empty', '-m', 'work in progress'], wt);
    const sha = (await tp.git(['rev-parse', 'HEAD'], wt)).trim();
    // --force lifts the unpushed-commit refusal for the worktree; the branch and its commit stay.
    const closed = await tp.orch(['close', 'add-login', '--force']);
    expect(closed.code, closed.stderr).toBe(0);
    expect(await branchExists(tp, 'feature/add-login')).toBe(true);

    const again = await tp.orch(['start', 'add-login', '--task', 'x', '--no-launch']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('branch feature/add-login is kept from an earlier worker named add-login: `orch start add-login --reuse-branch --task "..."` starts on it, `orch close add-login --delete-branch` deletes it');

    const resume = await tp.orch(['resume', 'add-login']);
    expect(resume.code).toBe(2);
    expect(resume.stderr).toMatch(/only its branch feature\/add-login is left[\s\S]*orch start add-login --reuse-branch/);

    const plain = await tp.orch(['close', 'add-login']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/Its branch feature\/add-login is kept/);

    const refused = await tp.orch(['close', 'add-login', '--delete-branch']);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toMatch(/refusing to delete branch feature\/add-login: 1 commit\(s\) are neither merged, pushed nor in the merged pull request \([0-9a-f]{8}\)\. Nothing was changed\./);
    expect(refused.stderr).toContain('git push origin feature/add-login');
    expect(await branchExists(tp, 'feature/add-login')).toBe(true);

    const reused = await tp.orch(['start', 'add-login', '--reuse-branch', '--task', 'Carry on', '--no-launch']);
    expect(reused.code, reused.stderr).toBe(0);
    expect((await tp.git(['rev-parse', 'HEAD'], wt)).trim()).toBe(sha);
    await tp.git(['push', '-q', 'origin', 'feature/add-login'], wt);
    expect((await tp.orch(['close', 'add-login'])).code).toBe(0);

    const deleted = await tp.orch(['close', 'add-login', '--delete-branch', '--json']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(json(deleted.stdout)).toMatchObject({ name: 'add-login', status: 'closed', branch: { name: 'feature/add-login', action: 'deleted' } });
    expect(await branchExists(tp, 'feature/add-login')).toBe(false);

    const none = await tp.orch(['start', 'add-login', '--reuse-branch', '--task', 'x', '--no-launch']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--reuse-branch: there is no branch feature/add-login to reuse');
  });

  it('an issue worker\'s kept branch (fix/<n>-<slug>) is found by its worker name', async () => {
    const tp = await project();
    await tp.git(['branch', 'fix/12-crash-on-save']);
    const started = await tp.orch(['start', 'fix-12-crash-on-save', '--reuse-branch', '--task', 'Fix the crash', '--no-launch', '--json']);
    expect(started.code, started.stderr).toBe(0);
    expect(json(started.stdout).worker).toMatchObject({ name: 'fix-12-crash-on-save', branch: 'fix/12-crash-on-save' });
    expect((await tp.orch(['close', 'fix-12-crash-on-save'])).code).toBe(0);
    // Nothing on it that origin/main lacks: merged, so deleting it loses nothing.
    const deleted = await tp.orch(['close', 'fix-12-crash-on-save', '--delete-branch', '--json']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(json(deleted.stdout).branch).toMatchObject({ name: 'fix/12-crash-on-save', action: 'deleted', why: 'merged into origin/main' });
  });
});

describe('init keeps what it does not detect', () => {
  it('nothing to change exits 0; --force keeps hand-added fields, shows the diff and writes a backup; paths are relative', async () => {
    const tp = await project();
    rmSync(path.join(tp.repo, '.claude'), { recursive: true });
    const first = await tp.orch(['init', '--yes', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const written = json(readFileSync(tp.configFile, 'utf8'));
    expect(written.worktreesPath).toBe('../repo-worktrees');
    expect(written).not.toHaveProperty('repoPath');

    const same = await tp.orch(['init']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('Nothing to change');

    const hand = { ...written, guard: { deny: ['rm -rf /'] }, notify: { command: ['notify-send', 'orch'] }, workerCli: { preset: 'claude', setEnv: { FOO: '1' } }, myNote: 'kept' };
    writeFileSync(tp.configFile, JSON.stringify(hand, null, 2));
    const refused = await tp.orch(['init', '--default-branch', 'develop']);
    expect(refused.code).toBe(3);
    expect(JSON.parse(readFileSync(tp.configFile, 'utf8'))).toEqual(hand);

    const forced = await tp.orch(['init', '--yes', '--force', '--default-branch', 'develop']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Changed:\n {2}- defaultBranch: "main"\n {2}\+ defaultBranch: "develop"/);
    const after = json(readFileSync(tp.configFile, 'utf8'));
    expect(after).toEqual({ ...hand, defaultBranch: 'develop' });
    const backups = readdirSync(path.dirname(tp.configFile)).filter((f) => /^session-plugin\.json\.bak-\d{8}T\d{6}Z$/.test(f));
    expect(backups).toHaveLength(1);
    expect(json(readFileSync(path.join(path.dirname(tp.configFile), backups[0]!), 'utf8'))).toEqual(hand);
    expect(forced.stdout).toContain(`Backup: ${path.join(path.dirname(tp.configFile), backups[0]!)}`);
  });

  it('a bad flag value reads as a flag error, not as an error in the config file', async () => {
    const tp = await project();
    const r = await tp.orch(['init', '--yes', '--force', '--worktrees-path', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^orch: --worktrees-path: expected a folder outside the repository/m);
    expect(r.stderr).not.toContain('problem in the session config');
    expect((await tp.orch(['init', '--mux', 'screen'])).stderr).toMatch(/Allowed choices are tmux, psmux, headless/);
  });
});

describe('durations and help', () => {
  it('--help shows defaults with units; reviewer start offers no --no-reviewer and follows review.intervalMin', async () => {
    const tp = await project();
    const monitor = (await tp.orch(['monitor', '--help'])).stdout;
    expect(monitor).toMatch(/--interval <dur>[\s\S]*\(default: 30s\)/);
    expect(monitor).toMatch(/--nudge-every <dur>[\s\S]*\(default: 5m\)/);
    expect(monitor).not.toMatch(/default: \d{4,}/);
    const reviewer = (await tp.orch(['reviewer', 'start', '--help'])).stdout;
    expect(reviewer).not.toContain('--no-reviewer');
    expect(reviewer).toContain('review.intervalMin');
    expect((await tp.orch(['orchestrator', 'start', '--help'])).stdout).toContain('--no-reviewer');
    const slow = await tp.orch(['reviewer', 'start', '--interval', '10s']);
    expect(slow.code).toBe(2);
    expect(slow.stderr).toContain('--interval must be at least 1m, got "10s"');
  });
});

describe('--no-launch', () => {
  it('is honoured with --tasks, and such workers are not-launched (not dead) in list, status and dash', async () => {
    const tp = await project();
    writeFileSync(path.join(tp.root, 'tasks.yaml'), 'tasks:\n  - name: one\n    task: first\n  - name: two\n    task: second\n');
    const r = await tp.orch(['start', '--tasks', path.join(tp.root, 'tasks.yaml'), '--no-launch', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).tasks.map((t: { status: string }) => t.status)).toEqual(['not-launched', 'not-launched']);
    expect((await tp.tmux(['list-windows', '-a'])).stdout).toBe('');
    const list = json((await tp.orch(['list', '--json'])).stdout);
    expect(list.workers.map((w: { name: string; state: { name: string } }) => [w.name, w.state.name]).sort()).toEqual([['one', 'not-launched'], ['two', 'not-launched']]);
    expect(json((await tp.orch(['status', 'one', '--json'])).stdout)).toMatchObject({ state: { name: 'not-launched' } });
    const dash = json((await tp.orch(['dash', '--json'])).stdout);
    expect(dash.needsHuman).toEqual([]);
    expect(dash.workers.every((w: { state: { name: string } }) => w.state.name === 'not-launched')).toBe(true);
    // The orchestrator neither counts them as blocked nor launches them.
    const poll = await tp.orch(['orchestrate', 'poll', '--json']);
    expect(poll.code, poll.stderr).toBe(0);
    expect(json(poll.stdout)).toMatchObject({ blocked: [], finished: false });
    const board = json((await tp.orch(['orchestrate', '--json'])).stdout);
    expect(board.workers.map((m: { state: { name: string } }) => m.state.name)).toEqual(['not-launched', 'not-launched']);
    expect((await tp.tmux(['list-windows', '-a'])).stdout).toBe('');
  });

  it('health --all lists zombie folders like list does', async () => {
    const tp = await project();
    mkdirSync(path.join(tp.worktrees, 'left-behind'), { recursive: true });
    expect(json((await tp.orch(['list', '--json'])).stdout).zombies).toEqual([path.join(tp.worktrees, 'left-behind')]);
    const health = json((await tp.orch(['health', '--all', '--json'])).stdout) as { workers: unknown[]; zombies: Array<{ name: string; label: string }> };
    expect(health.workers).toEqual([]);
    expect(health.zombies.map((h) => [h.name, h.label])).toEqual([['left-behind', 'ZOMBIE']]);
  });
});

describe('finish without githubRepo', () => {
  it('commits, rebases and pushes the branch, opens no pull request, and the brief says so', async () => {
    const tp = await project();
    expect((await tp.orch(['start', 'notes', '--task', 'Write notes', '--no-launch'])).code).toBe(0);
    const wt = path.join(tp.worktrees, 'notes');
    const brief = readFileSync(path.join(wt, '.claude-bootstrap.md'), 'utf8');
    expect(brief).toContain('no pull request is opened');
    expect(brief).toContain('BRANCH: feature/notes');
    writeFileSync(path.join(wt, 'NOTES.md'), '# notes\n');
    const r = await tp.orch(['finish', 'notes', '--json'], { env: { ...NO_GH } });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout)).toMatchObject({ name: 'notes', branch: 'feature/notes', push: 'new', pr: null, committed: { files: 1 } });
    expect(r.stderr).toContain('no pull request opened: githubRepo is not set');
    expect((await execa('git', ['ls-remote', '--heads', tp.origin, 'feature/notes'])).stdout).toMatch(/refs\/heads\/feature\/notes/);
  });
});

describe('config traps', () => {
  it('relative worktreesPath is relative to the repository; `orch config` prints the file\'s own names and pastes back', async () => {
    const tp = await project({ worktreesPath: '../elsewhere' });
    const doc = json((await tp.orch(['config', '--json'])).stdout);
    expect(doc.config.worktreesPath).toBe(path.join(tp.root, 'elsewhere'));
    const text = await tp.orch(['config']);
    expect(text.stdout).toContain('"psmuxSession": "orchtest"');
    expect(Object.keys(json(text.stdout))).not.toEqual(expect.arrayContaining(['session']));
    expect(Object.keys(json(text.stdout))).not.toContain('worker');
    expect(json(text.stdout).workerCli).toMatchObject({ preset: 'claude' });
    writeFileSync(tp.configFile, text.stdout);
    const back = await tp.orch(['config', '--json']);
    expect(back.code, back.stderr).toBe(0);
    expect(json(back.stdout).warnings).toEqual([]);
    expect(json(back.stdout).config).toEqual(doc.config);
  });

  it('an empty config file is reported as empty; --cwd to nowhere says so', async () => {
    const tp = await project();
    writeFileSync(tp.configFile, '\n');
    const r = await tp.orch(['list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`orch: ${tp.configFile} is empty`);
    const cwd = await tp.orch(['--cwd', path.join(tp.root, 'nope'), 'list']);
    expect(cwd.code).toBe(2);
    expect(cwd.stderr).toContain('the directory does not exist');
  });

  it('the task file names an unknown field with did-you-mean, like the config', async () => {
    const tp = await project();
    writeFileSync(path.join(tp.root, 't.yaml'), 'tasks:\n  - name: one\n    task: first\n    dependOn: [two]\n');
    const r = await tp.orch(['start', '--tasks', path.join(tp.root, 't.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tasks[0]: unknown field "dependOn" (did you mean dependsOn?)');
  });

  it('a local base branch ahead of origin gets a warning at start', async () => {
    const tp = await project();
    await tp.git(['commit', '-q', '--allow-empty', '-m', 'local only']);
    await tp.git(['commit', '-q', '--allow-empty', '-m', 'local only too']);
    const r = await tp.orch(['start', 'ahead', '--task', 'x', '--no-launch']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: main is 2 commits ahead of origin/main: workers start from origin/main');
  });

  it('without tmux on PATH and no "mux" in the config, workers fall back to headless, with a warning', async () => {
    const tp = await project();
    const bin = path.join(tp.root, 'bin');
    mkdirSync(bin);
    for (const tool of ['git', 'node']) symlinkSync(findExecutable(tool)!, path.join(bin, tool));
    const r = await tp.orch(['config', '--json'], { env: { PATH: bin } });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).config.mux).toBe('headless');
    const list = await tp.orch(['list'], { env: { PATH: bin } });
    expect(list.stderr).toMatch(/warning: tmux is not on PATH, so workers run headless: .*send, approve and deny cannot type into it/);
    tp.writeConfig({ ...tp.raw, mux: 'headless' });
    expect((await tp.orch(['list'], { env: { PATH: bin } })).stderr).not.toContain('warning');
    expect(existsSync(tp.configFile)).toBe(true);
  });
});
