import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubEmulator, startGitHubEmulator } from './support/github-emulator.js';

const BRANCH = 'orch/issue-12';
const SHAS: Record<string, string> = { main: 'a'.repeat(40), [BRANCH]: 'b'.repeat(40) };

// Octokit logs every failed request; these tests fail requests on purpose.
const log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let gh: GitHubEmulator;
let octokit: Octokit;
let repo: { owner: string; repo: string };

beforeEach(async () => {
  gh = await startGitHubEmulator({ headShas: (branch) => SHAS[branch] });
  octokit = new Octokit({ baseUrl: gh.url, auth: gh.token, log });
  repo = { owner: gh.owner, repo: gh.repo };
});

afterEach(async () => {
  await gh.close();
});

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(
    () => 0,
    (e: { status?: number }) => e.status ?? -1,
  );
}

describe('github emulator', () => {
  it('answers repo, user and rate limit', async () => {
    const r = await octokit.repos.get(repo);
    expect(r.data).toMatchObject({ full_name: 'acme/widgets', default_branch: 'main', permissions: { push: true } });
    const u = await octokit.users.getAuthenticated();
    expect(u.data.login).toBe('orch-bot');
    expect(u.headers['x-oauth-scopes']).toBe('repo, workflow');
    expect((await octokit.rateLimit.get()).data.rate.remaining).toBeGreaterThan(0);
    expect(gh.violations).toEqual([]);
  });

  it('gets, lists (paginated) and comments on issues; PRs appear as issues', async () => {
    gh.addIssue({ number: 12, title: 'Fix the widget', body: 'It breaks', labels: ['orch'], comments: [{ user: 'alice', body: 'please' }] });
    gh.addIssue({ number: 13, title: 'Some PR', isPullRequest: true });
    for (let n = 20; n < 25; n++) gh.addIssue({ number: n, title: `Task ${n}`, labels: ['orch', 'extra'] });
    gh.addIssue({ number: 30, title: 'Done', state: 'closed', labels: ['orch'] });

    const i = await octokit.issues.get({ ...repo, issue_number: 12 });
    expect(i.data).toMatchObject({ number: 12, title: 'Fix the widget', state: 'open', comments: 1 });
    expect(i.data.pull_request).toBeUndefined();
    expect((await octokit.issues.get({ ...repo, issue_number: 13 })).data.pull_request?.html_url).toContain('/pull/13');
    expect(await status(octokit.issues.get({ ...repo, issue_number: 999 }))).toBe(404);

    const page1 = await octokit.issues.listForRepo({ ...repo, labels: 'orch', per_page: 2 });
    expect(page1.data.map((x) => x.number)).toEqual([24, 23]);
    expect(page1.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.issues.listForRepo, { ...repo, labels: 'orch', per_page: 2 });
    expect(all.map((x) => x.number)).toEqual([24, 23, 22, 21, 20, 12]);
    const closed = await octokit.issues.listForRepo({ ...repo, state: 'closed' });
    expect(closed.data.map((x) => x.number)).toEqual([30]);

    await octokit.issues.createComment({ ...repo, issue_number: 12, body: 'Working on it' });
    const comments = await octokit.issues.listComments({ ...repo, issue_number: 12 });
    expect(comments.data.map((c) => [c.user?.login, c.body])).toEqual([
      ['alice', 'please'],
      ['orch-bot', 'Working on it'],
    ]);
    const labels = await octokit.issues.addLabels({ ...repo, issue_number: 12, labels: ['orch:running'] });
    expect(labels.data.map((l) => l.name)).toEqual(['orch', 'orch:running']);
    expect(gh.violations).toEqual([]);
  });

  it('creates a PR (sharing the issue numbers), lists it by head, refuses a duplicate, shows a human merge', async () => {
    gh.addIssue({ number: 12, title: 'Fix the widget' });
    const created = await octokit.pulls.create({ ...repo, head: BRANCH, base: 'main', title: 'Fix the widget', body: 'Closes #12', draft: true });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 13, draft: true, state: 'open', head: { ref: BRANCH, sha: SHAS[BRANCH] }, base: { ref: 'main' } });

    const byHead = await octokit.pulls.list({ ...repo, head: `acme:${BRANCH}`, state: 'open' });
    expect(byHead.data.map((p) => p.number)).toEqual([13]);
    expect((await octokit.pulls.list({ ...repo, head: 'acme:other' })).data).toEqual([]);

    const dup = await octokit.pulls.create({ ...repo, head: BRANCH, base: 'main', title: 'again' }).catch((e: Error & { status: number }) => e);
    expect(dup).toMatchObject({ status: 422 });
    expect((dup as Error).message).toContain(`A pull request already exists for acme:${BRANCH}.`);
    expect(await status(octokit.pulls.create({ ...repo, head: 'no-such-branch', base: 'main', title: 'x' }))).toBe(422);

    gh.markMerged(13, { mergeCommitSha: 'c'.repeat(40) });
    const pr = await octokit.pulls.get({ ...repo, pull_number: 13 });
    expect(pr.data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: 'c'.repeat(40) });
    expect(Date.parse(String(pr.data.merged_at))).not.toBeNaN();
    expect((await octokit.pulls.checkIfMerged({ ...repo, pull_number: 13 })).status).toBe(204);
    expect((await octokit.issues.get({ ...repo, issue_number: 12 })).data.state).toBe('closed'); // "Closes #12"
    expect((await octokit.pulls.list({ ...repo, state: 'open' })).data).toEqual([]);
    expect(gh.pulls().map((p) => [p.number, p.merged])).toEqual([[13, true]]);
    expect(gh.mergeAttempts()).toBe(0);
    expect(gh.violations).toEqual([]);
  });

  it('finds a PR by search, reads reviews and review comments', async () => {
    const n = gh.addPull({ head: BRANCH, title: 'Fix', body: 'Closes #12' });
    gh.addPull({ head: 'orch/issue-123', title: 'Other', body: 'Closes #123' });
    const found = await octokit.search.issuesAndPullRequests({ q: `repo:acme/widgets is:pr is:open "Closes #12"` });
    expect(found.data.items.map((i) => i.number)).toEqual([n]);

    gh.addReview(n, { state: 'CHANGES_REQUESTED', body: 'Please add a test', user: 'alice' });
    gh.addReviewComment(n, { body: 'typo', path: 'src/a.ts', line: 3, user: 'alice' });
    await octokit.pulls.createReview({ ...repo, pull_number: n, event: 'COMMENT', body: 'Addressed' });
    const reviews = await octokit.pulls.listReviews({ ...repo, pull_number: n });
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([
      ['alice', 'CHANGES_REQUESTED'],
      ['orch-bot', 'COMMENTED'],
    ]);
    expect((await octokit.pulls.listReviewComments({ ...repo, pull_number: n })).data[0]).toMatchObject({ path: 'src/a.ts', line: 3 });
    // GitHub does not let you approve your own PR.
    expect(await status(octokit.pulls.createReview({ ...repo, pull_number: n, event: 'APPROVE' }))).toBe(422);
    gh.setMergeable(n, false);
    expect((await octokit.pulls.get({ ...repo, pull_number: n })).data).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });
    expect(gh.violations).toEqual([]);
  });

  it('answers check runs and statuses by sha or branch', async () => {
    gh.setCheckRuns(BRANCH, [
      { name: 'build', status: 'completed', conclusion: 'success' },
      { name: 'test', status: 'completed', conclusion: 'failure', details_url: 'https://ci.example/1' },
    ]);
    gh.setCommitStatuses(SHAS[BRANCH]!, [{ context: 'ci/lint', state: 'pending' }]);

    const runs = await octokit.checks.listForRef({ ...repo, ref: SHAS[BRANCH]! });
    expect(runs.data.total_count).toBe(2);
    expect(runs.data.check_runs.map((r) => [r.name, r.conclusion, r.head_sha])).toEqual([
      ['build', 'success', SHAS[BRANCH]],
      ['test', 'failure', SHAS[BRANCH]],
    ]);
    const byBranch = await octokit.checks.listForRef({ ...repo, ref: BRANCH });
    expect(byBranch.data.total_count).toBe(2);

    const combined = await octokit.repos.getCombinedStatusForRef({ ...repo, ref: BRANCH });
    expect(combined.data).toMatchObject({ state: 'pending', total_count: 1, sha: SHAS[BRANCH] });
    expect(combined.data.statuses[0]).toMatchObject({ context: 'ci/lint', state: 'pending' });
    expect((await octokit.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data).toMatchObject({ state: 'pending', total_count: 0 });
    expect(gh.requests.some((r) => r.path === `/repos/acme/widgets/commits/${encodeURIComponent(BRANCH)}/check-runs`)).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('fails the next requests as told: 403 secondary rate limit waited out, 502 retried', async () => {
    const waits: number[] = [];
    const Throttled = Octokit.plugin(retry, throttling);
    const client = new Throttled({
      baseUrl: gh.url,
      auth: gh.token,
      log,
      retry: { retryAfterBaseValue: 10 },
      throttle: {
        onSecondaryRateLimit: (retryAfter) => (waits.push(retryAfter), true),
        onRateLimit: () => false,
      },
    });

    gh.failNext(1, { status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
    const t0 = Date.now();
    const r = await client.repos.get(repo);
    expect(r.status).toBe(200);
    expect(waits).toEqual([1]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);

    gh.failNext(2, { status: 502, message: 'Server Error' });
    expect((await client.users.getAuthenticated()).data.login).toBe('orch-bot');
    expect(gh.requests.map((q) => q.status)).toEqual([403, 200, 502, 502, 200]);
  });

  it('records requests the official description does not allow, and merge attempts', async () => {
    expect(await status(octokit.request('GET /repos/{owner}/{repo}/bogus-endpoint', repo))).toBe(404);
    const createPull: string = 'POST /repos/{owner}/{repo}/pulls'; // untyped route: the body below is wrong on purpose
    expect(await status(octokit.request(createPull, { ...repo, title: 'no head or base' }))).toBe(422);
    expect(gh.violations).toHaveLength(2);
    expect(gh.violations[0]).toContain('GET /repos/acme/widgets/bogus-endpoint');
    expect(gh.violations[1]).toContain('head, base');
    // Allowed by the description but not emulated: 404 and listed apart, not a violation.
    expect(await status(octokit.repos.listBranches(repo))).toBe(404);
    expect(gh.unimplemented).toEqual(['GET /repos/acme/widgets/branches (repos/list-branches)']);
    expect(gh.violations).toHaveLength(2);

    gh.addPull({ number: 1, head: BRANCH, title: 'x' });
    expect(await status(octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', { ...repo, pull_number: 1 }))).toBe(403);
    expect(gh.mergeAttempts()).toBe(1);
    expect(gh.pulls()[0]?.merged).toBe(false);
  });

  it('answers 401 to a wrong or missing token', async () => {
    const bad = new Octokit({ baseUrl: gh.url, auth: 'ghp_wrong', log });
    const e = await bad.users.getAuthenticated().catch((err: Error & { status: number }) => err);
    expect(e).toMatchObject({ status: 401 });
    expect((e as Error).message).toContain('Bad credentials');
    expect(await status(new Octokit({ baseUrl: gh.url, log }).repos.get(repo))).toBe(401);
    expect(gh.requests.map((r) => r.status)).toEqual([401, 401]);
    const bearer = await fetch(`${gh.url}/user`, { headers: { authorization: `Bearer ${gh.token}` } });
    expect(bearer.status).toBe(200);
  });
});
