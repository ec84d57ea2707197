// Layer 2 of "no worker touches the base branch": the pre-push hook orch puts in every worker worktree.
// Real git, a real bare origin, real `orch start` with the stand-in worker; no mocks.
import path from 'node:path';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, type TestProject } from './support/project.js';
import { GIT_HOOK_NAMES } from '../src/core/git-hook-scripts.js';
import { removePushHook } from '../src/adapters/push-hook.js';

const Z40 = '0'.repeat(40);

async function git(args: string[], cwd: string) {
  const r = await execa('git', args, { cwd, reject: false });
  return { code: r.exitCode ?? 1, stdout: String(r.stdout).trim(), stderr: String(r.stderr) };
}

function writeHook(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

describe('the pre-push hook in worker worktrees', () => {
  let tp: TestProject;
  let wt: string;
  let log: string;
  const registry = () => path.join(tp.repo, '.git', 'session-orchestrator');
  const events = (name: string) => readFileSync(path.join(registry(), 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const originRefs = async () => (await git(['ls-remote', tp.origin], tp.repo)).stdout;

  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'stand-in' });
    log = path.join(tp.root, 'hooks.log');
    // The repository's own hooks, which must keep running in worker worktrees.
    writeHook(path.join(tp.repo, '.git', 'hooks', 'pre-commit'), `echo "pre-commit $(basename "$PWD")" >> '${log}'`);
    writeHook(path.join(tp.repo, '.git', 'hooks', 'pre-push'), `echo "pre-push $1 $(cat | tr '\\n' ' ')" >> '${log}'`);
    for (const name of ['alpha', 'beta']) {
      const r = await tp.orch(['start', name, '--task', `notes for ${name}`]);
      expect(r.code, r.stderr).toBe(0);
    }
    wt = path.join(tp.worktrees, 'alpha');
    // The stand-in worker commits once its prompt arrives: that commit runs the hooks of its worktree.
    await waitFor(async () => (await git(['log', '--format=%s', 'main..feature/alpha'], tp.repo)).stdout.includes('demo(alpha)'), 30_000, 'the worker commit');
  }, 90_000);
  afterAll(async () => tp?.cleanup());

  it('gives the worktree its own hooks folder, and leaves the main checkout as it was', async () => {
    const dir = path.join(registry(), 'hooks', 'alpha');
    expect((await git(['config', 'core.hooksPath'], wt)).stdout).toBe(dir);
    expect((await git(['rev-parse', '--git-path', 'hooks/pre-push'], wt)).stdout).toBe(path.join(dir, 'pre-push'));
    for (const hook of GIT_HOOK_NAMES) expect(statSync(path.join(dir, hook)).mode & 0o111, hook).not.toBe(0);
    // The main checkout's effective hooksPath is still unset, so git uses .git/hooks there.
    expect((await git(['config', 'core.hooksPath'], tp.repo)).code).toBe(1);
    expect(path.resolve(tp.repo, (await git(['rev-parse', '--git-path', 'hooks'], tp.repo)).stdout)).toBe(path.join(tp.repo, '.git', 'hooks'));
    // Nothing of it shows up as a change in the worktree.
    expect((await git(['status', '--porcelain'], wt)).stdout).toBe('');
  });

  it("still runs the repository's pre-commit hook in the worktree", () => {
    expect(readFileSync(log, 'utf8')).toMatch(/^pre-commit alpha$/m);
  });

  it("pushes the worker's own branch, passing the same arguments and refs on to the repository's pre-push hook", async () => {
    const sha = (await git(['rev-parse', 'HEAD'], wt)).stdout;
    const r = await git(['push', 'origin', 'feature/alpha'], wt);
    expect(r.code, r.stderr).toBe(0);
    expect((await git(['ls-remote', tp.origin, 'refs/heads/feature/alpha'], wt)).stdout).toBe(`${sha}\trefs/heads/feature/alpha`);
    expect(readFileSync(log, 'utf8')).toContain(`pre-push origin refs/heads/feature/alpha ${sha} refs/heads/feature/alpha ${Z40}`);
  });

  it.each([
    ['HEAD:main', ['push', 'origin', 'HEAD:main'], 'update refs/heads/main'],
    ['a force push to main', ['push', '--force', 'origin', 'HEAD:refs/heads/main'], 'update refs/heads/main'],
    // --mirror sends only refs that differ: the tag and the other worker's branch here.
    ['--mirror', ['push', '--mirror', 'origin'], 'update refs/tags/v1'],
    ['a deletion of main', ['push', 'origin', ':main'], 'delete refs/heads/main'],
    ['a tag', ['push', 'origin', 'v1'], 'update refs/tags/v1'],
    ["another worker's branch", ['push', 'origin', 'feature/beta'], 'update refs/heads/feature/beta'],
    ["HEAD onto another worker's branch", ['push', 'origin', 'HEAD:feature/beta'], 'update refs/heads/feature/beta'],
  ])('refuses %s, and origin is unchanged', async (_what, args, refused) => {
    await git(['tag', '-f', 'v1'], wt);
    const before = await originRefs();
    const r = await git(args, wt);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`orch pre-push hook: refusing to ${refused} on origin: only refs/heads/feature/alpha may be pushed from this worktree`);
    expect(r.stderr).toContain('orch finish alpha');
    expect(await originRefs()).toBe(before);
    const last = events('alpha').filter((e) => e.event === 'PrePush').pop();
    expect(last.blocked).toBe('pre-push: only refs/heads/feature/alpha may be pushed from this worktree (worker alpha)');
    expect(last.summary).toContain(refused.replace(/^(update|delete) /, ''));
  });

  it('lets the main checkout push main as before', async () => {
    writeFileSync(path.join(tp.repo, 'human.txt'), 'a human change\n');
    await tp.git(['add', 'human.txt']);
    await tp.git(['commit', '-q', '-m', 'human change']);
    const r = await git(['push', 'origin', 'main'], tp.repo);
    expect(r.code, r.stderr).toBe(0);
    expect((await git(['ls-remote', tp.origin, 'refs/heads/main'], tp.repo)).stdout.split('\t')[0]).toBe(await tp.git(['rev-parse', 'main']));
    // The repository's own pre-push hook still guards the main checkout.
    expect(readFileSync(log, 'utf8')).toMatch(/^pre-push origin refs\/heads\/main /m);
  });

  it('resume puts the hooks back into a worktree that lacks them', async () => {
    const dir = path.join(registry(), 'hooks', 'beta');
    const beta = path.join(tp.worktrees, 'beta');
    await git(['config', '--worktree', '--unset', 'core.hooksPath'], beta);
    expect(removePushHook(registry(), 'beta')).toBe(true);
    expect(existsSync(dir)).toBe(false);
    const r = await tp.orch(['resume', 'beta', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).repairs).toContain('installed the git hooks (pre-push lets only refs/heads/feature/beta through)');
    expect((await git(['config', 'core.hooksPath'], beta)).stdout).toBe(dir);
    expect((await git(['push', '--force', 'origin', 'HEAD:main'], beta)).stderr).toContain('refusing to update refs/heads/main on origin: only refs/heads/feature/beta');
    // A second resume has nothing to repair.
    expect(JSON.parse((await tp.orch(['resume', 'beta', '--json'])).stdout).repairs).toEqual([]);
  });

  it('chains to a relative core.hooksPath (husky style), resolved in the worktree like git does', async () => {
    await tp.git(['config', 'core.hooksPath', '.githooks']);
    try {
      const r = await tp.orch(['start', 'gamma', '--task', 'nothing', '--no-launch']);
      expect(r.code, r.stderr).toBe(0);
      const gamma = path.join(tp.worktrees, 'gamma');
      writeHook(path.join(gamma, '.git-hook-probe'), 'true');
      await execa('mkdir', ['-p', path.join(gamma, '.githooks')]);
      writeHook(path.join(gamma, '.githooks', 'commit-msg'), `echo "commit-msg in $(basename "$PWD")" >> '${log}'`);
      await git(['add', '.git-hook-probe', '.githooks'], gamma);
      const c = await git(['commit', '-q', '-m', 'probe'], gamma);
      expect(c.code, c.stderr).toBe(0);
      expect(readFileSync(log, 'utf8')).toMatch(/^commit-msg in gamma$/m);
      expect((await git(['push', 'origin', 'HEAD:main'], gamma)).stderr).toContain('only refs/heads/feature/gamma may be pushed');
    } finally {
      await tp.git(['config', '--unset', 'core.hooksPath']);
    }
  });
});
