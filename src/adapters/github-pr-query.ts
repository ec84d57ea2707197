// One GraphQL query for the pull requests of many branches: what a poll cycle, `dash` and `pull` need, at a cost
// that does not grow with the number of PRs (one request per BRANCHES_PER_QUERY branches; GitHub's point cost
// stays at a few points because every connection is small). Tests validate the query against GitHub's schema.
import { ciRollup, reviewDecision as restReviewDecision, type ReviewDecision } from '../core/pull-requests.js';
import type { PullRequestStatus } from './forge.js';

export const BRANCHES_PER_QUERY = 50;

const PR_FIELDS = `fragment OrchPr on PullRequest {
  number url title body state isDraft headRefName headRefOid baseRefName mergeable reviewDecision
  headRepositoryOwner { login }
  reviews(last: 20) { nodes { author { login } authorAssociation state body submittedAt } }
  reviewThreads(last: 10) { nodes { comments(first: 10) { nodes { author { login } authorAssociation body path line } } } }
  statusCheckRollup { contexts(first: 50) { nodes { __typename
    ... on CheckRun { name status conclusion detailsUrl title summary }
    ... on StatusContext { context state targetUrl } } } }
}`;

/** The query text and its variables for up to BRANCHES_PER_QUERY branches (aliases b0, b1, ...). */
export function pullsQuery(owner: string, name: string, branches: string[]): { query: string; variables: Record<string, string> } {
  const vars = branches.map((_, i) => `$b${i}: String!`).join(', ');
  const fields = branches.map((_, i) => `    b${i}: pullRequests(headRefName: $b${i}, first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { ...OrchPr } }`).join('\n');
  const query = `query OrchPulls($owner: String!, $name: String!${vars ? `, ${vars}` : ''}) {
  rateLimit { cost limit remaining resetAt }
  repository(owner: $owner, name: $name) {
${fields}
  }
}
${PR_FIELDS}`;
  const variables: Record<string, string> = { owner, name };
  branches.forEach((b, i) => (variables[`b${i}`] = b));
  return { query, variables };
}

type Author = { login: string } | null;
type Ctx = { __typename: 'CheckRun'; name: string; status: string; conclusion: string | null; detailsUrl: string | null; title: string | null; summary: string | null } | { __typename: 'StatusContext'; context: string; state: string; targetUrl: string | null };
export interface GqlPull {
  number: number; url: string; title: string; body: string; state: 'OPEN' | 'CLOSED' | 'MERGED'; isDraft: boolean;
  headRefName: string; headRefOid: string; baseRefName: string; mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  reviewDecision: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
  headRepositoryOwner: { login: string } | null;
  reviews: { nodes: Array<{ author: Author; authorAssociation: string; state: string; body: string; submittedAt: string | null }> };
  reviewThreads: { nodes: Array<{ comments: { nodes: Array<{ author: Author; authorAssociation: string; body: string; path: string; line: number | null }> } }> };
  statusCheckRollup: { contexts: { nodes: Ctx[] } } | null;
}
export interface GqlPullsAnswer {
  rateLimit: { cost: number; limit: number; remaining: number; resetAt: string };
  repository: Record<string, { nodes: GqlPull[] }> | null;
}

/** GitHub's PR node as the flows' PullRequestStatus (the same shape the REST path builds). */
export function fromGraphql(p: GqlPull): PullRequestStatus {
  const login = (a: Author) => a?.login ?? 'ghost';
  const state = p.state === 'MERGED' ? 'MERGED' : p.state === 'CLOSED' ? 'CLOSED' : p.isDraft ? 'DRAFT' : 'OPEN';
  const live = state === 'OPEN' || state === 'DRAFT';
  const contexts = live ? (p.statusCheckRollup?.contexts.nodes ?? []) : [];
  const ci = ciRollup(
    contexts.flatMap((c) => (c.__typename === 'CheckRun' ? [{ name: c.name, status: c.status.toLowerCase(), conclusion: c.conclusion?.toLowerCase() ?? null, url: c.detailsUrl, summary: [c.title, c.summary].filter(Boolean).join('\n') || undefined }] : [])),
    contexts.flatMap((c) => (c.__typename === 'StatusContext' ? [{ context: c.context, state: c.state.toLowerCase(), url: c.targetUrl }] : [])),
  );
  const reviews = p.reviews.nodes.map((r) => ({ author: login(r.author), association: r.authorAssociation, state: r.state, body: r.body, submittedAt: r.submittedAt ?? undefined }));
  // reviewDecision is null when the base branch requires no review; the reviews themselves still decide then.
  const decision: ReviewDecision = p.reviewDecision ?? restReviewDecision(reviews, 0);
  return {
    number: p.number,
    url: p.url,
    title: p.title,
    body: p.body,
    state,
    head: p.headRefName,
    headSha: p.headRefOid,
    base: p.baseRefName,
    ci: ci.ci,
    failingChecks: ci.failing,
    reviewDecision: decision,
    reviews,
    reviewComments: p.reviewThreads.nodes.flatMap((t) => t.comments.nodes.map((c) => ({ author: login(c.author), association: c.authorAssociation, body: c.body, path: c.path, line: c.line ?? undefined }))),
    mergeable: p.mergeable === 'MERGEABLE' ? true : p.mergeable === 'CONFLICTING' ? false : null,
  };
}
