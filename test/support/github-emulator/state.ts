// The emulator's state and the changes tests and handlers make to it.
import { fakeSha } from './builders.js';
import type { CheckRunRec, IssueRec, PullRec, RenderCtx, StatusRec } from './records.js';
import type { CheckRunInput, CommitStatusInput, EmulatorIssue, EmulatorPull } from './types.js';
import { RulesStore } from './rulesets.js';
import { ActionsStore } from './actions.js';

export type PullIssue = IssueRec & { pr: PullRec };

const SHA = /^[0-9a-f]{40}$/i;
// GitHub's closing keywords: https://docs.github.com/en/issues/tracking-your-work-with-issues/linking-a-pull-request-to-an-issue
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class EmulatorState implements RenderCtx {
  api = '';
  readonly issues = new Map<number, IssueRec>();
  readonly repoLabels = new Set<string>();
  /** Branch protection (seeded by tests) and rulesets (created through the API). */
  readonly rules = new RulesStore();
  /** GitHub Actions workflow runs, jobs and their logs. */
  readonly actions = new ActionsStore();
  private readonly checkRuns = new Map<string, CheckRunRec[]>();
  private readonly statuses = new Map<string, StatusRec[]>();
  private lastId = 1000;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly login: string,
    readonly defaultBranch: string,
    private readonly headShas?: (branch: string) => string | undefined,
  ) {}

  newId(): number {
    return ++this.lastId;
  }

  nextNumber(): number {
    return Math.max(0, ...this.issues.keys()) + 1;
  }

  /** undefined only when a headShas lookup was given and says there is no such branch */
  liveSha(branch: string): string | undefined {
    return this.headShas ? this.headShas(branch) : fakeSha(`branch:${branch}`);
  }

  sha(branch: string): string {
    return this.liveSha(branch) ?? fakeSha(`branch:${branch}`);
  }

  headShaOf(pr: PullRec): string {
    const live = this.headShas?.(pr.head);
    if (live) pr.lastHeadSha = live;
    return live ?? pr.lastHeadSha ?? fakeSha(`branch:${pr.head}`);
  }

  /** A sha, or a branch's current sha; undefined for a branch headShas does not know. */
  resolveRef(ref: string): string | undefined {
    return SHA.test(ref) ? ref.toLowerCase() : this.liveSha(ref);
  }

  private lookup<T>(map: Map<string, T[]>, ref: string): T[] | undefined {
    const direct = map.get(ref);
    if (direct) return direct;
    const sha = this.resolveRef(ref);
    if (!sha) return undefined;
    if (map.has(sha)) return map.get(sha);
    for (const [key, value] of map) if (this.resolveRef(key) === sha) return value;
    return undefined;
  }

  runsFor(ref: string): CheckRunRec[] | undefined {
    return this.lookup(this.checkRuns, ref);
  }

  statusesFor(ref: string): StatusRec[] | undefined {
    return this.lookup(this.statuses, ref);
  }

  setCheckRuns(ref: string, runs: CheckRunInput[]): void {
    const t = now();
    this.checkRuns.set(
      ref,
      runs.map((r) => {
        const status = r.status ?? (r.conclusion === undefined || r.conclusion === null ? 'in_progress' : 'completed');
        const conclusion = status === 'completed' ? (r.conclusion ?? 'success') : null;
        return { id: this.newId(), name: r.name, status, conclusion, detailsUrl: r.details_url ?? null, outputTitle: r.output?.title ?? null, outputSummary: r.output?.summary ?? null, startedAt: t, completedAt: status === 'completed' ? t : null };
      }),
    );
  }

  setCommitStatuses(ref: string, statuses: CommitStatusInput[]): void {
    const t = now();
    this.statuses.set(
      ref,
      statuses.map((s) => ({ id: this.newId(), context: s.context, state: s.state, targetUrl: s.target_url ?? null, createdAt: t })),
    );
  }

  mergeableState(i: PullIssue): string {
    if (i.state !== 'open') return 'unknown';
    if (i.pr.draft) return 'draft';
    if (i.pr.mergeable === null) return 'unknown';
    if (!i.pr.mergeable) return 'dirty';
    const sha = this.headShaOf(i.pr);
    const failing =
      (this.runsFor(sha) ?? []).some((r) => r.conclusion === 'failure') ||
      (this.statusesFor(sha) ?? []).some((s) => s.state === 'failure' || s.state === 'error');
    return failing ? 'unstable' : 'clean';
  }

  addIssue(i: EmulatorIssue): void {
    if (this.issues.has(i.number)) throw new Error(`github emulator: #${i.number} already exists`);
    const t = now();
    const rec: IssueRec = {
      id: this.newId(),
      number: i.number,
      title: i.title,
      body: i.body ?? null,
      state: i.state ?? 'open',
      stateReason: i.state === 'closed' ? 'completed' : null,
      labels: [...(i.labels ?? [])],
      comments: (i.comments ?? []).map((c) => ({ id: this.newId(), user: c.user ?? 'octocat', body: c.body, createdAt: t, updatedAt: t })),
      user: this.owner,
      createdAt: t,
      updatedAt: t,
      closedAt: i.state === 'closed' ? t : null,
    };
    rec.labels.forEach((l) => this.repoLabels.add(l));
    if (i.isPullRequest) rec.pr = this.newPullRec(this.owner, `emulator/pr-${i.number}`, this.defaultBranch, false);
    this.issues.set(i.number, rec);
  }

  newPullRec(headOwner: string, head: string, base: string, draft: boolean): PullRec {
    return {
      id: this.newId(),
      head,
      headOwner,
      base,
      draft,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      mergeable: true,
      maintainerCanModify: false,
      reviews: [],
      reviewComments: [],
    };
  }

  /** Splits `owner:branch` (or a bare branch, meaning this repo's owner). */
  parseHead(head: string): { owner: string; branch: string } {
    const i = head.indexOf(':');
    return i < 0 ? { owner: this.owner, branch: head } : { owner: head.slice(0, i), branch: head.slice(i + 1) };
  }

  openPullFor(owner: string, branch: string): PullIssue | undefined {
    for (const i of this.issues.values()) {
      if (i.pr && i.state === 'open' && i.pr.head === branch && i.pr.headOwner === owner) return i as PullIssue;
    }
    return undefined;
  }

  addPull(p: EmulatorPull & { user?: string }): PullIssue {
    const number = p.number ?? this.nextNumber();
    if (this.issues.has(number)) throw new Error(`github emulator: #${number} already exists`);
    const { owner, branch } = this.parseHead(p.head);
    const t = now();
    const rec: PullIssue = {
      id: this.newId(),
      number,
      title: p.title,
      body: p.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      comments: [],
      user: p.user ?? this.login,
      createdAt: t,
      updatedAt: t,
      closedAt: null,
      pr: this.newPullRec(owner, branch, p.base ?? this.defaultBranch, p.draft ?? false),
    };
    this.headShaOf(rec.pr);
    this.issues.set(number, rec);
    return rec;
  }

  pull(n: number): PullIssue {
    const i = this.issues.get(n);
    if (!i?.pr) throw new Error(`github emulator: no pull request #${n}`);
    return i as PullIssue;
  }

  close(i: IssueRec, reason: IssueRec['stateReason'] = 'completed', by = this.login): void {
    const t = now();
    i.state = 'closed';
    i.stateReason = i.pr ? null : reason;
    i.closedAt = t;
    i.closedBy = by;
    i.updatedAt = t;
  }

  reopen(i: IssueRec): void {
    i.state = 'open';
    i.stateReason = i.pr ? null : 'reopened';
    i.closedAt = null;
    i.updatedAt = now();
  }

  markMerged(n: number, mergeCommitSha?: string): void {
    const i = this.pull(n);
    if (i.state !== 'open') throw new Error(`github emulator: #${n} is not open`);
    this.headShaOf(i.pr);
    this.close(i, null, this.owner);
    Object.assign(i.pr, { merged: true, mergedAt: i.closedAt, mergedBy: this.owner, mergeCommitSha: mergeCommitSha ?? fakeSha(`merge:${n}`) });
    // Merging into the default branch closes the issues the PR body names with a closing keyword.
    if (i.pr.base !== this.defaultBranch) return;
    for (const m of (i.body ?? '').matchAll(CLOSING)) {
      const target = this.issues.get(Number(m[1]));
      if (target && !target.pr && target.state === 'open') this.close(target, 'completed', this.owner);
    }
  }
}
