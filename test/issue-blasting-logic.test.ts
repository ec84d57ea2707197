import { describe, expect, it } from 'vitest';
import { ciRollup, closedIssues, prState, reviewDecision } from '../src/core/pull-requests.js';
import { leftoverCommitMessage, oneLine, pullRequestBody } from '../src/core/pr-text.js';
import { issueBranch, issueWorkerName, nameProblem, slugify } from '../src/core/naming.js';
import { displayTitle } from '../src/cli/start-issues.js';

describe('issue slugs (titles are untrusted)', () => {
  const long = 'word '.repeat(40);
  it.each([
    ['Fix the login button', 'fix-the-login-button'],
    ['Ünïcödé façade naïve', 'n-c-d-fa-ade-na-ve'],
    ['🚀 Launch 🚀 rocket', 'launch-rocket'],
    ['!!! ??? ***', 'task'],
    ['', 'task'],
    ['日本語のタイトル', 'task'],
    ['$(rm -rf ~)', 'rm-rf'],
    ['`touch /tmp/x`; echo $HOME && reboot', 'touch-tmp-x-echo-home-reboot'],
    ['a'.repeat(200), 'a'.repeat(40)],
    [long, 'word-word-word-word-word-word-word-word'],
    ['x'.repeat(39) + ' y', 'x'.repeat(39)],
    ['--leading and trailing--', 'leading-and-trailing'],
    ['Tab\there\nnewline\u0007bell', 'tab-here-newline-bell'],
  ])('%j -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(issueWorkerName(7, title)).toBe(`fix-7-${slug}`);
    expect(issueBranch(7, title)).toBe(`fix/7-${slug}`);
    expect(nameProblem(issueWorkerName(7, title))).toBeUndefined();
  });

  it('keeps terminal escapes out of the table', () => {
    expect(displayTitle('evil\u001b[2J\u001b]0;pwned\u0007 title')).toBe('evil [2J ]0;pwned  title');
    expect(displayTitle('x'.repeat(80), 20)).toBe(`${'x'.repeat(17)}...`);
  });
});

describe('pull request facts', () => {
  it.each([
    [{ state: 'open', merged: false, draft: false }, 'OPEN'],
    [{ state: 'open', merged: false, draft: true }, 'DRAFT'],
    [{ state: 'closed', merged: true, draft: false }, 'MERGED'],
    [{ state: 'closed', merged: false, draft: false }, 'CLOSED'],
  ] as const)('state %j -> %s', (p, s) => expect(prState(p)).toBe(s));

  const run = (name: string, status: string, conclusion: string | null) => ({ name, status, conclusion, url: `https://ci/${name}` });
  const st = (context: string, state: string) => ({ context, state, url: null });
  it.each([
    ['nothing', [], [], 'none', []],
    ['all green', [run('build', 'completed', 'success'), run('lint', 'completed', 'skipped')], [st('ci', 'success')], 'PASSING', []],
    ['a running check', [run('build', 'in_progress', null)], [st('ci', 'success')], 'PENDING', []],
    ['a pending status', [run('build', 'completed', 'success')], [st('ci', 'pending')], 'PENDING', []],
    ['failure wins over pending', [run('test', 'completed', 'failure'), run('b', 'queued', null)], [], 'FAILING', ['test']],
    ['timed out and status error', [run('e2e', 'completed', 'timed_out')], [st('deploy', 'error')], 'FAILING', ['e2e', 'deploy']],
    ['newest status per context counts', [], [st('ci', 'success'), st('ci', 'failure')], 'PASSING', []],
  ])('CI: %s', (_, runs, statuses, ci, failing) => {
    const r = ciRollup(runs, statuses);
    expect(r.ci).toBe(ci);
    expect(r.failing.map((f) => f.name)).toEqual(failing);
  });

  const rv = (author: string, state: string, at: string) => ({ author, state, submittedAt: `2025-01-0${at}T00:00:00Z` });
  it.each([
    ['no reviews', [], 0, 'none'],
    ['requested, none yet', [], 1, 'REVIEW_REQUIRED'],
    ['comment only', [rv('a', 'COMMENTED', '1')], 0, 'none'],
    ['approved', [rv('a', 'APPROVED', '1')], 0, 'APPROVED'],
    ['changes then approved by the same person', [rv('a', 'CHANGES_REQUESTED', '1'), rv('a', 'APPROVED', '2')], 0, 'APPROVED'],
    ['one approves, another blocks', [rv('a', 'APPROVED', '1'), rv('b', 'CHANGES_REQUESTED', '2')], 0, 'CHANGES_REQUESTED'],
    ['a later comment does not undo a block', [rv('a', 'CHANGES_REQUESTED', '1'), rv('a', 'COMMENTED', '2')], 0, 'CHANGES_REQUESTED'],
  ])('review: %s', (_, reviews, requested, decision) => expect(reviewDecision(reviews, requested)).toBe(decision));

  it.each([
    ['Closes #12', [12]],
    ['fixes: #3 and resolves #4, closed #3', [3, 4]],
    ['see #5, closes#6, Closes #70x', []],
    ['FIXED #9', [9]],
    [null, []],
  ])('closing keywords in %j', (body, n) => expect(closedIssues(body)).toEqual(n));
});

describe('finish texts', () => {
  it('commit messages: fix for issues, feat for tasks, one clean line', () => {
    expect(leftoverCommitMessage('issue', 'fix-3-x', 'Crash on\nsave\u001b[31m')).toMatch(/^fix\(fix-3-x\): Crash on save \[31m\n\nLeftover/);
    expect(leftoverCommitMessage('task', 'add-login', undefined).split('\n')[0]).toBe('feat(add-login): finish the work');
    expect(leftoverCommitMessage('issue', 'fix-3-x', 'y'.repeat(200)).split('\n')[0]!.length).toBeLessThanOrEqual(72);
    expect(oneLine('  a \t b  ', 10)).toBe('a b');
  });

  it('PR body: commits, tests, Closes #n', () => {
    const body = pullRequestBody({ name: 'fix-3-x', commits: [{ sha: 'abcdef1234', subject: 'fix it' }], tests: { status: 'passed', commands: [{ name: 'repo', cmd: 'npm test', ms: 1500 }] }, issue: 3 });
    expect(body).toContain('- fix it (abcdef1)');
    expect(body).toContain('`npm test` passed (1.5s)');
    expect(body).toContain('\n\nCloses #3\n\n');
    expect(pullRequestBody({ name: 't', commits: [], tests: { status: 'skipped', commands: [] }, issue: undefined })).not.toContain('Closes');
  });
});
