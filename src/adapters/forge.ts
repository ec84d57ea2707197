import { prState, type CiState, type PrState, type ReviewDecision } from '../core/pull-requests.js';

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
  failingChecks: Array<{ name: string; url: string | null }>;
  reviewDecision: ReviewDecision;
  reviewComments: Array<{ author: string; body: string; path: string; line: number | undefined }>;
  mergeable: boolean | null;
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
  addLabels(n: number, labels: string[]): Promise<void>;
  /** For the reviewer worker: approve, request changes or comment. Never merges. */
  createReview(n: number, r: { event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'; body: string }): Promise<void>;
  addIssueComment(n: number, body: string): Promise<void>;
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
