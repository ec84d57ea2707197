// The GitHub API budget: a poll cycle costs the same for 3 PRs or 20, the query orch sends is valid against
// GitHub's published GraphQL schema, the loop paces itself before the budget runs out, and dash shows what is left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pollDelay, tightestBudget, type RateBudget } from '../src/core/api-budget.js';
import { pullsQuery } from '../src/adapters/github-pr-query.js';
import { openForge } from '../src/adapters/github.js';
import { validateQuery } from './support/github-emulator/graphql.js';
import { json, NO_GH, useForgeProjects, type ForgeProject } from './support/forge-project.js';
import type { GitHubEmulator } from './support/github-emulator.js';

const MIN = 60_000;
const NOW = Date.parse('2026-01-01T12:00:00Z');
const budget = (remaining: number, resetInMin: number, limit = 5000): RateBudget => ({ resource: 'core', limit, remaining, resetAt: NOW + resetInMin * MIN });

describe('pollDelay: the loop slows itself down before the budget runs out', () => {
  it.each([
    ['no budget known yet', 30_000, 1, undefined, 30_000, false],
    ['plenty left', 30_000, 1, budget(4900, 50), 30_000, false],
    ['20 requests a cycle still fits', 30_000, 20, budget(4000, 30), 30_000, false],
    // 1,100 usable after the 500 reserve, 100 per cycle: 11 cycles for 60 minutes.
    ['expensive cycles stretch the interval', 30_000, 100, budget(1600, 60), Math.ceil((60 * MIN) / 11), true],
    ['only the reserve left: wait for the reset', 30_000, 1, budget(450, 20), 20 * MIN + 1000, true],
    ['reserve left but the window already reset', 30_000, 1, budget(450, 0), 30_000, false],
    ['a small limit keeps at least 100 in reserve', 5_000, 1, budget(100, 10, 1000), 10 * MIN + 1000, true],
  ] as const)('%s', (_why, intervalMs, costPerCycle, b, delayMs, slowed) => {
    const pace = pollDelay({ intervalMs, costPerCycle, budget: b, now: NOW });
    expect(pace.delayMs).toBe(delayMs);
    expect(Boolean(pace.slowedBecause)).toBe(slowed);
  });

  it('the tightest window is the one with the smallest share left', () => {
    expect(tightestBudget([{ ...budget(4000, 10), resource: 'core' }, { ...budget(900, 10), resource: 'graphql' }])?.resource).toBe('graphql');
    expect(tightestBudget([])).toBeUndefined();
  });
});

describe('the pull request query', () => {
  it.each([1, 2, 20, 50])('for %i branches is valid against GitHub\'s published GraphQL schema', (n) => {
    const { query, variables } = pullsQuery('acme', 'widgets', Array.from({ length: n }, (_, i) => `fix/${i + 1}-thing`));
    expect(validateQuery(query)).toEqual([]);
    expect(Object.keys(variables)).toHaveLength(n + 2);
  });

  it('an invalid query is caught by the same check', () => {
    expect(validateQuery('query { repository(owner: "a", name: "b") { pullRequests(first: 1) { nodes { mergeableStatus } } } }')[0]).toMatch(/mergeableStatus/);
  });
});

const makeProject = useForgeProjects();

/** n issue workers with a pushed branch and an open PR each (green CI on even ones), in one batch. */
async function batchWithPrs(fp: ForgeProject, n: number): Promise<string[]> {
  const { tp, gh } = fp;
  const project = await tp.project();
  const names: string[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `fix-${i}-thing`;
    const branch = `fix/${i}-thing`;
    await tp.git(['push', '-q', 'origin', `main:refs/heads/${branch}`]);
    gh.addIssue({ number: i, title: `thing ${i}` });
    const pr = gh.addPull({ number: 100 + i, head: branch, title: `Fix thing ${i}`, body: `Closes #${i}` });
    if (i % 2 === 0) gh.setCheckRuns(branch, [{ name: 'test', conclusion: 'success' }]);
    project.registry.putWorker({ version: 1, name, kind: 'issue', branch, base: 'main', worktree: path.join(tp.worktrees, name), session: 'orchtest', window: name, mux: 'tmux', issue: i, created: new Date().toISOString(), pr, links: [] });
    names.push(name);
  }
  project.registry.putBatch({ version: 1, id: 'b1', created: new Date().toISOString(), command: 'start-issues', members: names, queue: [], cancelled: [], closed: [] });
  return names;
}

function counted(gh: GitHubEmulator) {
  const r = gh.rateLimited();
  return { requests: r.requests, points: r.graphqlPoints + r.core + r.search };
}

/** Cost of one `orch orchestrate poll`, measured with the emulator's counters. */
async function pollCost(fp: ForgeProject): Promise<{ requests: number; points: number }> {
  const before = counted(fp.gh);
  const r = await fp.tp.orch(['orchestrate', 'poll', '--json', '--idle-grace', '1h']);
  expect(r.stderr).not.toMatch(/Error|error:/);
  expect(r.code).toBe(0);
  const after = counted(fp.gh);
  return { requests: after.requests - before.requests, points: after.points - before.points };
}

describe('a poll cycle costs a bounded number of requests', () => {
  it('the same for a 3-PR and a 20-PR batch, and an hour at 30 s stays under 10% of the hourly budget', async () => {
    const small = await makeProject({ worker: 'none' });
    const big = await makeProject({ worker: 'none' });
    await batchWithPrs(small, 3);
    await batchWithPrs(big, 20);
    const smallCosts = [await pollCost(small), await pollCost(small)];
    const bigCosts = [await pollCost(big), await pollCost(big), await pollCost(big)];
    // One GraphQL request per cycle, however many PRs there are.
    for (const c of [...smallCosts, ...bigCosts]) expect(c.requests).toBe(1);
    expect(new Set(bigCosts.map((c) => c.requests))).toEqual(new Set(smallCosts.map((c) => c.requests)));
    const perCycle = Math.max(...bigCosts.map((c) => c.requests));
    const pointsPerCycle = Math.max(...bigCosts.map((c) => c.points));
    // Polled every 30 s for an hour: 120 cycles, against GitHub's 5,000 requests (REST) and 5,000 points (GraphQL).
    expect(perCycle * 120).toBeLessThan(500);
    expect(pointsPerCycle * 120).toBeLessThan(500);
    console.log(`poll cycle, 20 PRs: ${perCycle} request(s), ${pointsPerCycle} point(s); an hour at 30 s: ${perCycle * 120} requests, ${pointsPerCycle * 120} points of 5,000`);
    expect(big.gh.unimplemented).toEqual([]);
  }, 120_000);

  it('the GraphQL answer says what the REST endpoints say about each PR', async () => {
    const fp = await makeProject({ worker: 'none' });
    await batchWithPrs(fp, 4);
    fp.gh.addReview(102, { state: 'CHANGES_REQUESTED', body: 'please rename', user: fp.gh.owner });
    fp.gh.addReviewComment(102, { body: 'this name', path: 'src/a.ts', line: 3, user: fp.gh.owner });
    fp.gh.setCommitStatuses('fix/3-thing', [{ context: 'lint', state: 'failure', target_url: 'https://ci.example/3' }]);
    fp.gh.setMergeable(104, false);
    fp.gh.markMerged(101);
    const forge = await openForge({ githubRepo: `${fp.gh.owner}/${fp.gh.repo}`, githubApiUrl: fp.gh.url }, { GITHUB_TOKEN: fp.gh.token, ...NO_GH }, () => undefined);
    const byBranch = await forge.pullRequestsForBranches([1, 2, 3, 4, 5].map((i) => `fix/${i}-thing`));
    expect(byBranch.has('fix/5-thing')).toBe(false);
    for (const i of [1, 2, 3, 4]) {
      const rest = await forge.pullRequestStatus(100 + i);
      expect(byBranch.get(`fix/${i}-thing`)).toEqual(rest);
    }
    expect(byBranch.get('fix/2-thing')).toMatchObject({ reviewDecision: 'CHANGES_REQUESTED', reviewComments: [{ body: 'this name', path: 'src/a.ts', line: 3 }] });
    expect(byBranch.get('fix/3-thing')).toMatchObject({ ci: 'FAILING', failingChecks: [{ name: 'lint' }] });
    expect(forge.rateBudgets().map((b) => b.resource).sort()).toEqual(['core', 'graphql']);
  }, 60_000);

  it('dash shows the remaining budget, as text and JSON', async () => {
    const fp = await makeProject({ worker: 'none' });
    await batchWithPrs(fp, 2);
    const r = await fp.tp.orch(['dash', '--json']);
    expect(r.code).toBe(0);
    const data = json(r.stdout);
    expect(data.apiBudget).toMatchObject({ resource: 'graphql', limit: 5000 });
    expect(data.apiBudget.remaining).toBeGreaterThan(4900);
    const text = await fp.tp.orch(['dash']);
    expect(text.stdout).toMatch(/GitHub budget: \d+\/5000 graphql, resets \d\d:\d\d UTC/);
  }, 60_000);
});

describe('requests a bulk start and the worker server do not repeat', () => {
  const ops = (gh: GitHubEmulator, op: string) => gh.requests.filter((r) => r.operationId === op).length;
  const forgeOf = (fp: ForgeProject) => openForge({ githubRepo: `${fp.gh.owner}/${fp.gh.repo}`, githubApiUrl: fp.gh.url }, { GITHUB_TOKEN: fp.gh.token, ...NO_GH }, () => undefined);

  it('the repository check is asked once per few minutes per process, not once per finish', async () => {
    const fp = await makeProject({ worker: 'none' });
    for (let i = 0; i < 3; i++) expect(await (await forgeOf(fp)).checkRepo()).toEqual({ defaultBranch: 'main' });
    expect(ops(fp.gh, 'repos/get')).toBe(1);
  });

  it('once the open PRs are listed (for "Closes #n"), a branch\'s open PRs come from that listing: same answer, no request', async () => {
    const fp = await makeProject({ worker: 'none' });
    fp.gh.addIssue({ number: 1, title: 'one' });
    fp.gh.addIssue({ number: 2, title: 'two' });
    const own = fp.gh.addPull({ head: 'fix/1-one', title: 'Fix one', body: 'Closes #1' });
    fp.gh.addPull({ head: 'someone:fix/2-two', title: 'A fork', body: 'Closes #2' });
    const fresh = await forgeOf(fp);
    const byRest = { one: await fresh.findPullRequests({ branch: 'fix/1-one' }), two: await fresh.findPullRequests({ branch: 'fix/2-two' }) };
    expect(byRest.one.map((p) => p.number)).toEqual([own]);
    expect(byRest.two).toEqual([]); // a fork's branch of the same name is not this repository's
    const bulk = await forgeOf(fp);
    const listsBefore = ops(fp.gh, 'pulls/list');
    expect((await bulk.findPullRequests({ closesIssue: 2 })).map((p) => p.head)).toEqual(['fix/2-two']);
    expect({ one: await bulk.findPullRequests({ branch: 'fix/1-one' }), two: await bulk.findPullRequests({ branch: 'fix/2-two' }) }).toEqual(byRest);
    expect(ops(fp.gh, 'pulls/list') - listsBefore).toBe(1);
  });
});
