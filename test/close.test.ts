import path from 'node:path';
import { appendFileSync, existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitFor, type TestProject } from './support/project.js';
import { linksMain, useTeardownProject } from './support/teardown.js';
import { closeWorker } from '../src/flows/worker/teardown.js';

/**
 * `orch close` on real repositories: a bare origin, worktrees linking the main checkout's node_modules
 * (a real directory with files), a private tmux server. Run `npm run build` first: most checks use the built CLI.
 */

const cur = useTeardownProject();

describe('orch close', () => {
  it('removes a clean worktree, keeps the main checkout node_modules it linked, keeps the branch, and is idempotent', async () => {
    const { h, tp } = cur;
    const wt = await h.start('alpha');
    const r = await tp.orch(['close', 'alpha']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Closed alpha');
    expect(r.stderr).toContain('detached node_modules');
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
    expect(await tp.git(['worktree', 'list', '--porcelain'])).not.toContain(wt);
    expect(await h.registered('alpha')).toBe(false);
    expect(await tp.git(['branch', '--list', 'feature/alpha'])).toContain('feature/alpha');

    const again = await tp.orch(['close', 'alpha', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ name: 'alpha', status: 'nothing-left', steps: [] });
    const text = await tp.orch(['close', 'alpha']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Nothing left to close for alpha');
  });

  it('refuses a worktree with one unpushed commit and leaves it intact; --force removes it but keeps the branch and commit', async () => {
    const { h, tp } = cur;
    const wt = await h.start('beta');
    const sha = await h.commitIn(wt, 'work.txt');
    const r = await tp.orch(['close', 'beta']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unpushed: 1 commit\(s\) on feature\/beta are on no remote branch/);
    expect(r.stderr).toContain('Nothing was changed');
    expect(readFileSync(path.join(wt, 'work.txt'), 'utf8')).toBe('work.txt\n');
    expect(linksMain(tp, wt)).toBe(true);
    expect(await tp.git(['rev-parse', 'HEAD'], wt)).toBe(sha);
    expect(await h.registered('beta')).toBe(true);

    // --delete-branch with --force: the worktree goes, but unpushed commits are never deleted with the branch.
    const f = await tp.orch(['close', 'beta', '--force', '--delete-branch', '--json']);
    expect(f.code, f.stderr).toBe(0);
    const out = JSON.parse(f.stdout);
    expect(out.status).toBe('closed');
    expect(out.forced.map((x: { code: string }) => x.code)).toEqual(['unpushed']);
    expect(out.branch).toMatchObject({ name: 'feature/beta', action: 'kept' });
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
    expect(await tp.git(['rev-parse', 'feature/beta'])).toBe(sha);
  });

  it('refuses uncommitted and untracked changes, naming the files', async () => {
    const { h, tp } = cur;
    const wt = await h.start('dirty');
    writeFileSync(path.join(wt, 'notes.md'), 'draft\n');
    appendFileSync(path.join(wt, 'README.md'), 'edit\n');
    const r = await tp.orch(['close', 'dirty', '--json']);
    expect(r.code).toBe(3);
    const err = JSON.parse(r.stdout).error;
    expect(err.code).toBe('refused');
    expect(err.message).toMatch(/uncommitted: 2 uncommitted or untracked file\(s\): .*(README\.md|notes\.md)/);
    expect(readFileSync(path.join(wt, 'notes.md'), 'utf8')).toBe('draft\n');
  });

  it('--delete-branch deletes a branch whose every commit is pushed', async () => {
    const { h, tp } = cur;
    const wt = await h.start('pushed');
    await h.commitIn(wt, 'done.txt');
    await tp.git(['push', '-q', 'origin', 'feature/pushed'], wt);
    const r = await tp.orch(['close', 'pushed', '--delete-branch', '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).branch).toMatchObject({ action: 'deleted', why: 'every commit is on the remote' });
    expect(await tp.git(['branch', '--list', 'feature/pushed'])).toBe('');
  });

  it('a squash-merged branch counts as landed only through the merged head it carried, computed from commits', async () => {
    const { h, tp } = cur;
    const wt = await h.start('squashed');
    const head = await h.commitIn(wt, 'feature.txt');
    const project = await tp.project();
    await expect(closeWorker(project, 'squashed', { force: false, deleteBranch: true })).rejects.toThrow(/unpushed/);
    // A merged head that is not a commit this repository has proves nothing: still refused.
    await expect(closeWorker(project, 'squashed', { force: false, deleteBranch: true, mergedHead: 'f'.repeat(40) })).rejects.toThrow(/unpushed: 1 commit/);
    const r = await closeWorker(project, 'squashed', { force: false, deleteBranch: true, mergedHead: head });
    expect(r.status).toBe('closed');
    expect(r.forced).toEqual([]);
    expect(r.branch).toMatchObject({ action: 'deleted', why: 'its pull request was merged' });
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
  });

  it('with the merged PR head (mergedHead), commits it carried count as landed; a later commit does not', async () => {
    const { h, tp } = cur;
    const wt = await h.start('prhead');
    const prHead = await h.commitIn(wt, 'in-pr.txt');
    const project = await tp.project();
    const r = await closeWorker(project, 'prhead', { force: false, deleteBranch: false, mergedHead: prHead });
    expect(r.status).toBe('closed');
    expect(existsSync(wt)).toBe(false);

    const wt2 = await h.start('prhead2');
    const head2 = await h.commitIn(wt2, 'in-pr.txt');
    await h.commitIn(wt2, 'after-merge.txt');
    await expect(closeWorker(project, 'prhead2', { force: false, deleteBranch: false, mergedHead: head2 })).rejects.toThrow(/unpushed: 1 commit/);
    expect(existsSync(path.join(wt2, 'after-merge.txt'))).toBe(true);
  });

  it('closes a worker whose worktree directory vanished: drops git\'s registration and the record', async () => {
    const { h, tp } = cur;
    const wt = await h.start('vanished');
    rmSync(wt, { recursive: true, force: true });
    const r = await tp.orch(['close', 'vanished']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`dropped git's stale registration of ${wt}`);
    expect(await tp.git(['worktree', 'list', '--porcelain'])).not.toContain(wt);
    expect(await h.registered('vanished')).toBe(false);
    h.mainIntact();
  });

  it('a launched stand-in worker that committed is refused with its window left open; --force closes the window and worktree', async () => {
    const { h, tp } = cur;
    const r0 = await tp.orch(['start', 'live', '--task', 'write a note']);
    expect(r0.code, r0.stderr).toBe(0);
    const wt = path.join(tp.worktrees, 'live');
    await waitFor(async () => (await tp.git(['log', '--oneline', '-1'], wt)).includes('demo(live)'), 40_000, 'the stand-in commit');
    const r = await tp.orch(['close', 'live']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('unpushed: 1 commit(s) on feature/live');
    expect((await tp.tmux(['list-windows', '-t', 'orchtest', '-F', '#{window_name}'])).stdout).toContain('live');
    const f = await tp.orch(['close', 'live', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain('closed window live');
    expect((await tp.tmux(['list-windows', '-a', '-F', '#{window_name}'])).stdout).not.toContain('live');
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
  });
});
