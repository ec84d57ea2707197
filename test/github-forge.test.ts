import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openForge, type Forge } from '../src/adapters/github.js';
import { resolveGithubToken } from '../src/adapters/github-token.js';
import { OrchError } from '../src/errors.js';
import { startGitHubEmulator, type GitHubEmulator } from './support/github-emulator.js';
import { NO_GH } from './support/forge-project.js';
import { REPO_ROOT } from './support/project.js';

const all: GitHubEmulator[] = [];
let gh: GitHubEmulator;
let forge: Forge;
let lines: string[];
const SHAS: Record<string, string> = { main: 'a'.repeat(40), 'fix/1-widget': 'b'.repeat(40), 'fix/2-other': 'c'.repeat(40) };

beforeEach(async () => {
  gh = await startGitHubEmulator({ headShas: (b) => SHAS[b] });
  all.push(gh);
  lines = [];
  forge = await openForge({ githubRepo: 'acme/widgets', githubApiUrl: gh.url }, { GITHUB_TOKEN: gh.token, ORCH_GITHUB_RETRY_BASE_MS: '10', ...NO_GH }, (l) => lines.push(l));
});
afterEach(() => gh.close());
afterAll(() => {
  expect(all.reduce((n, g) => n + g.mergeAttempts(), 0)).toBe(0);
  expect(all.flatMap((g) => g.violations)).toEqual([]);
});

async function failure(p: Promise<unknown>): Promise<OrchError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(OrchError);
  return e as OrchError;
}

describe('token', () => {
  const api = 'https://api.github.com';
  it('GITHUB_TOKEN, then GH_TOKEN, then gh auth token', async () => {
    expect(await resolveGithubToken({ GITHUB_TOKEN: 'ghp_one', GH_TOKEN: 'ghp_two', ...NO_GH }, api)).toEqual({ token: 'ghp_one', source: 'GITHUB_TOKEN' });
    expect(await resolveGithubToken({ GH_TOKEN: 'ghp_two', ...NO_GH }, api)).toEqual({ token: 'ghp_two', source: 'GH_TOKEN' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-gh-'));
    const fake = path.join(dir, 'gh');
    // A stand-in gh that answers `gh auth token --hostname <host>` like the real one.
    writeFileSync(fake, '#!/bin/sh\n[ "$1 $2 $3 $4" = "auth token --hostname ghe.example.com" ] && echo gho_fromGhCli000 && exit 0\nexit 1\n');
    chmodSync(fake, 0o755);
    try {
      expect(await resolveGithubToken({ ORCH_GH_BIN: fake }, 'https://ghe.example.com/api/v3')).toEqual({ token: 'gho_fromGhCli000', source: 'gh auth token' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('none: an auth error (exit 4) naming the three ways', async () => {
    const e = await failure(resolveGithubToken({ ...NO_GH }, api));
    expect(e.exitCode).toBe(4);
    expect(e.message).toContain('GITHUB_TOKEN');
    expect(e.message).toContain('GH_TOKEN');
    expect(e.message).toContain('gh auth login');
    expect(e.message.split('\n')).toHaveLength(1);
  });
});

describe('errors say what to check, never the token', () => {
  it.each([
    [401, 'Bad credentials', 4, /rejected the token/, /GITHUB_TOKEN/],
    [403, 'Resource not accessible by personal access token', 4, /refused/, /`repo` scope/],
    [404, 'Not Found', 1, /404/, /owner\/name.*acme\/widgets/],
  ])('%i', async (status, message, exitCode, msg, hint) => {
    gh.failNext(1, { status, message: `${message} ${gh.token}` });
    const e = await failure(forge.checkRepo());
    expect(e.exitCode).toBe(exitCode);
    expect(e.message).toMatch(msg);
    expect(e.hint).toMatch(hint);
    expect(`${e.message} ${e.hint}`).not.toContain(gh.token);
  });

  it('a missing issue is undefined, not an error', async () => {
    expect(await forge.getIssue(999)).toBeUndefined();
  });
});

describe('waits', () => {
  it('a 403 secondary rate limit with retry-after is waited out, visibly', async () => {
    gh.failNext(1, { status: 403, headers: { 'retry-after': '3' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
    const t0 = Date.now();
    expect(await forge.checkRepo()).toEqual({ defaultBranch: 'main' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(lines).toEqual(['GitHub rate limit: waiting 30ms (attempt 1)']);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('5xx answers are retried, visibly', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    gh.failNext(2, { status: 502, message: 'Server Error' });
    expect((await forge.getIssue(1))?.title).toBe('x');
    expect(lines).toEqual(['GitHub answered 502: retrying in 10ms (attempt 1)', 'GitHub answered 502: retrying in 40ms (attempt 2)']);
  });
});

describe('reads and writes', () => {
  it('issues, label listing without PRs, the last comments across pages', async () => {
    gh.addIssue({ number: 1, title: 'one', labels: ['bug'], comments: Array.from({ length: 120 }, (_, i) => ({ user: 'u', body: `c${i}` })) });
    gh.addIssue({ number: 2, title: 'two', labels: ['bug'] });
    gh.addIssue({ number: 3, title: 'pr', labels: ['bug'], isPullRequest: true });
    gh.addIssue({ number: 4, title: 'closed', labels: ['bug'], state: 'closed' });
    expect(await forge.getIssue(1)).toMatchObject({ number: 1, state: 'open', labels: ['bug'], isPullRequest: false, comments: 120 });
    expect((await forge.getIssue(3))?.isPullRequest).toBe(true);
    expect((await forge.listIssues({ label: 'bug', limit: 10 })).map((i) => i.number)).toEqual([2, 1]);
    expect((await forge.listIssues({ label: 'bug', limit: 1 })).map((i) => i.number)).toEqual([2]);
    expect((await forge.listComments(1, 5)).map((c) => c.body)).toEqual(['c115', 'c116', 'c117', 'c118', 'c119']);
    expect((await forge.listComments(2, 5))).toEqual([]);
  });

  it('finds PRs by owner:branch and by Closes #n; creates, updates, reads status', async () => {
    gh.addPull({ head: 'fix/2-other', title: 'Other', body: 'Fixes #7' });
    const pr = await forge.createPullRequest({ head: 'fix/1-widget', base: 'main', title: 'Widget', body: 'Closes #1', draft: false });
    expect(pr).toMatchObject({ state: 'OPEN', head: 'fix/1-widget', headSha: SHAS['fix/1-widget'] });
    const list = gh.requests.filter((r) => r.operationId === 'pulls/list');
    expect((await forge.findPullRequests({ branch: 'fix/1-widget' })).map((p) => p.number)).toEqual([pr.number]);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list').slice(list.length)[0]?.query).toContain('head=acme%3Afix%2F1-widget');
    expect((await forge.findPullRequests({ closesIssue: 7 })).map((p) => p.title)).toEqual(['Other']);
    expect(await forge.findPullRequests({ closesIssue: 70 })).toEqual([]);
    expect((await forge.updatePullRequest(pr.number, { title: 'Widget fixed' })).title).toBe('Widget fixed');

    gh.setCheckRuns(SHAS['fix/1-widget']!, [{ name: 'build', conclusion: 'success' }, { name: 'test', conclusion: 'failure', details_url: 'https://ci.example/t' }]);
    gh.setCommitStatuses(SHAS['fix/1-widget']!, [{ context: 'lint', state: 'pending' }]);
    gh.addReview(pr.number, { state: 'CHANGES_REQUESTED', body: 'needs a test', user: 'alice', association: 'COLLABORATOR' });
    gh.addReviewComment(pr.number, { body: 'typo', path: 'a.ts', line: 3, user: 'alice', association: 'COLLABORATOR' });
    gh.addReviewComment(pr.number, { body: 'drive-by', path: 'a.ts', user: 'zed' });
    gh.setMergeable(pr.number, false);
    expect(await forge.pullRequestStatus(pr.number)).toMatchObject({
      state: 'OPEN',
      ci: 'FAILING',
      failingChecks: [{ name: 'test', url: 'https://ci.example/t' }],
      reviewDecision: 'CHANGES_REQUESTED',
      reviews: [{ author: 'alice', association: 'COLLABORATOR', state: 'CHANGES_REQUESTED', body: 'needs a test' }],
      // author_association decides whether orch forwards a comment to the worker (review.forwardCommentsFrom).
      reviewComments: [
        { author: 'alice', association: 'COLLABORATOR', body: 'typo', path: 'a.ts', line: 3 },
        { author: 'zed', association: 'CONTRIBUTOR', body: 'drive-by', path: 'a.ts', line: undefined },
      ],
      mergeable: false,
    });
    gh.markMerged(pr.number);
    expect(await forge.pullRequestStatus(pr.number)).toMatchObject({ state: 'MERGED', ci: 'none' });
    expect((await forge.findPullRequests({ branch: 'fix/1-widget', state: 'all' }))[0]?.state).toBe('MERGED');
  });

  it('labels, comments and reviews (for the reviewer worker)', async () => {
    gh.addIssue({ number: 1, title: 'x' });
    const n = gh.addPull({ head: 'fix/2-other', title: 'Other', user: 'someone-else' } as never);
    await forge.addLabels(1, ['orch']);
    await forge.addIssueComment(1, 'on it');
    await forge.createReview(n, { event: 'APPROVE', body: 'looks good' });
    expect(gh.requests.map((r) => r.status)).toEqual([200, 201, 200]);
  });
});

describe('never merge', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  }

  it('the Forge has no merge method and no source calls a merge endpoint or git merge', () => {
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(forge)).filter((m) => /merge/i.test(m))).toEqual([]);
    // The guard (src/core/guard.ts and src/core/guard/) is the detector that blocks merge commands in workers; it names them to match them.
    const guardDir = path.join(REPO_ROOT, 'src', 'core', 'guard');
    const offenders = files(path.join(REPO_ROOT, 'src')).filter((f) => !f.endsWith(path.join('core', 'guard.ts')) && !f.startsWith(guardDir + path.sep)).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /\bpulls\.merge\b|mergeUpstream|\/merges\b|\/pulls\/\{pull_number\}\/merge|\['merge'|'merge',/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
