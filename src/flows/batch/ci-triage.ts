import type { Forge, PullRequestStatus, WorkflowJob } from '../../adapters/forge.js';
import type { FailingCheck } from '../../core/pull-requests.js';
import { parseJobLog } from '../../core/ci-log.js';
import type { TriagedCheck } from '../../core/pr-feedback.js';
import { mapLimit } from '../shared/map-limit.js';

export interface CiTriage {
  /** Failing checks of the pull request that pass (or are absent) on the base branch's latest commit, with their logs. */
  own: TriagedCheck[];
  /** Failing checks that fail on the base branch's latest commit too: not the worker's doing. */
  preExisting: FailingCheck[];
}

const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure']);

/** The failed job that produced a check run: Actions names each check run after its job. */
export function jobForCheck(jobs: WorkflowJob[], check: string): WorkflowJob | undefined {
  return jobs.find((j) => j.name === check && FAILED.has(j.conclusion ?? ''));
}

/**
 * Splits a pull request's failing checks into those already red on the base branch and its own, and reads the
 * failing step and first error lines of each of its own from the Actions job log. A check that is not an Actions
 * job (another CI, a commit status) is kept with its link and summary only.
 */
export async function triageCi(forge: Forge, pr: PullRequestStatus, base: string): Promise<CiTriage> {
  const onBase = await forge.refCi(base).catch(() => undefined);
  const baseFailing = new Set((onBase?.failing ?? []).map((c) => c.name));
  const preExisting = pr.failingChecks.filter((c) => baseFailing.has(c.name));
  const mine = pr.failingChecks.filter((c) => !baseFailing.has(c.name));
  if (!mine.length) return { own: [], preExisting };
  const jobs = await forge.workflowJobs(pr.headSha).catch(() => [] as WorkflowJob[]);
  const own = await mapLimit(mine, 3, async (c): Promise<TriagedCheck> => {
    const job = jobForCheck(jobs, c.name);
    const step = job?.steps.find((s) => FAILED.has(s.conclusion ?? ''))?.name;
    const log = job ? await forge.jobLog(job.id).catch(() => '') : '';
    const parsed = log ? parseJobLog(log, step) : { step, lines: [] };
    return { name: c.name, url: job?.url ?? c.url, step: parsed.step, excerpt: parsed.lines, ...(c.summary ? { summary: c.summary } : {}) };
  });
  return { own, preExisting };
}

/** What the observations remember of CI on one head commit, to tell a flaky check from a real failure. */
export interface CiSeen { sha: string; failed: string[]; passed: boolean }

/**
 * Checks that flipped on the same commit: failing now after all passed on it, or all passing now after some
 * failed on it. Pure.
 */
export function flakyChecks(seen: CiSeen | undefined, sha: string, ci: string, failing: string[]): string[] {
  if (!seen || seen.sha !== sha) return [];
  if (ci === 'FAILING' && seen.passed) return failing;
  if (ci === 'PASSING' && seen.failed.length) return seen.failed;
  // Failing now with a check that was failing, and another that was seen failing but now is not, is not a flip of all.
  return [];
}

export function nextSeen(seen: CiSeen | undefined, sha: string, ci: string, failing: string[]): CiSeen | undefined {
  if (ci !== 'FAILING' && ci !== 'PASSING') return seen;
  const same = seen?.sha === sha ? seen : { sha, failed: [], passed: false };
  return ci === 'PASSING' ? { ...same, passed: true } : { ...same, failed: [...new Set([...same.failed, ...failing])] };
}
