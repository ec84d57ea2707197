import type { Project } from '../../context.js';
import type { Forge, PullRequestInfo } from '../../adapters/forge.js';
import type { WorkerRecord } from '../../state/records.js';
import { pullRequestBody, pullRequestTitle, type TestOutcome } from '../../core/pr-text.js';
import { redact } from '../../errors.js';

export interface OpenedPullRequest { number: number; url: string; state: string; created: boolean }

/**
 * The last step of every finish (here or on a host): open the PR for the branch, or report the open one, and record its
 * number. Never merges; the title and body are redacted like everything orch writes.
 */
export async function openOrReportPullRequest(
  project: Project,
  forge: Forge,
  rec: WorkerRecord,
  o: { branch: string; title?: string | undefined; draft: boolean; commits: Parameters<typeof pullRequestBody>[0]['commits']; tests: TestOutcome; log: (s: string) => void },
): Promise<OpenedPullRequest> {
  // A worker that has had a PR asks for it first (a finish after review fixes); one that never had one opens it
  // at once, which is one request instead of two, and GitHub refuses a second open PR for the branch anyway.
  let pr: PullRequestInfo | undefined = rec.pr !== undefined ? (await forge.findPullRequests({ branch: o.branch }))[0] : undefined;
  let created = false;
  if (!pr) {
    const draft = { head: o.branch, base: rec.base, title: redact(pullRequestTitle(o.title, rec.title, rec.name)), body: redact(pullRequestBody({ name: rec.name, commits: o.commits, tests: o.tests, issue: rec.issue })), draft: o.draft };
    try {
      pr = await forge.createPullRequest(draft);
      created = true;
    } catch (e) {
      // Already open (opened by hand, or by another finish running at the same time): that PR is the answer.
      pr = (await forge.findPullRequests({ branch: o.branch }))[0];
      if (!pr) throw e;
    }
  }
  if (!created) o.log(`pull request #${pr.number} is already open`);
  const prNumber = pr.number;
  await project.registry.updateWorker(rec.name, (cur) => ({ ...cur, pr: prNumber }));
  return { number: pr.number, url: pr.url, state: pr.state, created };
}
