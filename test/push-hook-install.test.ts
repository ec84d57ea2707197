// The hook installer on its own, against real git repositories in temp dirs: the repository shapes orch does not
// create itself (a bare repository with worktrees, a worktree others push into, a detached worktree).
import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { installPushHook, pushHookDir, removePushHook } from '../src/adapters/push-hook.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function git(args: string[], cwd: string) {
  const r = await execa('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd, reject: false });
  return { code: r.exitCode ?? 1, out: String(r.stdout).trim(), err: String(r.stderr) };
}

function tmp(): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-hook-')));
  roots.push(root);
  return root;
}

const input = (root: string, repoPath: string, worktree: string, name: string, branch: string | undefined) => ({
  repoPath,
  worktree,
  registryDir: path.join(root, 'registry'),
  name,
  branch,
  eventsFile: path.join(root, 'registry', 'events', `${name}.jsonl`),
});

describe('installPushHook', () => {
  it('keeps a bare repository bare: core.bare moves to the main worktree config, as git itself does', async () => {
    const root = tmp();
    await git(['init', '-q', '--bare', '-b', 'main', 'bare.git'], root);
    const bare = path.join(root, 'bare.git');
    await git(['worktree', 'add', '-q', '--orphan', '-b', 'main', path.join(root, 'main-wt')], bare).then(async (r) => {
      // git < 2.42 has no --orphan for worktree add: seed a commit through a temporary clone instead.
      if (r.code !== 0) {
        await git(['clone', '-q', bare, path.join(root, 'seed')], root);
        await git(['commit', '-q', '--allow-empty', '-m', 'seed'], path.join(root, 'seed'));
        await git(['push', '-q', 'origin', 'HEAD:main'], path.join(root, 'seed'));
        await git(['worktree', 'add', '-q', path.join(root, 'main-wt'), 'main'], bare);
      }
    });
    const main = path.join(root, 'main-wt');
    await git(['worktree', 'add', '-q', '-b', 'feature/a', path.join(root, 'a'), 'main'], bare);
    await installPushHook(input(root, main, path.join(root, 'a'), 'a', 'feature/a'));
    expect((await git(['rev-parse', '--is-bare-repository'], bare)).out).toBe('true');
    expect((await git(['rev-parse', '--is-bare-repository'], path.join(root, 'a'))).out).toBe('false');
    expect((await git(['status', '--porcelain'], main)).code).toBe(0);
    expect((await git(['config', 'core.hooksPath'], path.join(root, 'a'))).out).toBe(pushHookDir(path.join(root, 'registry'), 'a'));
    expect((await git(['config', 'core.hooksPath'], main)).code).toBe(1);
  });

  it("gives fresh worktrees the repository's wrappers as hard links to one shared copy; each pre-push is its own", async () => {
    const root = tmp();
    await git(['init', '-q', '-b', 'main', 'repo'], root);
    const repo = path.join(root, 'repo');
    await git(['commit', '-q', '--allow-empty', '-m', 'one'], repo);
    for (const n of ['a', 'b']) await git(['worktree', 'add', '-q', '-b', `feature/${n}`, path.join(root, n), 'main'], repo);
    for (const n of ['a', 'b']) await installPushHook({ ...input(root, repo, path.join(root, n), n, `feature/${n}`), fresh: true });
    const [a, b] = ['a', 'b'].map((n) => pushHookDir(path.join(root, 'registry'), n));
    expect(statSync(path.join(a!, 'pre-commit')).ino).toBe(statSync(path.join(b!, 'pre-commit')).ino);
    expect(statSync(path.join(a!, 'pre-commit')).mode & 0o111).not.toBe(0);
    expect(statSync(path.join(a!, 'pre-push')).ino).not.toBe(statSync(path.join(b!, 'pre-push')).ino);
    expect(readFileSync(path.join(a!, 'pre-push'), 'utf8')).toContain("own='refs/heads/feature/a'");
    // A wrapper that must change is replaced in that worker's folder only, never written through the shared copy.
    await git(['config', 'core.hooksPath', path.join(root, 'elsewhere')], repo);
    const shared = readFileSync(path.join(b!, 'pre-commit'), 'utf8');
    await installPushHook(input(root, repo, path.join(root, 'a'), 'a', 'feature/a'));
    expect(readFileSync(path.join(a!, 'pre-commit'), 'utf8')).toContain(path.join(root, 'elsewhere'));
    expect(readFileSync(path.join(b!, 'pre-commit'), 'utf8')).toBe(shared);
    // A commit in b still runs the repository's own pre-commit hook through the shared wrapper (the hooks folder
    // beside the registry: here the registry stands where the common git folder would).
    mkdirSync(path.join(root, 'hooks'));
    writeFileSync(path.join(root, 'hooks', 'pre-commit'), `#!/bin/sh\necho ran > ${JSON.stringify(path.join(root, 'ran'))}\n`, { mode: 0o755 });
    await git(['config', '--unset', 'core.hooksPath'], repo);
    expect((await git(['commit', '-q', '--allow-empty', '-m', 'two'], path.join(root, 'b'))).code).toBe(0);
    expect(existsSync(path.join(root, 'ran'))).toBe(true);
  });

  it('a detached worktree may push nothing at all', async () => {
    const root = tmp();
    await git(['init', '-q', '--bare', '-b', 'main', 'origin.git'], root);
    await git(['clone', '-q', path.join(root, 'origin.git'), 'repo'], root);
    const repo = path.join(root, 'repo');
    await git(['commit', '-q', '--allow-empty', '-m', 'one'], repo);
    await git(['push', '-q', 'origin', 'main'], repo);
    await git(['worktree', 'add', '-q', '--detach', path.join(root, 'rev'), 'main'], repo);
    await installPushHook(input(root, repo, path.join(root, 'rev'), 'reviewer', undefined));
    const r = await git(['push', 'origin', 'HEAD:refs/heads/anything'], path.join(root, 'rev'));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('refusing to update refs/heads/anything on origin: this worktree has no branch of its own, so nothing may be pushed from it');
    expect((await git(['ls-remote', '--heads', 'origin', 'anything'], repo)).out).toBe('');
  });

  it("keeps git's own update of a checkout that is pushed into (push-to-checkout), refusing a dirty one", async () => {
    const root = tmp();
    await git(['init', '-q', '-b', 'main', 'repo'], root);
    const repo = path.join(root, 'repo');
    await git(['commit', '-q', '--allow-empty', '-m', 'one'], repo);
    const wt = path.join(root, 'w');
    await git(['worktree', 'add', '-q', '-b', 'feature/w', wt, 'main'], repo);
    await installPushHook(input(root, repo, wt, 'w', 'feature/w'));
    await git(['config', 'receive.denyCurrentBranch', 'updateInstead'], repo);
    await git(['clone', '-q', '-b', 'feature/w', wt, path.join(root, 'other')], root);
    const other = path.join(root, 'other');
    writeFileSync(path.join(other, 'new.txt'), 'pushed in\n');
    await git(['add', 'new.txt'], other);
    await git(['commit', '-q', '-m', 'two'], other);
    const ok = await git(['push', 'origin', 'feature/w'], other);
    expect(ok.code, ok.err).toBe(0);
    expect(readFileSync(path.join(wt, 'new.txt'), 'utf8')).toBe('pushed in\n');
    writeFileSync(path.join(wt, 'new.txt'), 'local edit\n');
    writeFileSync(path.join(other, 'new.txt'), 'second\n');
    await git(['commit', '-q', '-am', 'three'], other);
    const refused = await git(['push', 'origin', 'feature/w'], other);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('Working directory has unstaged changes');
    expect(readFileSync(path.join(wt, 'new.txt'), 'utf8')).toBe('local edit\n');
  });

  it('is idempotent, and removePushHook deletes only that worker\'s folder', async () => {
    const root = tmp();
    await git(['init', '-q', '-b', 'main', 'repo'], root);
    const repo = path.join(root, 'repo');
    await git(['commit', '-q', '--allow-empty', '-m', 'one'], repo);
    await git(['worktree', 'add', '-q', '-b', 'feature/x', path.join(root, 'x'), 'main'], repo);
    const i = input(root, repo, path.join(root, 'x'), 'x', 'feature/x');
    expect((await installPushHook(i)).changed).toBe(true);
    expect((await installPushHook(i)).changed).toBe(false);
    expect(removePushHook(i.registryDir, 'x')).toBe(true);
    expect(existsSync(pushHookDir(i.registryDir, 'x'))).toBe(false);
    expect(existsSync(i.registryDir)).toBe(true);
    expect(() => removePushHook(i.registryDir, '..')).toThrow(/not a worker name/);
  });
});
