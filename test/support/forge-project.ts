// A test project wired to the GitHub emulator: the emulator reads branch heads from the bare origin,
// orch gets the emulator's token and short retry waits, and every emulator a test file starts is checked
// at the end of the file: no merge request ever reached it, and no request broke the official description.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import { execa } from 'execa';
import { startGitHubEmulator, type GitHubEmulator } from './github-emulator.js';
import { makeTestProject, ORCH_BIN, type TestProject, type TestProjectOptions } from './project.js';

export interface ForgeProject { tp: TestProject; gh: GitHubEmulator }

/** Environment that keeps a developer's own `gh` login out of tests. */
export const NO_GH = { ORCH_GH_BIN: '/nonexistent/orch-test-gh' };

/** Registers the file-level guards and returns a factory; projects and emulators are cleaned up after each test. */
export function useForgeProjects() {
  const all: GitHubEmulator[] = [];
  const open: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of open.splice(0)) await close().catch(() => undefined);
  });
  afterAll(() => {
    // The never-merge rule, over all GitHub traffic of this file.
    expect(all.reduce((n, g) => n + g.mergeAttempts(), 0)).toBe(0);
    expect(all.flatMap((g) => g.violations)).toEqual([]);
  });
  return async function make(opts: TestProjectOptions = {}): Promise<ForgeProject> {
    let origin = '';
    const gh = await startGitHubEmulator({ headShas: (branch) => (origin ? originSha(origin, branch) : undefined) });
    all.push(gh);
    const tp = await makeTestProject({
      ...opts,
      workerEnv: { GITHUB_TOKEN: gh.token, ...NO_GH, ...(opts.workerEnv ?? {}) },
      config: { githubRepo: `${gh.owner}/${gh.repo}`, githubApiUrl: gh.url, maxWorkers: 20, ...(opts.config ?? {}) },
    });
    origin = tp.origin;
    Object.assign(tp.env, { GITHUB_TOKEN: gh.token, ORCH_GITHUB_RETRY_BASE_MS: '10', ...NO_GH });
    open.push(async () => {
      await tp.cleanup();
      await gh.close();
    });
    return { tp, gh };
  };
}

export function originSha(origin: string, branch: string): string | undefined {
  try {
    return execFileSync('git', ['--git-dir', origin, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a human's "Squash and merge" on github.com does to the repository: one new commit on main with the
 * branch's combined changes. Built with plumbing (merge-tree + commit-tree), so no merge command runs.
 */
export async function squashMergeOnOrigin(tp: TestProject, branch: string, message: string, opts: { deleteBranch?: boolean } = {}): Promise<string> {
  const g = async (args: string[]) => String((await execa('git', ['--git-dir', tp.origin, '-c', 'user.name=Reviewer', '-c', 'user.email=reviewer@example.invalid', ...args])).stdout).trim();
  const tree = (await g(['merge-tree', '--write-tree', 'refs/heads/main', `refs/heads/${branch}`])).split('\n')[0]!;
  const commit = await g(['commit-tree', tree, '-p', 'refs/heads/main', '-m', message]);
  await g(['update-ref', 'refs/heads/main', commit]);
  if (opts.deleteBranch) await g(['update-ref', '-d', `refs/heads/${branch}`]);
  return commit;
}

/** Parses the one JSON document a `--json` command prints. */
export function json<T = any>(stdout: string): T {
  return JSON.parse(stdout) as T;
}

export function worktreeNames(tp: TestProject): string[] {
  try {
    return readdirSync(tp.worktrees).sort();
  } catch {
    return [];
  }
}

/** Starts orch without waiting for it (to interrupt it), with the same environment tp.orch uses. */
export function spawnOrch(tp: TestProject, args: string[]) {
  const env = { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined, ...tp.env };
  return execa(process.execPath, [ORCH_BIN, ...args], { cwd: tp.repo, env, extendEnv: false, reject: false });
}

export const fileIn = (dir: string, ...p: string[]) => path.join(dir, ...p);
