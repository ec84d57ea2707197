// The writes on dispatch's and finish's hot paths (fetch, worktree add, push, a worktree's hooks path) run through
// orch's resident shell, or simple-git where no shell can be kept; either way the same result, and an operand that
// would read as an option is refused, never passed to git. Real repositories with a bare origin.
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useEnvVar } from './support/env-var.js';
import * as git from '../src/adapters/git.js';

const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-gw-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sh = (args: string[], cwd: string) => {
  const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

describe.each([['the resident shell', undefined], ['simple-git', '0']])('git writes through %s', (label, spawner) => {
  useEnvVar('ORCH_SPAWNER', spawner);

  it('fetch, worktree add, hooks path and push do what git does', async () => {
    const dir = path.join(root, label.replace(/\W/g, '-'));
    sh(['init', '-q', '--bare', '-b', 'main', path.join(dir, 'origin.git')], root);
    sh(['clone', '-q', path.join(dir, 'origin.git'), path.join(dir, 'repo')], root);
    const repo = path.join(dir, 'repo');
    sh(['commit', '-q', '--allow-empty', '-m', 'one'], repo);
    sh(['push', '-q', 'origin', 'HEAD:main'], repo);
    await git.fetch(repo, 'origin', 'main');
    expect(sh(['rev-parse', 'origin/main'], repo)).toBe(sh(['rev-parse', 'HEAD'], repo));
    const wt = path.join(dir, 'wt');
    await git.addWorktree(repo, wt, 'feature/a', 'origin/main');
    expect(sh(['symbolic-ref', '--short', 'HEAD'], wt)).toBe('feature/a');
    sh(['config', 'extensions.worktreeConfig', 'true'], repo);
    await git.setWorktreeHooksPath(wt, path.join(dir, 'hooks dir'));
    expect(sh(['config', '--worktree', 'core.hooksPath'], wt)).toBe(path.join(dir, 'hooks dir'));
    sh(['commit', '-q', '--allow-empty', '-m', 'two'], wt);
    await git.gitWrite(wt, ['push', '--quiet', '-u', 'origin'], ['refs/heads/feature/a:refs/heads/feature/a']);
    expect(sh(['ls-remote', 'origin', 'refs/heads/feature/a'], repo).split('\t')[0]).toBe(sh(['rev-parse', 'HEAD'], wt));
    // A failure says what failed and where, with git's own first line.
    await expect(git.fetch(repo, 'origin', 'no-such-branch')).rejects.toThrow(/^git fetch --quiet origin failed in .*: fatal: couldn't find remote ref no-such-branch/);
  });

  it('refuses an operand that would read as an option; git never sees it', async () => {
    const repo = path.join(root, `${label.replace(/\W/g, '-')}-x`);
    sh(['init', '-q', '-b', 'main', repo], root);
    const marker = path.join(root, `pwned-${label.replace(/\W/g, '-')}`);
    await expect(git.fetch(repo, `--upload-pack=touch ${marker}`, 'main')).rejects.toThrow(/would read as an option/);
    await expect(git.addWorktree(repo, path.join(repo, 'x'), '-D', 'main')).rejects.toThrow(/would read as an option/);
    await expect(git.gitWrite(repo, ['push', 'origin'], ['--exec=touch ' + marker])).rejects.toThrow(/would read as an option/);
    expect(existsSync(marker)).toBe(false);
  });
});
