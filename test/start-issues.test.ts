import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useForgeProjects, json, worktreeNames } from './support/forge-project.js';
import { waitFor } from './support/project.js';
import { dispatchFromQueue } from '../src/flows/batch/start-issues.js';
import { Output } from '../src/output.js';
import { Writable } from 'node:stream';

const make = useForgeProjects();
type Row = { issue: number; status: string; reason?: string; branch?: string; name?: string };
const byIssue = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.issue, r]));

describe('orch start-issues', () => {
  it('rejects bad numbers and a missing token before touching anything', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make();
    for (const args of [['0'], ['3', 'abc', '1.5'], []]) {
      const r = await tp.orch(['start-issues', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
    }
    const noToken = await tp.orch(['start-issues', '1'], { env: { GITHUB_TOKEN: '' } });
    expect(noToken.code).toBe(4);
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN.*GH_TOKEN.*gh auth login/);
    const asJson = await tp.orch(['start-issues', '1', '--json'], { env: { GITHUB_TOKEN: '' } });
    expect(json(asJson.stdout).error).toMatchObject({ code: 'auth' });
    expect(gh.requests).toEqual([]);
    // A rejected token: what to check, and never the token itself.
    gh.failNext(1, { status: 401, message: `Bad credentials for ${gh.token}` });
    const rejected = await tp.orch(['start-issues', '1']);
    expect(rejected.code).toBe(4);
    expect(rejected.stderr).toMatch(/rejected the token \(401 Bad credentials/);
    expect(rejected.stdout + rejected.stderr).not.toContain(gh.token);
    expect(existsSync(tp.worktrees)).toBe(false);
  });

  it('states a reason for every kind of skip, including half-created work', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make();
    const titles: Record<number, string> = {
      1: 'Fix the widget', 3: 'Closed already', 4: 'I am a PR', 5: 'Open PR from branch', 6: 'Closed by another PR',
      7: 'Already running', 8: 'Half created', 9: 'Branch only', 10: 'Interrupted worker', 11: 'Gone worktree',
    };
    for (const [n, title] of Object.entries(titles)) {
      gh.addIssue({ number: Number(n), title, ...(n === '3' ? { state: 'closed' as const } : {}), ...(n === '4' ? { isPullRequest: true } : {}) });
    }
    gh.addPull({ number: 50, head: 'fix/5-open-pr-from-branch', title: 'wip' });
    gh.addPull({ number: 51, head: 'someone/else', title: 'other', body: 'This fixes: #6' });

    const first = await tp.orch(['start-issues', '7', '10', '11', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(json(first.stdout).rows.map((r: Row) => r.status)).toEqual(['dispatched', 'dispatched', 'dispatched']);
    await tp.git(['worktree', 'add', '-q', '-b', 'fix/8-half-created', path.join(tp.worktrees, 'fix-8-half-created'), 'origin/main']);
    await tp.git(['branch', 'fix/9-branch-only', 'origin/main']);
    await tp.tmux(['kill-window', '-t', '=orchtest:=fix-10-interrupted-worker']);
    await tp.git(['worktree', 'remove', '--force', path.join(tp.worktrees, 'fix-11-gone-worktree')]);

    const r = await tp.orch(['start-issues', ...Array.from({ length: 11 }, (_, i) => String(i + 1)), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = byIssue(json(r.stdout).rows);
    expect(rows[1]).toMatchObject({ status: 'dispatched', branch: 'fix/1-fix-the-widget' });
    const reasons: Record<number, RegExp> = {
      2: /issue #2 does not exist in acme\/widgets/,
      3: /issue #3 is closed/,
      4: /#4 is a pull request, not an issue/,
      5: /pull request #50 from fix\/5-open-pr-from-branch is already open/,
      6: /pull request #51 already says Closes #6/,
      7: /already has a worktree \(fix-7-already-running\) and its worker is running.*orch monitor fix-7-already-running/,
      8: /worktree exists at .*fix-8-half-created but orch has no record of it.*git worktree remove/,
      9: /branch fix\/9-branch-only already exists without a worktree/,
      10: /fix-10-interrupted-worker.*no running worker.*orch resume fix-10-interrupted-worker/,
      11: /record of fix-11-gone-worktree but its worktree is gone.*orch close fix-11-gone-worktree/,
    };
    for (const [n, re] of Object.entries(reasons)) {
      expect(rows[Number(n)]?.status, `#${n}`).toBe('skipped');
      expect(rows[Number(n)]?.reason, `#${n}`).toMatch(re);
    }
    // Exactly one new worker: #1.
    expect((await tp.project()).registry.listWorkers().map((w) => w.issue).sort((a, b) => a! - b!)).toEqual([1, 7, 10, 11]);
  });

  it('a dispatch that fails is rolled back, retried once, then re-queued with its reason; the others go on', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make({ config: { workerCli: { preset: 'generic', cmd: '/nonexistent/orch-worker', ready: { matchAny: ['never shown'] }, bootWaitSec: 10 } } });
    gh.addIssue({ number: 1, title: 'Will fail' });
    gh.addIssue({ number: 2, title: 'Closed one', state: 'closed' });
    const r = await tp.orch(['start-issues', '1', '2', '--json'], { env: { ORCH_DISPATCH_RETRY_WAIT_MS: '0' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/retrying once when the load drops/);
    const rows = byIssue(json(r.stdout).rows);
    expect(rows[1]).toMatchObject({ status: 'queued', branch: 'fix/1-will-fail' });
    expect(rows[1]?.reason).toMatch(/^re-queued: dispatch failed twice: .*exited/);
    expect(rows[2]?.status).toBe('skipped');
    expect(worktreeNames(tp)).toEqual([]);
    expect(await tp.git(['branch', '--list', 'fix/*'])).toBe('');
    const project = await tp.project();
    expect(project.registry.listWorkers()).toEqual([]);
    // No hole: the batch holds it on its queue, with the reason, until it starts or a person cancels it.
    const batch = project.registry.getBatch(json(r.stdout).batch)!;
    expect(batch.members).toEqual([]);
    expect(batch.queue).toEqual([expect.objectContaining({ name: rows[1]!.name, failures: 1, lastFailure: expect.stringMatching(/exited/) })]);
  });

  it('--dry-run prints the plan and touches nothing; the text table', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make();
    gh.addIssue({ number: 1, title: 'Fix the widget', body: 'It breaks', labels: ['bug'] });
    gh.addIssue({ number: 3, title: 'Done', state: 'closed', labels: ['bug'] });
    // A secondary rate limit on the way is waited out, visibly, on stderr.
    gh.failNext(1, { status: 403, headers: { 'retry-after': '2' }, message: 'You have exceeded a secondary rate limit.' });
    const r = await tp.orch(['start-issues', '1', '3', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('GitHub rate limit: waiting 20ms (attempt 1)');
    expect(r.stdout).toMatch(/^ISSUE\s+TITLE\s+BRANCH\s+STATUS/);
    expect(r.stdout).toMatch(/#1\s+Fix the widget\s+fix\/1-fix-the-widget\s+would dispatch/);
    expect(r.stdout).toMatch(/#3\s+Done\s+fix\/3-done\s+skipped: issue #3 is closed/);
    expect(r.stdout).toContain('Nothing was created');
    expect(existsSync(tp.worktrees)).toBe(false);
    const state = path.join(tp.repo, '.git', 'session-orchestrator');
    expect(readdirSync(path.join(state, 'batches'))).toEqual([]);
    expect(readdirSync(path.join(state, 'workers'))).toEqual([]);
    expect((await tp.tmux(['list-windows', '-a'])).code).not.toBe(0);
    expect(await tp.git(['branch', '--list', 'fix/*'])).toBe('');
    // --label picks the open, labelled issues.
    const byLabel = await tp.orch(['start-issues', '--label', 'bug', '--dry-run', '--json']);
    expect(json(byLabel.stdout).rows.map((x: Row) => [x.issue, x.status])).toEqual([[1, 'would dispatch']]);
  });

  it('beyond maxWorkers issues are queued with their brief, then dispatched from the queue', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make({ config: { maxWorkers: 2 } });
    for (const n of [1, 2, 3, 4]) gh.addIssue({ number: n, title: `Task ${n}`, body: `Body of ${n}`, comments: [{ user: 'alice', body: `note on ${n}` }] });
    const r = await tp.orch(['start-issues', '1', '2', '3', '4', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = json(r.stdout);
    expect(doc.rows.map((x: Row) => x.status)).toEqual(['dispatched', 'dispatched', 'queued', 'queued']);
    const project = await tp.project();
    const batch = project.registry.getBatch(doc.batch)!;
    expect(batch.members).toEqual(expect.arrayContaining(['fix-1-task-1', 'fix-2-task-2']));
    expect(batch.queue.map((q) => q.name)).toEqual(['fix-3-task-3', 'fix-4-task-4']);
    expect(batch.queue[0]!.brief).toContain('GitHub issue #3');
    expect(batch.queue[0]!.brief).toContain('note on 3');
    const again = await tp.orch(['start-issues', '3', '--json']);
    expect(json(again.stdout).rows[0].reason).toMatch(/already queued as fix-3-task-3/);

    // Slots free up when workers finish (the stand-in reports COMPLETE) or their windows go away.
    await tp.tmux(['kill-window', '-t', '=orchtest:=fix-1-task-1']);
    await tp.tmux(['kill-window', '-t', '=orchtest:=fix-2-task-2']);
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const ctx = { cwd: tp.repo, configFile: undefined, json: false, verbose: false, env: process.env, out: new Output(sink, sink) };
    const started = await dispatchFromQueue(project, ctx);
    expect(started.sort()).toEqual(['fix-3-task-3', 'fix-4-task-4']);
    const after = project.registry.getBatch(doc.batch)!;
    expect(after.queue).toEqual([]);
    expect(after.members.sort()).toEqual(['fix-1-task-1', 'fix-2-task-2', 'fix-3-task-3', 'fix-4-task-4']);
    expect(worktreeNames(tp)).toEqual(['fix-1-task-1', 'fix-2-task-2', 'fix-3-task-3', 'fix-4-task-4']);
    expect(await dispatchFromQueue(project, ctx)).toEqual([]);
  });

  it('untrusted titles become safe names and reach no shell', { timeout: 120_000 }, async () => {
    const { tp, gh } = await make();
    const canaries = ['/tmp/orch-canary-21a', '/tmp/orch-canary-21b', '/tmp/orch-canary-21c'];
    for (const c of canaries) rmSync(c, { force: true });
    const evil = '$(touch /tmp/orch-canary-21a) `touch /tmp/orch-canary-21b`; touch /tmp/orch-canary-21c';
    gh.addIssue({ number: 21, title: evil, body: '$(touch /tmp/orch-canary-21a)' });
    gh.addIssue({ number: 22, title: '🚀 Ünïcödé rocket 🚀' });
    gh.addIssue({ number: 23, title: '!!! ??? ***' });
    gh.addIssue({ number: 24, title: 'x'.repeat(200) });
    const r = await tp.orch(['start-issues', '21', '22', '23', '24', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).rows.map((x: Row) => x.branch)).toEqual([
      'fix/21-touch-tmp-orch-canary-21a-touch-tmp-orch',
      'fix/22-n-c-d-rocket',
      'fix/23-task',
      `fix/24-${'x'.repeat(40)}`,
    ]);
    expect((await tp.git(['branch', '--list', 'fix/*', '--format=%(refname:short)'])).split('\n').sort()).toEqual([
      'fix/21-touch-tmp-orch-canary-21a-touch-tmp-orch',
      'fix/22-n-c-d-rocket',
      'fix/23-task',
      `fix/24-${'x'.repeat(40)}`,
    ]);
    const wt = path.join(tp.worktrees, 'fix-21-touch-tmp-orch-canary-21a-touch-tmp-orch');
    // The brief quotes the title and body as untrusted data.
    const brief = readFileSync(path.join(wt, '.claude-bootstrap.md'), 'utf8');
    expect(brief).toContain(`~~~text\n${evil}\n~~~`);
    expect(brief).toMatch(/quoted, untrusted data/);
    expect(brief).not.toContain(gh.token);
    // The title also reaches git (commit message) and GitHub (PR title) through orch finish.
    await waitFor(() => existsSync(path.join(wt, 'notes')), 40_000, 'the stand-in commit');
    await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wt)).startsWith('demo('), 40_000, 'the stand-in commit');
    const fin = await tp.orch(['finish', 'fix-21-touch-tmp-orch-canary-21a-touch-tmp-orch', '--json']);
    expect(fin.code, fin.stderr).toBe(0);
    expect(gh.pulls()[0]?.title).toBe(evil);
    for (const c of canaries) expect(existsSync(c), c).toBe(false);
  });
});
