// Public types of the GitHub REST emulator (see ../github-emulator.ts).
import type { components, operations } from '@octokit/openapi-types';
import type { Association } from './records.js';
import type { WorkflowRunInput } from './actions.js';

export type { WorkflowRunInput, WorkflowJobInput } from './actions.js';

/** Shapes from GitHub's official OpenAPI description: every response body is built as one of these. */
export type S = components['schemas'];
export type PullRequest = S['pull-request'];

/** The JSON body of response `C` of operation `Op`, as the official description types it. */
export type OpJson<Op extends keyof operations, C extends PropertyKey> = C extends keyof operations[Op]['responses']
  ? operations[Op]['responses'][C] extends { content: { 'application/json': infer J } }
    ? J
    : never
  : never;

export interface EmulatorIssue {
  number: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  comments?: Array<{ user?: string; body: string }>;
  /** Adds it as an open pull request (head branch `emulator/pr-<number>`, base the default branch). */
  isPullRequest?: boolean;
}

export interface EmulatorPull {
  number?: number;
  head: string;
  base?: string;
  title: string;
  body?: string;
  draft?: boolean;
  user?: string;
}

export interface CheckRunInput {
  name: string;
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | null;
  details_url?: string;
  /** What the check reports (GitHub shows it on the Checks tab). */
  output?: { title?: string; summary?: string };
}

export interface CommitStatusInput {
  context: string;
  state: 'success' | 'failure' | 'pending' | 'error';
  target_url?: string;
}

export interface FailAnswer {
  status: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface RecordedRequest {
  method: string;
  /** pathname only, as sent (percent-encoding kept) */
  path: string;
  /** the query string, with its leading `?`, or '' */
  query: string;
  body?: unknown;
  status: number;
  /** operationId from the official description, when the method+path is one of its operations */
  operationId?: string;
}

export interface GitHubEmulator {
  /** http://127.0.0.1:<random port>: give it to Octokit as baseUrl */
  url: string;
  owner: string;
  repo: string;
  /** the only accepted token (`Authorization: token X` or `Bearer X`); anything else answers 401 */
  token: string;
  addIssue(i: EmulatorIssue): void;
  /** Adds an open pull request as if someone had opened it on github.com; returns its number. */
  addPull(p: EmulatorPull): number;
  setCheckRuns(ref: string, runs: CheckRunInput[]): void;
  setCommitStatuses(ref: string, statuses: CommitStatusInput[]): void;
  /**
   * A completed GitHub Actions run of a workflow on `ref` (a branch, read live, or a sha): its jobs, their steps and
   * logs, and one check run per job (same id and name) added to the ref's checks. Returns the run's and jobs' ids.
   */
  addWorkflowRun(ref: string, run: WorkflowRunInput): { runId: number; jobIds: number[] };
  /** Log downloads from the blob host the logs endpoint redirects to (and whether a token was sent there). */
  logDownloads(): Array<{ jobId: number; authorization: boolean; status: number }>;
  /** What a human merging on github.com does: closed, merged, merged_at; closes issues its body says `Closes #n` of. */
  markMerged(prNumber: number, opts?: { mergeCommitSha?: string }): void;
  closePull(prNumber: number): void;
  setMergeable(prNumber: number, mergeable: boolean | null): void;
  /** `association`: the author's author_association (default OWNER for the owner, else CONTRIBUTOR). */
  addReview(prNumber: number, r: { state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED'; body: string; user?: string; association?: Association }): void;
  addReviewComment(prNumber: number, c: { body: string; path: string; line?: number; user?: string; association?: Association }): void;
  /** The next n API requests get this answer (before auth and routing). */
  failNext(n: number, answer: FailAnswer): void;
  /** Current pull request objects, as GET /repos/{o}/{r}/pulls/{n} would answer them. */
  pulls(): ReadonlyArray<PullRequest>;
  /** The sha a branch's head has: opts.headShas(branch), else a fixed fake sha derived from the name. */
  headSha(branch: string): string;
  requests: RecordedRequest[];
  /** Requests the official description does not allow (unknown method+path, missing required body fields or query parameters). */
  violations: string[];
  /** Requests the description allows but this emulator does not implement (answered 404 "Not emulated"). */
  unimplemented: string[];
  /** Seeds (or, with undefined, removes) classic branch protection, as a repository admin would set it on github.com. */
  setBranchProtection(branch: string, p: { requirePullRequest?: boolean; enforceAdmins?: boolean } | undefined): void;
  /** Rulesets created through the API, in creation order. */
  rulesets(): Array<{ id: number; name: string; enforcement: string; include: string[]; rules: string[] }>;
  /**
   * What counted against GitHub's rate limits so far: REST requests per resource (a 304 Not Modified is free),
   * GraphQL requests and GraphQL points (GitHub's documented cost); `requests` is every counted request.
   */
  rateLimited(): { core: number; search: number; graphqlRequests: number; graphqlPoints: number; requests: number };
  /** Requests to any merge endpoint (PUT pulls/{n}/merge, PUT pulls/{n}/merge-async, POST merges, POST merge-upstream). */
  mergeAttempts(): number;
  close(): Promise<void>;
}

export interface StartOptions {
  owner?: string;
  repo?: string;
  token?: string;
  /** Login of the authenticated user (GET /user, authors of what the tool creates); default `orch-bot`. */
  login?: string;
  defaultBranch?: string;
  /** Live branch → sha lookup (e.g. reading the bare origin repo); undefined = no such branch. */
  headShas?: (branch: string) => string | undefined;
}
