/** Pull request facts reduced to what the dashboard and the flows show. Pure: table-tested without GitHub. */

export type PrState = 'OPEN' | 'DRAFT' | 'MERGED' | 'CLOSED';
export type CiState = 'PASSING' | 'FAILING' | 'PENDING' | 'none';
export type ReviewDecision = 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | 'none';

/** `summary`: the check's own output title and summary, when it reports one (CI-controlled, untrusted text). */
export interface CheckRunFact { name: string; status: string; conclusion: string | null; url: string | null; summary?: string | undefined }
export interface FailingCheck { name: string; url: string | null; summary?: string }
export interface StatusFact { context: string; state: string; url: string | null }
export interface ReviewFact { author: string; state: string; submittedAt: string | undefined }

export function prState(p: { state: string; merged: boolean; draft: boolean }): PrState {
  if (p.merged) return 'MERGED';
  if (p.state === 'closed') return 'CLOSED';
  return p.draft ? 'DRAFT' : 'OPEN';
}

// neutral and skipped count as passing, like GitHub's own merge box.
const CHECK_FAILED = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure', 'stale']);

/** One CI verdict from check runs and commit statuses: any failure wins, then anything pending, then passing. */
export function ciRollup(runs: CheckRunFact[], statuses: StatusFact[]): { ci: CiState; failing: FailingCheck[] } {
  const failing: FailingCheck[] = [];
  let pending = false;
  for (const r of runs) {
    if (r.status !== 'completed') pending = true;
    else if (r.conclusion && CHECK_FAILED.has(r.conclusion)) failing.push({ name: r.name, url: r.url, ...(r.summary ? { summary: r.summary } : {}) });
  }
  // A context can report several times; the newest (first in GitHub's lists) is the one that counts.
  const seen = new Set<string>();
  for (const s of statuses) {
    if (seen.has(s.context)) continue;
    seen.add(s.context);
    if (s.state === 'failure' || s.state === 'error') failing.push({ name: s.context, url: s.url });
    else if (s.state === 'pending') pending = true;
  }
  if (failing.length) return { ci: 'FAILING', failing };
  if (pending) return { ci: 'PENDING', failing };
  return { ci: runs.length + statuses.length ? 'PASSING' : 'none', failing };
}

/**
 * GitHub's review decision from REST data: each reviewer's latest approving or blocking review counts.
 * REST cannot see branch protection, so REVIEW_REQUIRED means "reviewers were requested and none has decided".
 */
export function reviewDecision(reviews: ReviewFact[], requestedReviewers: number): ReviewDecision {
  const latest = new Map<string, string>();
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  for (const r of ordered) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') latest.set(r.author, r.state);
  }
  const states = [...latest.values()];
  if (states.includes('CHANGES_REQUESTED')) return 'CHANGES_REQUESTED';
  if (states.includes('APPROVED')) return 'APPROVED';
  if (requestedReviewers > 0) return 'REVIEW_REQUIRED';
  return 'none';
}

// GitHub's closing keywords: https://docs.github.com/en/issues/tracking-your-work-with-issues/linking-a-pull-request-to-an-issue
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

/** Issue numbers a PR body closes with a closing keyword (`Closes #12`, `fixes: #3`). */
export function closedIssues(body: string | null | undefined): number[] {
  return [...new Set([...(body ?? '').matchAll(CLOSING)].map((m) => Number(m[1])))];
}
