import { prState, type CiState, type FailingCheck, type PrState, type ReviewDecision } from '../core/pull-requests.js';
import type { BranchProtectionInfo, BranchRule, NewRuleset } from '../core/base-protection.js';
import type { RateBudget } from '../core/api-budget.js';

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  isPullRequest: boolean;
  url: string;
  comments: number;
}

export interface CommentInfo { author: string; body: string; createdAt: string }

export interface PullRequestInfo {
  number: number;
  url: string;
  title: string;
  body: string;
  state: PrState;
  head: string;
  headSha: string;
  base: string;
}

export interface PullRequestStatus extends PullRequestInfo {
  ci: CiState;
  failingChecks: FailingCheck[];
  reviewDecision: ReviewDecision;
  /** Submitted reviews, oldest first. `association` is GitHub's author_association (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...). */
  reviews: Array<{ author: string; association: string; state: string; body: string; submittedAt: string | undefined }>;
  reviewComments: Array<{ author: string; association: string; body: string; path: string; line: number | undefined }>;
  mergeable: boolean | null;
}

/** One job of a GitHub Actions run: its check run has the same name. */
export interface WorkflowJob {
  id: number;
  runId: number;
  name: string;
  status: string;
  conclusion: string | null;
  url: string | null;
  headSha: string;
  steps: Array<{ name: string; number: number; conclusion: string | null }>;
}

export type NewPullRequest = { head: string; base: string; title: string; body: string; draft: boolean };

/**
 * GitHub as the flows need it. There is deliberately no merge method: never-merge holds by construction
 * (a human merges on github.com), and the tests prove no merge endpoint is ever called.
 */
export interface Forge {
  /** owner/name */
  readonly repo: string;
  /** Fails early with a clear 401/403/404 message before a bulk run fetches anything. */
  checkRepo(): Promise<{ defaultBranch: string }>;
  /** undefined when the issue does not exist (404 or 410). */
  getIssue(n: number): Promise<IssueInfo | undefined>;
  /** Open issues (not pull requests) with the label, newest first. */
  listIssues(q: { label: string; limit: number }): Promise<IssueInfo[]>;
  /** The last `last` comments, oldest first. */
  listComments(n: number, last: number): Promise<CommentInfo[]>;
  /** PRs from a branch of this repository (state open by default), or open PRs whose body closes an issue. */
  findPullRequests(q: { branch: string; state?: 'open' | 'all' } | { closesIssue: number }): Promise<PullRequestInfo[]>;
  createPullRequest(p: NewPullRequest): Promise<PullRequestInfo>;
  updatePullRequest(n: number, p: { title?: string; body?: string }): Promise<PullRequestInfo>;
  pullRequestStatus(n: number): Promise<PullRequestStatus>;
  /**
   * The newest PR (any state) of each branch of this repository, with its status: one GraphQL request per 50
   * branches, so a poll cycle costs the same for 3 PRs or 30. Branches without a PR are absent from the map.
   */
  pullRequestsForBranches(branches: string[]): Promise<Map<string, PullRequestStatus>>;
  /** The rate-limit windows (REST `core`, `graphql`, ...) as GitHub's latest answers reported them. */
  rateBudgets(): RateBudget[];
  addLabels(n: number, labels: string[]): Promise<void>;
  /** For the reviewer worker: approve, request changes or comment. Never merges. */
  createReview(n: number, r: { event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'; body: string }): Promise<void>;
  addIssueComment(n: number, body: string): Promise<void>;
  /** Classic branch protection of a branch; undefined when it has none (GitHub answers 404). */
  branchProtection(branch: string): Promise<BranchProtectionInfo | undefined>;
  /** The active ruleset rules that apply to a branch (readable with read access to the repository). */
  branchRules(branch: string): Promise<BranchRule[]>;
  /** Creates a repository ruleset (`orch init --protect-base`). It restricts pushes; it never merges anything. */
  createRuleset(r: NewRuleset): Promise<{ id: number; name: string; url: string | undefined }>;
  /** Jobs of the GitHub Actions runs for a commit, newest run first (CI triage). */
  workflowJobs(sha: string): Promise<WorkflowJob[]>;
  /** A job's plain-text log; GitHub answers with a redirect to a short-lived download URL, which is followed. */
  jobLog(jobId: number): Promise<string>;
  /** The CI verdict of any ref, such as the base branch's latest commit: checks and commit statuses rolled up. */
  refCi(ref: string): Promise<{ ci: CiState; failing: FailingCheck[] }>;
}

type RawIssue = { number: number; title: string; body?: string | null; labels: Array<string | { name?: string }>; state: string; pull_request?: unknown; html_url: string; comments: number };
type RawPull = { number: number; html_url: string; title: string; body: string | null; state: string; draft?: boolean; merged_at: string | null; head: { ref: string; sha: string }; base: { ref: string } };

/** GitHub's issue shape reduced to the facts flows use. */
export function toIssue(i: RawIssue): IssueInfo {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    state: i.state === 'closed' ? 'closed' : 'open',
    isPullRequest: Boolean(i.pull_request),
    url: i.html_url,
    comments: i.comments,
  };
}

/** List and detail shapes alike: `merged_at` is set exactly when the PR was merged (squash and rebase merges too). */
export function toPull(p: RawPull): PullRequestInfo {
  return {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? '',
    state: prState({ state: p.state, merged: p.merged_at !== null, draft: p.draft ?? false }),
    head: p.head.ref,
    headSha: p.head.sha,
    base: p.base.ref,
  };
}
