import type { Project } from '../../context.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import type { Observations } from '../../state/observations.js';
import { ciFailureMessage, ciTriageMessage } from '../../core/pr-feedback.js';
import { flakyChecks, nextSeen, triageCi, type CiSeen } from './ci-triage.js';

/** What the observations cache keeps per worker for CI routing. */
type CiObs = { ciSent?: string; ciReported?: string; ciRounds?: number; ciSeen?: CiSeen; flakyReported?: string };

export interface CiRouted {
  sent?: string;
  preExisting?: string[];
  exhausted?: number;
  flaky?: string[];
}

export interface CiDeps {
  project: Project;
  forge: Forge;
  obs: Observations;
  name: string;
  base: string;
  orch: string;
  /** Types the message into the worker; false when it could not (working, window gone): tried again next cycle. */
  send: (msg: string) => Promise<boolean>;
  /** Tells the human (notify). */
  tell: (state: string, detail: string) => Promise<unknown>;
}

/**
 * A check that passed and failed on one commit is flaky: the human hears of it once per commit and set of checks.
 * Returns whether every failing check is flaky (then nothing goes to the worker).
 */
export async function noteFlaky(d: CiDeps, pr: PullRequestStatus, out: CiRouted): Promise<boolean> {
  const seen = d.obs.get(d.name) as CiObs;
  const failing = pr.failingChecks.map((c) => c.name);
  const flaky = flakyChecks(seen.ciSeen, pr.headSha, pr.ci, failing);
  const ciSeen = nextSeen(seen.ciSeen, pr.headSha, pr.ci, failing);
  if (ciSeen !== seen.ciSeen) d.obs.put(d.name, { ...d.obs.get(d.name), ciSeen } as never);
  const key = `${pr.headSha}:${flaky.join(',')}`;
  if (flaky.length && seen.flakyReported !== key) {
    out.flaky = flaky;
    await d.tell('ci-flaky', `FLAKY CHECK on PR #${pr.number}: ${flaky.join(', ')} passed and failed on the same commit ${pr.headSha.slice(0, 12)}`);
    d.obs.put(d.name, { ...d.obs.get(d.name), flakyReported: key } as never);
  }
  return flaky.length > 0 && failing.every((n) => flaky.includes(n));
}

/** Whether this PR's failing CI is still to be routed: failing, not sent or reported for this head commit yet. */
export function ciPending(d: Pick<CiDeps, 'obs' | 'name'>, pr: PullRequestStatus): boolean {
  const seen = d.obs.get(d.name) as CiObs;
  return pr.ci === 'FAILING' && seen.ciSent !== pr.headSha && seen.ciReported !== pr.headSha;
}

/**
 * CI triage of one failing PR: failures already red on the base go to the human and not to the worker; the worker's
 * own get the failing step and log excerpt (or, for checks that are not Actions jobs, name, link and output), up to
 * ci.maxRounds times; after that the human is told instead.
 */
export async function routeCiFailure(d: CiDeps, pr: PullRequestStatus): Promise<CiRouted> {
  const out: CiRouted = {};
  const max = d.project.config.ci.maxRounds;
  const t = await triageCi(d.forge, pr, d.base);
  const rounds = (d.obs.get(d.name) as CiObs).ciRounds ?? 0;
  const reported = () => d.obs.put(d.name, { ...d.obs.get(d.name), ciReported: pr.headSha } as never);
  if (!t.own.length) {
    out.preExisting = t.preExisting.map((c) => c.name);
    await d.tell('ci-pre-existing', `PRE-EXISTING CI FAILURE on PR #${pr.number}: ${out.preExisting.join(', ')} fails on ${d.base} too; not sent to the worker`);
    reported();
    return out;
  }
  if (rounds >= max) {
    out.exhausted = rounds;
    await d.tell('ci-rounds-exhausted', `CI STILL FAILING on PR #${pr.number} after ${rounds} round(s) of fixes (ci.maxRounds): ${t.own.map((c) => c.name).join(', ')}; not sent again`);
    reported();
    return out;
  }
  const withLogs = t.own.some((c) => c.excerpt.length || c.step);
  const msg = withLogs
    ? ciTriageMessage({ pr: pr.number, checks: t.own, orch: d.orch, name: d.name, round: rounds + 1, maxRounds: max })
    : ciFailureMessage({ pr: pr.number, checks: t.own.map((c) => ({ name: c.name, url: c.url, ...(c.summary ? { summary: c.summary } : {}) })), orch: d.orch, name: d.name });
  if (!(await d.send(msg))) return out;
  if (t.preExisting.length) out.preExisting = t.preExisting.map((c) => c.name);
  const steps = t.own.map((c) => `${c.name}${c.step ? ` (step: ${c.step})` : ''}`).join(', ');
  out.sent = `CI failure: ${steps}${rounds ? ` (round ${rounds + 1} of ${max})` : ''}`;
  d.obs.put(d.name, { ...d.obs.get(d.name), ciSent: pr.headSha, ciRounds: rounds + 1 } as never);
  return out;
}
