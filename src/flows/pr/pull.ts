import path from 'node:path';
import type { Ctx, Project } from '../../context.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import * as git from '../../adapters/git.js';
import type { CiState, PrState, ReviewDecision } from '../../core/pull-requests.js';
import { OrchError, RefusalError } from '../../errors.js';
import { inspectProject } from '../watch/inspect.js';
import { closeWorker } from '../worker/teardown.js';
import type { CostSummary } from '../../core/usage.js';
import { costTotals, type CostTotals } from '../watch/costs.js';
import { askToRebase, becameConflicting, conflictsWithBase, fromMergeable, type BaseConflict } from './base-conflicts.js';

export interface PullRow {
  name: string;
  branch: string;
  pr: number | undefined;
  url: string | undefined;
  state: PrState | 'NO PR';
  ci: CiState;
  review: ReviewDecision;
  mergeable: boolean | null;
  title: string;
  worktree: boolean;
  worker: string;
  failingChecks: string[];
  /** The worker's tokens and estimated cost; absent for a worktree the registry does not know. */
  cost?: CostSummary;
  batch?: string | undefined;
  /** Files on which the open PR no longer merges onto origin/<base> (computed locally); absent when it merges. */
  conflictsWithBase?: string[];
}

export interface PullResult {
  base: string;
  incoming: { count: number; commits: string[] } | undefined;
  rows: PullRow[];
  costs: CostTotals;
  /** Open PRs that merged onto the base when `pull` last looked and conflict with it now. */
  becameConflicting: Array<{ name: string; pr: number; files: string[] }>;
  /** Only with --yes. */
  applied?: {
    newBase: { sha: string; subject: string } | undefined;
    fastForwarded: number;
    landed: string[];
    active: Array<{ name: string; state: string }>;
    refused: Array<{ name: string; reasons: string[] }>;
    /** Workers told to rebase because their PR now conflicts with the base. */
    rebaseAsked: Array<{ name: string; pr: number }>;
    rebaseNotAsked: Array<{ name: string; pr: number; reason: string }>;
  };
}

export interface Candidate { name: string; branch: string; worktree: string; present: boolean; worker: string; cost?: CostSummary; batch?: string | undefined }

/** Every orch branch: registry workers plus worktrees under worktreesPath that the registry does not know. */
export async function candidates(project: Project): Promise<Candidate[]> {
  const { config } = project;
  const facts = await inspectProject(project, { capture: true, git: false });
  const out: Candidate[] = facts.workers
    .filter((f) => f.rec.branch && f.rec.branch !== config.defaultBranch)
    .map((f) => ({ name: f.rec.name, branch: f.rec.branch!, worktree: f.rec.worktree, present: f.worktreeExists, worker: f.state.state, cost: f.usage, batch: f.rec.batch }));
  const seen = new Set(out.map((c) => path.resolve(c.worktree)));
  for (const w of facts.worktrees) {
    const rel = path.relative(config.worktreesPath, w.path);
    if (!w.branch || rel.startsWith('..') || path.isAbsolute(rel) || seen.has(path.resolve(w.path))) continue;
    out.push({ name: path.basename(w.path), branch: w.branch, worktree: w.path, present: true, worker: '-' });
  }
  // Workers started at once have no meaningful creation order: rows follow the issue number, then the name.
  const issueOf = (c: Candidate) => facts.workers.find((f) => f.rec.name === c.name)?.rec.issue ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => issueOf(a) - issueOf(b) || a.name.localeCompare(b.name));
}

async function incomingCommits(repo: string, base: string): Promise<PullResult['incoming']> {
  if (!(await git.hasRemote(repo))) return undefined;
  await git.fetch(repo, 'origin', base);
  const r = await git.gitTry(repo, ['log', '--format=%h %s', `refs/heads/${base}..refs/remotes/origin/${base}`]);
  const commits = r.out.split('\n').filter(Boolean);
  return { count: commits.length, commits: commits.slice(0, 20) };
}

/**
 * `orch pull`: show every orch branch with its PR, CI and review state, touching nothing. With --yes:
 * fast-forward the main checkout's base and remove, safely, the worktrees whose PR GitHub says is merged.
 */
export async function pullFlow(ctx: Ctx, project: Project, forge: Forge, o: { yes: boolean }): Promise<PullResult> {
  const { config } = project;
  const base = config.defaultBranch;
  const [cands, incoming] = await Promise.all([candidates(project), incomingCommits(config.repoPath, base)]);
  // One query for every branch's PR: `pull` costs the same for 3 branches or 30.
  const byBranch = cands.length ? await forge.pullRequestsForBranches(cands.map((c) => c.branch)) : new Map<string, PullRequestStatus>();
  const prs = cands.map((c) => byBranch.get(c.branch));
  const rows: PullRow[] = cands.map((c, i) => {
    const p = prs[i];
    return {
      name: c.name,
      branch: c.branch,
      pr: p?.number,
      url: p?.url,
      state: p?.state ?? 'NO PR',
      ci: p?.ci ?? 'none',
      review: p?.reviewDecision ?? 'none',
      mergeable: p?.mergeable ?? null,
      title: p?.title ?? '',
      worktree: c.present,
      worker: c.worker,
      failingChecks: p?.failingChecks.map((f) => f.name) ?? [],
      ...(c.cost ? { cost: c.cost, batch: c.batch } : {}),
    };
  });
  const costs = costTotals(rows.flatMap((r) => (r.cost ? [{ batch: r.batch, cost: r.cost }] : [])));
  // Which open PRs no longer merge onto the base (a human merged something): shown, remembered, and with --yes told.
  const open = cands.flatMap((c, i) => {
    const p = prs[i];
    return p && (p.state === 'OPEN' || p.state === 'DRAFT') ? [{ name: c.name, pr: p.number, head: p.headSha, mergeable: p.mergeable }] : [];
  });
  const conflicts = open.length ? ((await conflictsWithBase(config.repoPath, base, open).catch(() => undefined)) ?? fromMergeable(open)) : undefined;
  for (const r of rows) {
    const c = conflicts?.get(r.name);
    if (c) r.conflictsWithBase = c.files;
  }
  const becameConflictingNow = conflicts ? becameConflicting(project, base, conflicts).map((c) => ({ name: c.name, pr: c.pr, files: c.files })) : [];
  if (!o.yes) return { base, incoming, rows, costs, becameConflicting: becameConflictingNow };

  const fastForwarded = await fastForwardBase(config.repoPath, base);
  if (fastForwarded) ctx.out.info(`fast-forwarded ${base} by ${fastForwarded} commit${fastForwarded === 1 ? '' : 's'}`);
  const applied: NonNullable<PullResult['applied']> = { newBase: await git.lastCommit(config.repoPath), fastForwarded, landed: [], active: [], refused: [], rebaseAsked: [], rebaseNotAsked: [] };
  for (const [i, c] of cands.entries()) {
    const p = prs[i];
    if (p?.state !== 'MERGED') {
      applied.active.push({ name: c.name, state: p?.state ?? 'NO PR' });
      continue;
    }
    try {
      // The same teardown as close: refusals (work after the merged head, a working worker, links), servers, links.
      await closeWorker(project, c.name, { force: false, deleteBranch: true, mergedHead: p.headSha, dir: c.worktree, verb: 'land' });
      applied.landed.push(c.name);
      ctx.out.info(`landed ${c.name} (PR #${p.number} merged): worktree, window and branch removed`);
    } catch (e) {
      if (!(e instanceof RefusalError)) throw e;
      applied.refused.push({ name: c.name, reasons: e.message.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)) });
    }
  }
  const baseSha = (await git.gitTry(config.repoPath, ['rev-parse', `refs/remotes/origin/${base}`])).out.trim();
  const conflicting = [...(conflicts?.values() ?? [])].filter((c): c is BaseConflict => !!c);
  const told = await askToRebase(project, base, baseSha, conflicting);
  applied.rebaseAsked = told.asked;
  applied.rebaseNotAsked = told.notAsked;
  for (const t of told.asked) ctx.out.info(`asked ${t.name} to rebase: PR #${t.pr} conflicts with ${base}`);
  return { base, incoming, rows, costs, becameConflicting: becameConflictingNow, applied };
}

/**
 * Fast-forwards the main checkout's base from origin. It must be on the base branch with no tracked
 * changes; a local base with commits origin lacks is left alone. `pull --ff-only` can never create a merge commit.
 */
async function fastForwardBase(repo: string, base: string): Promise<number> {
  // Refusals that protect the main checkout's work: exit 3 like every other refusal.
  const stop = (msg: string, hint: string) => new RefusalError(`${msg}; nothing was changed`, hint);
  const current = await git.currentBranch(repo);
  if (current !== base) throw stop(`the main checkout ${repo} is on ${current ?? 'a detached HEAD'}, not ${base}`, `switch it first: git -C ${repo} switch ${base}`);
  // Untracked files do not block: git refuses by itself if the fast-forward would overwrite one.
  const dirty = (await git.gitRaw(repo, ['status', '--porcelain', '--untracked-files=no'])).split('\n').filter(Boolean);
  if (dirty.length) throw stop(`the main checkout has ${dirty.length} uncommitted change${dirty.length === 1 ? '' : 's'}`, 'commit or stash them, then run orch pull --yes again');
  if (!(await git.hasRemote(repo))) return 0;
  const ahead = await git.commitCount(repo, `refs/remotes/origin/${base}..refs/heads/${base}`);
  if (ahead) throw stop(`the local ${base} has ${ahead} commit${ahead === 1 ? '' : 's'} that origin/${base} lacks, so it cannot be fast-forwarded`, `push them through a pull request, or look at them: git log origin/${base}..${base}`);
  const behind = await git.commitCount(repo, `refs/heads/${base}..refs/remotes/origin/${base}`);
  if (!behind) return 0;
  const r = await git.gitTry(repo, ['pull', '--quiet', '--ff-only', '--no-rebase', 'origin', base]);
  if (!r.ok) throw new OrchError('fast-forward-failed', `fast-forwarding ${base} failed: ${r.err.split('\n').find((l) => l.trim()) ?? ''}`, { hint: 'look at `git status` in the main checkout' });
  return behind;
}
