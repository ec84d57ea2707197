import path from 'node:path';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestProject, ORCH_BIN, waitFor, type TestProject } from './support/project.js';
import { linksMain } from './support/teardown.js';

/**
 * `orch cleanup` on a real repository with a private tmux server: it lists exactly what does not add up, changes
 * nothing without confirmation, and never looks outside our session or worktreesPath.
 */

let tp: TestProject;
const MAIN_FILE = () => path.join(tp.repo, 'node_modules', 'left-pad', 'index.js');

beforeEach(async () => {
  tp = await makeTestProject({ config: { layout: { type: 'root', envFiles: ['.env'], nodeModules: 'node_modules' } } });
  mkdirSync(path.dirname(MAIN_FILE()), { recursive: true });
  writeFileSync(MAIN_FILE(), 'module.exports = 1;\n');
});
afterEach(async () => {
  await tp.cleanup();
});

async function start(name: string): Promise<string> {
  const r = await tp.orch(['start', name, '--task', `task ${name}`, '--no-launch']);
  expect(r.code, r.stderr).toBe(0);
  return path.join(tp.worktrees, name);
}

async function windows(): Promise<string[]> {
  const r = await tp.tmux(['list-windows', '-a', '-F', '#{session_name}:#{window_name}']);
  return r.stdout.split('\n').filter(Boolean);
}

/** One of each problem, plus things cleanup must leave alone. */
async function oneOfEach() {
  const healthy = await start('healthy');
  const zombie = path.join(tp.worktrees, 'junk');
  mkdirSync(path.join(zombie, 'src'), { recursive: true });
  writeFileSync(path.join(zombie, 'src', 'leftover.txt'), 'x\n');
  symlinkSync(path.join(tp.repo, 'node_modules'), path.join(zombie, 'node_modules'), 'dir');
  const stale = path.join(tp.worktrees, 'stale');
  await tp.git(['worktree', 'add', '-q', '-b', 'feature/stale', stale, 'main']);
  rmSync(stale, { recursive: true, force: true });
  const dead = await start('deadone');
  await tp.git(['worktree', 'remove', dead]);
  expect((await tp.tmux(['new-session', '-d', '-s', 'orchtest', '-n', 'stray', 'sleep', '600'])).code).toBe(0);
  expect((await tp.tmux(['new-session', '-d', '-s', 'othersession', '-n', 'stray', 'sleep', '600'])).code).toBe(0);
  const outside = path.join(tp.root, 'not-a-worktree');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'keep.txt'), 'keep\n');
  return { healthy, zombie, stale, outside };
}

describe('orch cleanup', () => {
  it('says "All clean." when nothing is wrong', async () => {
    await start('fine');
    const r = await tp.orch(['cleanup']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('All clean.');
    expect(JSON.parse((await tp.orch(['cleanup', '--json'])).stdout)).toEqual({ clean: true, applied: false, items: [], results: [] });
  });

  it('--json lists exactly one of each problem and changes nothing; --yes fixes exactly those', async () => {
    const s = await oneOfEach();
    const before = await windows();
    const r = await tp.orch(['cleanup', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.applied).toBe(false);
    expect(doc.items.map((i: { kind: string; target: string }) => [i.kind, i.target])).toEqual([
      ['zombie', s.zombie],
      ['stale-registration', s.stale],
      ['orphan-window', 'stray'],
      ['dead-entry', 'deadone'],
    ]);
    expect(r.stderr).toContain('run `orch cleanup --yes`');
    // Listing touched nothing.
    expect(existsSync(path.join(s.zombie, 'src', 'leftover.txt'))).toBe(true);
    expect(await windows()).toEqual(before);
    expect(await tp.git(['worktree', 'list', '--porcelain'])).toContain(s.stale);
    expect((await tp.project()).registry.getWorker('deadone')).toBeDefined();

    const y = await tp.orch(['cleanup', '--yes', '--json']);
    expect(y.code, y.stderr).toBe(0);
    const done = JSON.parse(y.stdout);
    expect(done.applied).toBe(true);
    expect(done.results.map((x: { kind: string; outcome: string }) => `${x.kind}:${x.outcome}`).sort()).toEqual(['dead-entry:done', 'orphan-window:done', 'stale-registration:done', 'zombie:done']);
    expect(existsSync(s.zombie)).toBe(false);
    expect(readFileSync(MAIN_FILE(), 'utf8')).toBe('module.exports = 1;\n'); // the zombie's node_modules link was detached, not followed
    expect(await tp.git(['worktree', 'list', '--porcelain'])).not.toContain(s.stale);
    expect(await tp.git(['branch', '--list', 'feature/stale'])).toContain('feature/stale');
    expect((await tp.project()).registry.getWorker('deadone')).toBeUndefined();
    expect(await windows()).toEqual(['othersession:stray']); // the other session's window of the same name survives
    expect(readFileSync(path.join(s.outside, 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(existsSync(path.join(s.healthy, '.claude-bootstrap.md'))).toBe(true);
    expect((await tp.project()).registry.getWorker('healthy')).toBeDefined();

    const again = await tp.orch(['cleanup']);
    expect(again.stdout.trim()).toBe('All clean.');
  });

  it('without a terminal and without --yes lists the problems as text and changes nothing', async () => {
    const s = await oneOfEach();
    const r = await tp.orch(['cleanup']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Zombie directories');
    expect(r.stdout).toContain(`-> detach 1 link(s), then delete the directory`);
    expect(r.stdout).toContain('Orphan windows');
    expect(r.stderr).toContain('Nothing changed: run `orch cleanup --yes`');
    expect(existsSync(s.zombie)).toBe(true);
    expect(await windows()).toContain('orchtest:stray');
  });

  it('refuses a zombie that was a worktree of this repo (it may hold uncommitted work) until --force; the linked node_modules survives', async () => {
    const wt = await start('ghost');
    writeFileSync(path.join(wt, 'unsaved.txt'), 'precious\n');
    // git loses the registration (e.g. a prune while the directory was unreachable); the directory stays.
    const common = path.join(tp.repo, '.git', 'worktrees', 'ghost');
    rmSync(common, { recursive: true, force: true });
    const r = await tp.orch(['cleanup', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(3);
    const doc = JSON.parse(r.stdout);
    const z = doc.results.find((x: { kind: string }) => x.kind === 'zombie');
    expect(z).toMatchObject({ target: wt, outcome: 'refused' });
    expect(z.message).toContain('was a worktree of this repository');
    expect(existsSync(path.join(wt, 'unsaved.txt'))).toBe(true);
    expect(linksMain(tp, wt)).toBe(true);

    const f = await tp.orch(['cleanup', '--yes', '--force', '--json']);
    expect(f.code, f.stderr).toBe(0);
    expect(JSON.parse(f.stdout).results.find((x: { kind: string }) => x.kind === 'zombie')).toMatchObject({ outcome: 'done' });
    expect(existsSync(wt)).toBe(false);
    expect(readFileSync(MAIN_FILE(), 'utf8')).toBe('module.exports = 1;\n');
  });

  it('a zombie that is only a link is unlinked, never followed', async () => {
    mkdirSync(tp.worktrees, { recursive: true });
    const link = path.join(tp.worktrees, 'pointer');
    symlinkSync(tp.repo, link, 'dir');
    const r = await tp.orch(['cleanup', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(link)).toBe(false);
    expect(readFileSync(MAIN_FILE(), 'utf8')).toBe('module.exports = 1;\n');
    expect(existsSync(path.join(tp.repo, 'README.md'))).toBe(true);
  });

  it('asks on a terminal: "n" changes nothing, "y" kills the orphan window', async () => {
    expect((await tp.tmux(['new-session', '-d', '-s', 'orchtest', '-n', 'stray', 'sleep', '600'])).code).toBe(0);
    // Keep finished panes readable, then run orch in a real terminal (a tmux pane in a session of its own).
    await tp.tmux(['set-option', '-g', 'remain-on-exit', 'on']);
    const ask = async (session: string, answer: string) => {
      const env = Object.entries({ ...tp.env, PATH: process.env.PATH ?? '' }).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
      expect((await tp.tmux(['new-session', '-d', '-s', session, '-x', '200', '-y', '50', '-c', tp.repo, ...env, process.execPath, ORCH_BIN, 'cleanup'])).code).toBe(0);
      await waitFor(async () => (await tp.tmux(['capture-pane', '-p', '-t', `=${session}:`])).stdout.includes('[y/N]'), 20_000, 'the y/N prompt');
      await tp.tmux(['send-keys', '-t', `=${session}:`, answer, 'Enter']);
      return waitFor(async () => {
        const screen = (await tp.tmux(['capture-pane', '-p', '-S', '-', '-t', `=${session}:`])).stdout;
        if (/Pane is dead/i.test(screen)) return screen;
        // pane_dead can come before tmux has drawn the last output: give it a moment, then read again.
        if ((await tp.tmux(['display-message', '-p', '-t', `=${session}:`, '#{pane_dead}'])).stdout.trim() !== '1') return undefined;
        await new Promise((r) => setTimeout(r, 500));
        return (await tp.tmux(['capture-pane', '-p', '-S', '-', '-t', `=${session}:`])).stdout;
      }, 20_000, 'orch to finish');
    };
    const no = await ask('asker1', 'n');
    expect(no).toContain('window orchtest:stray (running sleep) belongs to no worker');
    expect(no).toContain('Nothing changed.');
    expect(await windows()).toContain('orchtest:stray');
    const yes = await ask('asker2', 'y');
    expect(yes).toContain('killed window orchtest:stray');
    expect(await windows()).not.toContain('orchtest:stray');
  });
});
