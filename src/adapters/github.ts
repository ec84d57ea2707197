import { createHash } from 'node:crypto';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigError, OrchError, redact } from '../errors.js';
import { resolveGithubToken } from './github-token.js';
import { ciRollup, closedIssues, reviewDecision } from '../core/pull-requests.js';
import { toIssue, toPull, type CommentInfo, type Forge, type IssueInfo, type NewPullRequest, type PullRequestInfo, type PullRequestStatus, type WorkflowJob } from './forge.js';
import { explainGitHubError } from './github-errors.js';
import type { BranchProtectionInfo, BranchRule, NewRuleset } from '../core/base-protection.js';
import { scaledPacing } from './github-pacing.js';
import { BRANCHES_PER_QUERY, fromGraphql, pullsQuery, type GqlPullsAnswer } from './github-pr-query.js';
import type { RateBudget } from '../core/api-budget.js';

export type { Forge } from './forge.js';

interface RetryNotice { orchRetryNotice?: { log: (line: string) => void; baseMs: number }; [option: string]: unknown }

/**
 * Makes each 5xx retry of the retry plugin visible. Hooks registered later wrap earlier ones, so this
 * plugin comes first: its error hook sits inside the retry loop and sees every failed attempt.
 */
function retryNotice(octokit: Pick<Octokit, 'hook'>, options: RetryNotice): void {
  const n = options.orchRetryNotice;
  if (!n) return;
  // The retry plugin re-sends the same options object; count attempts per request here, because its own
  // retryCount lives on an object that later requests share.
  const attempts = new WeakMap<object, number>();
  octokit.hook.error('request', (error, opts) => {
    const status = (error as { status?: number }).status ?? 0;
    const attempt = (attempts.get(opts) ?? 0) + 1;
    attempts.set(opts, attempt);
    // The retry plugin makes 3 retries of a 5xx, waiting attempt^2 seconds before each.
    if (status >= 500 && attempt <= 3) n.log(`GitHub answered ${status}: retrying in ${waitText(attempt ** 2 * n.baseMs)} (attempt ${attempt})`);
    throw error;
  });
}

/**
 * A request that never reached GitHub (refused, no such host, a connect timeout) comes out of octokit as a "500";
 * the retry plugin would then spend 14 s on it. This plugin sits innermost and turns it into "cannot reach <host>"
 * at once: an error without a status, which the retry plugin passes through.
 */
function connectionFailure(octokit: Pick<Octokit, 'hook'>, options: { baseUrl?: string }): void {
  octokit.hook.error('request', (error) => {
    const code = unreachableCode(error);
    if (!code) throw error;
    const url = options.baseUrl ?? 'https://api.github.com';
    let host = url;
    try {
      host = new URL(url).host;
    } catch {
      // keep the URL as written
    }
    throw new OrchError('github-unreachable', `cannot reach ${host} (${code})`, { cause: error, hint: `check the network${url === 'https://api.github.com' ? '' : `, or githubApiUrl in the config (now ${url})`}` });
  });
}

const UNREACHABLE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)\b/;

/** The network error code behind a failed request that got no answer at all, else undefined. */
export function unreachableCode(error: unknown): string | undefined {
  if ((error as { response?: unknown }).response) return undefined; // GitHub answered: not a connection failure
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE.test(code)) return code;
    const m = UNREACHABLE.exec(String((e as Error).message ?? ''));
    if (m) return m[1];
  }
  // octokit's "500" for a fetch that got no HTTP answer at all (a blocked port, a TLS failure): not GitHub's 500.
  if ((error as { status?: number }).status === 500 && (error as { cause?: { name?: string } }).cause?.name === 'TypeError') {
    return String((error as Error).message ?? 'no answer').split('\n')[0];
  }
  return undefined;
}

const Client = Octokit.plugin(connectionFailure, retryNotice, retry, throttling);
type Client = InstanceType<typeof Client>;

export interface ForgeOptions {
  repo: string;
  apiUrl: string;
  token: string;
  /** Status lines (rate-limit waits) go here: stderr. */
  log: (line: string) => void;
  /** Milliseconds per second of GitHub's retry-after (default 1000; tests shorten it). */
  retryBaseMs?: number;
}

/** Builds the Forge from the config: token from GITHUB_TOKEN, GH_TOKEN or `gh auth token`. ORCH_GITHUB_RETRY_BASE_MS shortens waits (tests). */
export async function openForge(config: { githubRepo: string | undefined; githubApiUrl: string }, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<Forge> {
  if (!config.githubRepo) {
    throw new ConfigError('githubRepo is not set in the session config', ['githubRepo: expected "owner/name", got nothing'], 'add "githubRepo": "owner/name" to .claude/session-plugin.json (orch init fills it from the origin remote)');
  }
  const { token } = await resolveGithubToken(env, config.githubApiUrl);
  const base = Number(env.ORCH_GITHUB_RETRY_BASE_MS);
  return new GitHubForge({ repo: config.githubRepo, apiUrl: config.githubApiUrl, token, log, ...(base >= 0 && env.ORCH_GITHUB_RETRY_BASE_MS ? { retryBaseMs: base } : {}) });
}

const MAX_WAITS = 5;

/**
 * Repositories this process found readable with a token, by API, repository and token: a token revoked since is
 * then found out by the next request that needs it (a finish fails at its pull request; running it again is safe).
 */
const checkedRepos = new Map<string, { defaultBranch: string; at: number }>();
const REPO_CHECK_TTL_MS = 5 * 60_000;

function waitText(ms: number): string {
  return ms < 1000 ? `${ms}ms` : ms < 120_000 ? `${Math.round(ms / 1000)}s` : `${Math.round(ms / 60_000)}m`;
}

class GitHubForge implements Forge {
  readonly repo: string;
  private readonly owner: string;
  private readonly name: string;
  private readonly gh: Client;
  private openPulls: Promise<Awaited<ReturnType<Client['pulls']['list']>>['data']> | undefined;
  private readonly budgets = new Map<string, RateBudget>();

  constructor(private readonly o: ForgeOptions) {
    this.repo = o.repo;
    [this.owner, this.name] = o.repo.split('/') as [string, string];
    const baseMs = o.retryBaseMs ?? 1000;
    const wait = (kind: string) => (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) => {
      if (retryCount >= MAX_WAITS) return false;
      // The hourly quota can take most of an hour to come back; say so instead of hanging silently.
      if (kind === 'quota' && retryAfter > 15 * 60) return false;
      o.log(`GitHub ${kind === 'quota' ? 'rate limit (hourly quota)' : 'rate limit'}: waiting ${waitText(retryAfter * baseMs)} (attempt ${retryCount + 1})`);
      return true;
    };
    this.gh = new Client({
      baseUrl: o.apiUrl.replace(/\/+$/, ''),
      auth: o.token,
      userAgent: 'session-orchestrator',
      // Octokit would log every 404 we expect (a missing issue) on the console.
      log: { debug: () => {}, info: () => {}, warn: (m: string) => o.log(redact(`GitHub: ${m}`, [o.token])), error: () => {} },
      retry: { retryAfterBaseValue: baseMs },
      throttle: { retryAfterBaseValue: baseMs, onSecondaryRateLimit: wait('secondary'), onRateLimit: wait('quota'), ...scaledPacing(baseMs) },
      orchRetryNotice: { log: o.log, baseMs },
    });
    // Every answer carries its window's budget (REST core and GraphQL have separate ones): remember the latest.
    this.gh.hook.after('request', (res) => {
      const h = res.headers as Record<string, string | undefined>;
      const limit = Number(h['x-ratelimit-limit']);
      if (!h['x-ratelimit-remaining'] || !(limit > 0)) return;
      const resource = h['x-ratelimit-resource'] ?? 'core';
      this.budgets.set(resource, { resource, limit, remaining: Number(h['x-ratelimit-remaining']), resetAt: Number(h['x-ratelimit-reset']) * 1000 });
    });
  }

  rateBudgets(): RateBudget[] {
    return [...this.budgets.values()];
  }

  async pullRequestsForBranches(branches: string[]) {
    const out = new Map<string, PullRequestStatus>();
    const unique = [...new Set(branches)];
    for (let i = 0; i < unique.length; i += BRANCHES_PER_QUERY) {
      const chunk = unique.slice(i, i + BRANCHES_PER_QUERY);
      const { query, variables } = pullsQuery(this.owner, this.name, chunk);
      const data = await this.call(`reading the pull requests of ${chunk.length} branch(es)`, () => this.gh.graphql<GqlPullsAnswer>(query, variables));
      const rl = data.rateLimit;
      this.budgets.set('graphql', { resource: 'graphql', limit: rl.limit, remaining: rl.remaining, resetAt: Date.parse(rl.resetAt) });
      chunk.forEach((branch, j) => {
        // headRefName matches forks' branches of the same name too; only this repository's count (REST's owner:branch).
        const pr = data.repository?.[`b${j}`]?.nodes.find((p) => (p.headRepositoryOwner?.login ?? '').toLowerCase() === this.owner.toLowerCase());
        if (pr) out.set(branch, fromGraphql(pr));
      });
    }
    return out;
  }

  private get r() {
    return { owner: this.owner, repo: this.name };
  }

  /** Every call goes through here: GitHub errors become OrchErrors that say what to check, with the token redacted. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw this.explain(e, what);
    }
  }

  private explain(e: unknown, what: string): OrchError {
    return explainGitHubError(e, what, { repo: this.repo, apiUrl: this.o.apiUrl, token: this.o.token });
  }

  checkRepo() {
    // A long-lived process (the worker server runs every worker's finish) asks once per few minutes, not per finish.
    const key = createHash('sha256').update(`${this.o.apiUrl}\0${this.repo}\0${this.o.token}`).digest('hex');
    const known = checkedRepos.get(key);
    if (known && Date.now() - known.at < REPO_CHECK_TTL_MS) return Promise.resolve({ defaultBranch: known.defaultBranch });
    return this.call(`reading the repository ${this.repo}`, async () => {
      const { data } = await this.gh.repos.get(this.r);
      checkedRepos.set(key, { defaultBranch: data.default_branch, at: Date.now() });
      return { defaultBranch: data.default_branch };
    });
  }

  async getIssue(n: number): Promise<IssueInfo | undefined> {
    try {
      const { data } = await this.gh.issues.get({ ...this.r, issue_number: n });
      return toIssue(data);
    } catch (e) {
      const status = (e as { status?: number }).status;
      // A missing or deleted issue is a skip reason, not an error; the repository itself was checked by checkRepo.
      if (status === 404 || status === 410) return undefined;
      throw this.explain(e, `reading issue #${n}`);
    }
  }

  listIssues(q: { label: string; limit: number }) {
    return this.call(`listing open issues labelled ${q.label}`, async () => {
      const out: IssueInfo[] = [];
      const pages = this.gh.paginate.iterator(this.gh.issues.listForRepo, { ...this.r, state: 'open', labels: q.label, per_page: Math.min(100, Math.max(q.limit, 10)) });
      for await (const page of pages) {
        for (const i of page.data) {
          if (i.pull_request) continue;
          out.push(toIssue(i));
          if (out.length >= q.limit) return out;
        }
      }
      return out;
    });
  }

  listComments(n: number, last: number) {
    return this.call(`reading the comments of #${n}`, async () => {
      if (last <= 0) return [];
      const first = await this.gh.issues.listComments({ ...this.r, issue_number: n, per_page: 100 });
      let data = first.data;
      // Comments come oldest first; when there are several pages, the last two pages hold the newest ones.
      const lastPage = Number(/[?&]page=(\d+)[^>]*>; rel="last"/.exec(first.headers.link ?? '')?.[1] ?? 1);
      if (lastPage > 1) {
        const tail = await this.gh.issues.listComments({ ...this.r, issue_number: n, per_page: 100, page: lastPage });
        const before = tail.data.length < last ? (await this.gh.issues.listComments({ ...this.r, issue_number: n, per_page: 100, page: lastPage - 1 })).data : [];
        data = [...before, ...tail.data];
      }
      return data.slice(-last).map((c) => ({ author: c.user?.login ?? 'ghost', body: c.body ?? '', createdAt: c.created_at }));
    });
  }

  findPullRequests(q: { branch: string; state?: 'open' | 'all' } | { closesIssue: number }) {
    if ('closesIssue' in q) {
      return this.call(`looking for pull requests that close #${q.closesIssue}`, async () => (await this.allOpenPulls()).filter((p) => closedIssues(p.body).includes(q.closesIssue)));
    }
    return this.call(`looking for pull requests from ${q.branch}`, async () => {
      // Open ones, while this forge holds the listing of every open PR (a bulk run asks for it): no request per branch.
      // What GitHub's `head: owner:branch` filter matches: the head's label (a fork's branch of the same name is not ours).
      const fromHead = (p: { head: { label: string; ref: string } }) => p.head.ref === q.branch && p.head.label.toLowerCase() === `${this.owner}:${q.branch}`.toLowerCase();
      if ((q.state ?? 'open') === 'open' && this.openPulls) return (await this.openPulls).filter(fromHead).map(toPull).sort((a, b) => b.number - a.number);
      // GitHub ignores a bare branch in `head` (and then lists every PR): it must be owner:branch.
      const { data } = await this.gh.pulls.list({ ...this.r, head: `${this.owner}:${q.branch}`, state: q.state ?? 'open', per_page: 100 });
      return data.map(toPull).sort((a, b) => b.number - a.number);
    });
  }

  /** One listing serves every issue of a bulk run. */
  private allOpenPulls(): Promise<PullRequestInfo[]> {
    return this.openPullsListing().then((list) => list.map(toPull));
  }

  private openPullsListing() {
    const listing = (this.openPulls ??= this.gh.paginate(this.gh.pulls.list, { ...this.r, state: 'open', per_page: 100 }));
    listing.catch(() => (this.openPulls = undefined));
    return listing;
  }

  createPullRequest(p: NewPullRequest) {
    return this.call(`creating a pull request from ${p.head}`, async () => {
      this.openPulls = undefined;
      const { data } = await this.gh.pulls.create({ ...this.r, head: p.head, base: p.base, title: p.title, body: p.body, draft: p.draft });
      return toPull(data);
    });
  }

  updatePullRequest(n: number, p: { title?: string; body?: string }) {
    return this.call(`updating pull request #${n}`, async () => {
      this.openPulls = undefined;
      const { data } = await this.gh.pulls.update({ ...this.r, pull_number: n, ...p });
      return toPull(data);
    });
  }

  pullRequestStatus(n: number) {
    return this.call(`reading pull request #${n}`, async (): Promise<PullRequestStatus> => {
      const { data: pr } = await this.gh.pulls.get({ ...this.r, pull_number: n });
      const base = toPull(pr);
      const reviewsP = this.gh.pulls.listReviews({ ...this.r, pull_number: n, per_page: 100 });
      const commentsP = this.gh.pulls.listReviewComments({ ...this.r, pull_number: n, per_page: 100 });
      // CI of a merged or closed PR no longer matters; skip two requests per row of the dashboard.
      const live = base.state === 'OPEN' || base.state === 'DRAFT';
      const [reviews, comments, runs, statuses] = await Promise.all([
        reviewsP,
        commentsP,
        live ? this.gh.checks.listForRef({ ...this.r, ref: base.headSha, per_page: 100 }) : undefined,
        live ? this.gh.repos.getCombinedStatusForRef({ ...this.r, ref: base.headSha, per_page: 100 }) : undefined,
      ]);
      const ci = ciRollup(
        (runs?.data.check_runs ?? []).map((r) => ({
          name: r.name,
          status: r.status,
          conclusion: r.conclusion,
          url: r.details_url ?? r.html_url ?? null,
          summary: [r.output?.title, r.output?.summary].filter(Boolean).join('\n') || undefined,
        })),
        (statuses?.data.statuses ?? []).map((s) => ({ context: s.context, state: s.state, url: s.target_url ?? null })),
      );
      return {
        ...base,
        ci: ci.ci,
        failingChecks: ci.failing,
        reviewDecision: reviewDecision(
          reviews.data.map((r) => ({ author: r.user?.login ?? 'ghost', state: r.state, submittedAt: r.submitted_at })),
          (pr.requested_reviewers?.length ?? 0) + (pr.requested_teams?.length ?? 0),
        ),
        reviews: reviews.data.map((r) => ({ author: r.user?.login ?? 'ghost', association: r.author_association, state: r.state, body: r.body ?? '', submittedAt: r.submitted_at })),
        reviewComments: comments.data.map((c) => ({ author: c.user?.login ?? 'ghost', association: c.author_association, body: c.body, path: c.path, line: c.line ?? undefined })),
        mergeable: pr.mergeable,
      };
    });
  }

  async branchProtection(branch: string): Promise<BranchProtectionInfo | undefined> {
    try {
      const { data } = await this.gh.repos.getBranchProtection({ ...this.r, branch });
      return {
        requiresPullRequest: Boolean(data.required_pull_request_reviews),
        enforceAdmins: data.enforce_admins?.enabled ?? false,
        allowsForcePushes: data.allow_force_pushes?.enabled ?? false,
        allowsDeletions: data.allow_deletions?.enabled ?? false,
      };
    } catch (e) {
      // "Branch not protected" is a 404, like a branch that does not exist: either way nothing protects it.
      if ((e as { status?: number }).status === 404) return undefined;
      throw this.explain(e, `reading the branch protection of ${branch}`);
    }
  }

  branchRules(branch: string) {
    return this.call(`reading the rules that apply to ${branch}`, async (): Promise<BranchRule[]> => {
      const list = await this.gh.paginate(this.gh.repos.getBranchRules, { ...this.r, branch, per_page: 100 });
      return list.map((r) => ({ type: r.type, rulesetId: r.ruleset_id, source: r.ruleset_source }));
    });
  }

  createRuleset(r: NewRuleset) {
    return this.call(`creating the ruleset "${r.name}"`, async () => {
      const { data } = await this.gh.repos.createRepoRuleset({ ...this.r, ...r });
      return { id: data.id, name: data.name, url: data._links?.html?.href ?? undefined };
    });
  }

  addLabels(n: number, labels: string[]) {
    return this.call(`labelling #${n}`, async () => {
      await this.gh.issues.addLabels({ ...this.r, issue_number: n, labels });
    });
  }

  createReview(n: number, r: { event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'; body: string }) {
    return this.call(`reviewing pull request #${n}`, async () => {
      await this.gh.pulls.createReview({ ...this.r, pull_number: n, event: r.event, body: r.body });
    });
  }

  addIssueComment(n: number, body: string) {
    return this.call(`commenting on #${n}`, async () => {
      await this.gh.issues.createComment({ ...this.r, issue_number: n, body });
    });
  }

  workflowJobs(sha: string): Promise<WorkflowJob[]> {
    return this.call(`reading the Actions runs of ${sha.slice(0, 12)}`, async () => {
      const { data } = await this.gh.actions.listWorkflowRunsForRepo({ ...this.r, head_sha: sha, per_page: 100 });
      const jobs = await Promise.all(
        data.workflow_runs.map((run) => this.gh.paginate(this.gh.actions.listJobsForWorkflowRun, { ...this.r, run_id: run.id, per_page: 100 })),
      );
      return jobs.flat().map((j) => ({
        id: Number(j.id),
        runId: Number(j.run_id),
        name: j.name,
        status: j.status,
        conclusion: j.conclusion,
        url: j.html_url,
        headSha: j.head_sha,
        steps: (j.steps ?? []).map((s) => ({ name: s.name, number: s.number, conclusion: s.conclusion })),
      }));
    });
  }

  jobLog(jobId: number): Promise<string> {
    return this.call(`downloading the log of job ${jobId}`, async () => {
      // GitHub answers 302 to a signed URL on another host; fetch follows it and, cross-origin, drops the token.
      const { data } = await this.gh.actions.downloadJobLogsForWorkflowRun({ ...this.r, job_id: jobId });
      return typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : String(data ?? '');
    });
  }

  refCi(ref: string) {
    return this.call(`reading the checks of ${ref}`, async () => {
      const [runs, statuses] = await Promise.all([
        this.gh.checks.listForRef({ ...this.r, ref, per_page: 100 }),
        this.gh.repos.getCombinedStatusForRef({ ...this.r, ref, per_page: 100 }),
      ]);
      return ciRollup(
        runs.data.check_runs.map((r) => ({ name: r.name, status: r.status, conclusion: r.conclusion, url: r.details_url ?? r.html_url ?? null })),
        statuses.data.statuses.map((s) => ({ context: s.context, state: s.state, url: s.target_url ?? null })),
      );
    });
  }
}
