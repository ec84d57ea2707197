// The emulator's stored state: plain records, rendered to GitHub's shapes by builders.ts.

export interface CommentRec {
  id: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** GitHub's author_association; unset: OWNER for the repository owner, else CONTRIBUTOR (no write access). */
export type Association = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'FIRST_TIME_CONTRIBUTOR' | 'FIRST_TIMER' | 'MANNEQUIN' | 'NONE';

export interface ReviewRec {
  id: number;
  user: string;
  association?: Association;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  commitId: string;
  submittedAt: string;
}

export interface ReviewCommentRec {
  id: number;
  user: string;
  association?: Association;
  body: string;
  path: string;
  line?: number;
  commitId: string;
  createdAt: string;
}

export interface PullRec {
  id: number;
  head: string;
  headOwner: string;
  base: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy?: string;
  mergeable: boolean | null;
  maintainerCanModify: boolean;
  /** head sha when it was last seen (a merged PR's branch may since have been deleted) */
  lastHeadSha?: string;
  reviews: ReviewRec[];
  reviewComments: ReviewCommentRec[];
}

export interface IssueRec {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | null;
  labels: string[];
  comments: CommentRec[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy?: string;
  pr?: PullRec;
}

export interface CheckRunRec {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | null;
  detailsUrl: string | null;
  outputTitle: string | null;
  outputSummary: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface StatusRec {
  id: number;
  context: string;
  state: 'success' | 'failure' | 'pending' | 'error';
  targetUrl: string | null;
  createdAt: string;
}

/** What builders need to render records. */
export interface RenderCtx {
  api: string;
  owner: string;
  repo: string;
  login: string;
  defaultBranch: string;
  /** sha a branch currently points at */
  sha(branch: string): string;
  /** the PR's head sha: live from the branch, else the last one seen */
  headShaOf(pr: PullRec): string;
  mergeableState(issue: IssueRec & { pr: PullRec }): string;
}
