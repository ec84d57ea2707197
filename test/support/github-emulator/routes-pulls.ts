// Pull request, check run and commit status handlers.
import * as b from './builders.js';
import { type Handler, byNumber, custom, error, invalid, notFound, ok, paginate, pullOf, simpleError, str } from './reply.js';
import { type PullIssue, now } from './state.js';
import type { S } from './types.js';

const refuseMerge: Handler = () =>
  error(403, 'The github emulator refuses merges: session-orchestrator must never merge (a human merges on github.com).');

export const pullHandlers: Record<string, Handler> = {
  'pulls/list': (c) => {
    const state = c.query.get('state') ?? 'open';
    const head = c.query.get('head');
    const base = c.query.get('base');
    // Like GitHub: a `head` without `owner:` is silently ignored (it then lists every PR).
    const h = head?.includes(':') ? c.st.parseHead(head) : undefined;
    const list = [...c.st.issues.values()].filter(
      (i): i is PullIssue =>
        !!i.pr && (state === 'all' || i.state === state) && (!h || (i.pr.head === h.branch && i.pr.headOwner.toLowerCase() === h.owner.toLowerCase())) && (!base || i.pr.base === base),
    );
    const { page, headers } = paginate(c, byNumber(c, list) as PullIssue[]);
    return ok('pulls/list', 200, page.map((i) => b.pullRequestSimple(c.st, i)), headers);
  },
  'pulls/create': (c) => {
    const { owner, branch } = c.st.parseHead(String(c.body.head));
    const base = String(c.body.base);
    const fromIssue = typeof c.body.issue === 'number' ? c.st.issues.get(c.body.issue) : undefined;
    const title = str(c.body.title) ?? fromIssue?.title;
    if (!title) return invalid('PullRequest', 'title', 'missing_field');
    if (c.st.liveSha(base) === undefined) return invalid('PullRequest', 'base', 'invalid');
    const headSha = c.st.liveSha(branch);
    if (headSha === undefined) return invalid('PullRequest', 'head', 'invalid');
    const dup = c.st.openPullFor(owner, branch);
    if (dup && dup.pr.base === base) return custom('PullRequest', `A pull request already exists for ${owner}:${branch}.`);
    if (headSha === c.st.liveSha(base)) return custom('PullRequest', `No commits between ${base} and ${branch}`);
    let pr: PullIssue;
    if (fromIssue && !fromIssue.pr) {
      // `issue`: GitHub turns that issue into the pull request (same number).
      fromIssue.pr = c.st.newPullRec(owner, branch, base, c.body.draft === true);
      c.st.headShaOf(fromIssue.pr);
      pr = fromIssue as PullIssue;
    } else {
      pr = c.st.addPull({ head: `${owner}:${branch}`, base, title, body: str(c.body.body), draft: c.body.draft === true });
    }
    if (c.body.maintainer_can_modify === true) pr.pr.maintainerCanModify = true;
    return ok('pulls/create', 201, b.pullRequest(c.st, pr), { location: `${c.st.api}/repos/${c.st.owner}/${c.st.repo}/pulls/${pr.number}` });
  },
  'pulls/get': (c) => {
    const p = pullOf(c);
    return p ? ok('pulls/get', 200, b.pullRequest(c.st, p)) : notFound();
  },
  'pulls/update': (c) => {
    const p = pullOf(c);
    if (!p) return notFound();
    if (str(c.body.title) !== undefined) p.title = str(c.body.title)!;
    if ('body' in c.body) p.body = str(c.body.body) ?? null;
    if (str(c.body.base)) p.pr.base = str(c.body.base)!;
    if (typeof c.body.maintainer_can_modify === 'boolean') p.pr.maintainerCanModify = c.body.maintainer_can_modify;
    if (c.body.state === 'closed' && p.state === 'open') c.st.close(p);
    if (c.body.state === 'open' && p.state === 'closed') {
      if (p.pr.merged) return custom('PullRequest', 'state cannot be changed. The pull request has been merged.');
      const other = c.st.openPullFor(p.pr.headOwner, p.pr.head);
      if (other && other.pr.base === p.pr.base) return custom('PullRequest', `A pull request already exists for ${p.pr.headOwner}:${p.pr.head}.`);
      c.st.reopen(p);
    }
    p.updatedAt = now();
    return ok('pulls/update', 200, b.pullRequest(c.st, p));
  },
  'pulls/check-if-merged': (c) => (pullOf(c)?.pr.merged ? { status: 204 } : notFound()),
  'pulls/list-reviews': (c) => {
    const p = pullOf(c);
    if (!p) return notFound();
    const { page, headers } = paginate(c, p.pr.reviews);
    return ok('pulls/list-reviews', 200, page.map((r) => b.review(c.st, p.number, r)), headers);
  },
  'pulls/create-review': (c) => {
    const p = pullOf(c);
    if (!p) return notFound();
    const event = str(c.body.event);
    const state = event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
    const body = str(c.body.body) ?? '';
    // GitHub's own rules: no approving / requesting changes on your own PR; those and COMMENT need a body.
    if ((state === 'APPROVED' || state === 'CHANGES_REQUESTED') && p.user === c.st.login)
      return simpleError(422, 'Unprocessable Entity', [`Can not ${state === 'APPROVED' ? 'approve' : 'request changes on'} your own pull request`]);
    if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !body)
      return simpleError(422, 'Unprocessable Entity', ['Body is required for this review event']);
    const r = { id: c.st.newId(), user: c.st.login, body, state, commitId: str(c.body.commit_id) ?? c.st.headShaOf(p.pr), submittedAt: now() } as const;
    p.pr.reviews.push(r);
    return ok('pulls/create-review', 200, b.review(c.st, p.number, r));
  },
  'pulls/list-review-comments': (c) => {
    const p = pullOf(c);
    if (!p) return notFound();
    const { page, headers } = paginate(c, p.pr.reviewComments);
    return ok('pulls/list-review-comments', 200, page.map((rc) => b.reviewComment(c.st, p.number, rc)), headers);
  },
  'pulls/merge': refuseMerge,
  'pulls/merge-async': refuseMerge,
  'repos/merge': refuseMerge,
  'repos/merge-upstream': refuseMerge,

  // Checks and statuses: ref is a sha or a branch.
  'checks/list-for-ref': (c) => {
    const ref = c.params.ref!;
    const sha = c.st.resolveRef(ref);
    const runs = c.st.runsFor(ref);
    if (!sha && !runs) return error(422, `No commit found for SHA: ${ref}`);
    const name = c.query.get('check_name');
    const status = c.query.get('status');
    const list = (runs ?? []).filter((r) => (!name || r.name === name) && (!status || r.status === status));
    const headSha = sha ?? ref;
    return ok('checks/list-for-ref', 200, { total_count: list.length, check_runs: list.map((r) => b.checkRun(c.st, headSha, r)) });
  },
  'repos/get-combined-status-for-ref': (c) => {
    const ref = c.params.ref!;
    const sha = c.st.resolveRef(ref);
    const statuses = c.st.statusesFor(ref);
    if (!sha && !statuses) return error(422, `No commit found for SHA: ${ref}`);
    return ok('repos/get-combined-status-for-ref', 200, b.combinedStatus(c.st, sha ?? ref, statuses ?? []));
  },
  'repos/list-commit-statuses-for-ref': (c) => {
    const ref = c.params.ref!;
    const sha = c.st.resolveRef(ref) ?? ref;
    const { page, headers } = paginate(c, [...(c.st.statusesFor(ref) ?? [])].reverse());
    const data: S['status'][] = page.map((s) => ({ ...b.commitStatus(c.st, sha, s), creator: b.user(c.st.owner) }));
    return ok('repos/list-commit-statuses-for-ref', 200, data, headers);
  },
};
