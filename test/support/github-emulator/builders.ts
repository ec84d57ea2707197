// Renders records as GitHub's JSON. Every builder is typed with the official OpenAPI schema
// (@octokit/openapi-types), so the compiler checks that all required fields are there.
import { HTML, label, minimalRepository, numId, repository, user } from './builders-repo.js';
import type { CheckRunRec, CommentRec, IssueRec, PullRec, RenderCtx, ReviewCommentRec, ReviewRec, StatusRec } from './records.js';
import type { S } from './types.js';

export * from './builders-repo.js';

function issueUrls(c: RenderCtx, n: number) {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  const url = `${repoUrl}/issues/${n}`;
  return {
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
  };
}

function pullRequestKey(c: RenderCtx, i: IssueRec): S['issue']['pull_request'] {
  if (!i.pr) return undefined;
  const html = `${HTML}/${c.owner}/${c.repo}/pull/${i.number}`;
  return {
    url: `${c.api}/repos/${c.owner}/${c.repo}/pulls/${i.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: i.pr.mergedAt,
  };
}

export function issue(c: RenderCtx, i: IssueRec): S['issue'] {
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    ...issueUrls(c, i.number),
    html_url: `${HTML}/${c.owner}/${c.repo}/${i.pr ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: user(i.user),
    labels: i.labels.map((l) => label(c, l)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: i.comments.length,
    ...(i.pr ? { pull_request: pullRequestKey(c, i), draft: i.pr.draft } : {}),
    closed_at: i.closedAt,
    closed_by: i.closedBy ? user(i.closedBy) : null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: i.user === c.owner ? 'OWNER' : 'CONTRIBUTOR',
    timeline_url: `${c.api}/repos/${c.owner}/${c.repo}/issues/${i.number}/timeline`,
  };
}

export function searchItem(c: RenderCtx, i: IssueRec): S['issue-search-result-item'] {
  const { closed_by: _closedBy, state_reason, labels: _labels, body, ...rest } = issue(c, i);
  return {
    ...rest,
    ...(body === null || body === undefined ? {} : { body }),
    labels: i.labels.map((l) => label(c, l)),
    state_reason: state_reason ?? null,
    score: 1,
    author_association: rest.author_association ?? 'NONE',
  };
}

export function issueComment(c: RenderCtx, issueNumber: number, cm: CommentRec): S['issue-comment'] {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  return {
    id: cm.id,
    node_id: `IC_${cm.id}`,
    url: `${repoUrl}/issues/comments/${cm.id}`,
    html_url: `${HTML}/${c.owner}/${c.repo}/issues/${issueNumber}#issuecomment-${cm.id}`,
    body: cm.body,
    user: user(cm.user),
    created_at: cm.createdAt,
    updated_at: cm.updatedAt,
    issue_url: `${repoUrl}/issues/${issueNumber}`,
    author_association: cm.user === c.owner ? 'OWNER' : 'CONTRIBUTOR',
  };
}

type WithPr = IssueRec & { pr: PullRec };

/** Fields shared by pull-request and pull-request-simple (inferred, then checked by each). */
function pullBase(c: RenderCtx, i: WithPr) {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  const url = `${repoUrl}/pulls/${i.number}`;
  const html = `${HTML}/${c.owner}/${c.repo}/pull/${i.number}`;
  const headSha = c.headShaOf(i.pr);
  const links = {
    self: { href: url },
    html: { href: html },
    issue: { href: `${repoUrl}/issues/${i.number}` },
    comments: { href: `${repoUrl}/issues/${i.number}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${repoUrl}/statuses/${headSha}` },
  };
  return {
    url,
    id: i.pr.id,
    node_id: `PR_${i.pr.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl}/issues/${i.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${i.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${headSha}`,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: user(i.user),
    body: i.body,
    labels: i.labels.map((l) => ({ ...label(c, l), description: '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: i.pr.mergedAt,
    merge_commit_sha: i.pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${i.pr.headOwner}:${i.pr.head}`, ref: i.pr.head, sha: headSha, user: user(i.pr.headOwner), repo: repository(c) },
    base: { label: `${c.owner}:${i.pr.base}`, ref: i.pr.base, sha: c.sha(i.pr.base), user: user(c.owner), repo: repository(c) },
    _links: links,
    author_association: i.user === c.owner ? ('OWNER' as const) : ('CONTRIBUTOR' as const),
    auto_merge: null,
    draft: i.pr.draft,
  };
}

export function pullRequest(c: RenderCtx, i: WithPr): S['pull-request'] {
  return {
    ...pullBase(c, i),
    merged: i.pr.merged,
    mergeable: i.state === 'open' ? i.pr.mergeable : null,
    rebaseable: i.state === 'open' ? i.pr.mergeable : null,
    mergeable_state: c.mergeableState(i),
    merged_by: i.pr.mergedBy ? user(i.pr.mergedBy) : null,
    comments: i.comments.length,
    review_comments: i.pr.reviewComments.length,
    maintainer_can_modify: i.pr.maintainerCanModify,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export function pullRequestSimple(c: RenderCtx, i: WithPr): S['pull-request-simple'] {
  return pullBase(c, i);
}

export function review(c: RenderCtx, prNumber: number, r: ReviewRec): S['pull-request-review'] {
  const pr = `${c.api}/repos/${c.owner}/${c.repo}/pulls/${prNumber}`;
  const html = `${HTML}/${c.owner}/${c.repo}/pull/${prNumber}#pullrequestreview-${r.id}`;
  return {
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: user(r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pr,
    _links: { html: { href: html }, pull_request: { href: pr } },
    ...(r.state === 'PENDING' ? {} : { submitted_at: r.submittedAt }),
    commit_id: r.commitId,
    author_association: r.association ?? (r.user === c.owner ? 'OWNER' : 'CONTRIBUTOR'),
  };
}

export function reviewComment(c: RenderCtx, prNumber: number, rc: ReviewCommentRec): S['pull-request-review-comment'] {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  const pr = `${repoUrl}/pulls/${prNumber}`;
  const html = `${HTML}/${c.owner}/${c.repo}/pull/${prNumber}#discussion_r${rc.id}`;
  return {
    url: `${repoUrl}/pulls/comments/${rc.id}`,
    pull_request_review_id: null,
    id: rc.id,
    node_id: `PRRC_${rc.id}`,
    diff_hunk: '@@ -1 +1 @@',
    path: rc.path,
    commit_id: rc.commitId,
    original_commit_id: rc.commitId,
    user: user(rc.user),
    body: rc.body,
    created_at: rc.createdAt,
    updated_at: rc.createdAt,
    html_url: html,
    pull_request_url: pr,
    author_association: rc.association ?? (rc.user === c.owner ? 'OWNER' : 'CONTRIBUTOR'),
    _links: { self: { href: `${repoUrl}/pulls/comments/${rc.id}` }, html: { href: html }, pull_request: { href: pr } },
    ...(rc.line === undefined ? { subject_type: 'file' as const } : { line: rc.line, side: 'RIGHT' as const, subject_type: 'line' as const }),
  };
}

const actionsApp: NonNullable<S['nullable-integration']> = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: user('github'),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: `${HTML}/apps/github-actions`,
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: { checks: 'write', contents: 'write', metadata: 'read' },
  events: ['check_run', 'check_suite', 'pull_request', 'push'],
};

export function checkRun(c: RenderCtx, sha: string, r: CheckRunRec): S['check-run'] {
  const url = `${c.api}/repos/${c.owner}/${c.repo}/check-runs/${r.id}`;
  return {
    id: r.id,
    head_sha: sha,
    node_id: `CR_${r.id}`,
    external_id: null,
    url,
    html_url: `${HTML}/${c.owner}/${c.repo}/runs/${r.id}`,
    details_url: r.detailsUrl,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    output: { title: r.outputTitle, summary: r.outputSummary, text: null, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: r.name,
    check_suite: { id: numId(`suite:${sha}`) },
    app: actionsApp,
    pull_requests: [],
  };
}

export function commitStatus(c: RenderCtx, sha: string, s: StatusRec): S['simple-commit-status'] {
  return {
    description: null,
    id: s.id,
    node_id: `SC_${s.id}`,
    state: s.state,
    context: s.context,
    target_url: s.targetUrl,
    avatar_url: null,
    url: `${c.api}/repos/${c.owner}/${c.repo}/statuses/${sha}`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
  };
}

export function combinedStatus(c: RenderCtx, sha: string, statuses: StatusRec[]): S['combined-commit-status'] {
  const states = statuses.map((s) => s.state);
  const state = states.some((s) => s === 'failure' || s === 'error')
    ? 'failure'
    : states.length === 0 || states.includes('pending')
      ? 'pending'
      : 'success';
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  return {
    state,
    statuses: statuses.map((s) => commitStatus(c, sha, s)),
    sha,
    total_count: statuses.length,
    repository: minimalRepository(c),
    commit_url: `${repoUrl}/commits/${sha}`,
    url: `${repoUrl}/commits/${sha}/status`,
  };
}

export function rateLimit(reset: number): S['rate-limit-overview'] {
  const core = { limit: 5000, remaining: 4999, reset, used: 1 };
  return { resources: { core, search: { limit: 30, remaining: 30, reset, used: 0 } }, rate: core };
}
