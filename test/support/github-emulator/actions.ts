// GitHub Actions: workflow runs, their jobs and the jobs' logs. Like github.com, the logs endpoint answers
// 302 with a short-lived signed URL on another host (a blob store); that host takes no token and refuses one,
// so a client that follows the redirect with its GitHub token in the header fails here as it would there.
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTML, minimalRepository, user } from './builders-repo.js';
import type { CheckRunRec, RenderCtx } from './records.js';
import { type Handler, error, notFound, ok, paginate } from './reply.js';
import type { S } from './types.js';

export type JobConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out';

export interface WorkflowJobInput {
  name: string;
  conclusion: JobConclusion;
  /** Steps in order; a failed job names the step that failed. */
  steps?: Array<{ name: string; conclusion: JobConclusion }>;
  /** The job's plain-text log, as GitHub stores it (timestamped lines, ##[group] and ##[error] markers). */
  log?: string;
}

export interface WorkflowRunInput {
  /** Workflow name (default CI). */
  name?: string;
  jobs: WorkflowJobInput[];
}

interface JobRec { id: number; name: string; conclusion: JobConclusion; steps: Array<{ name: string; conclusion: JobConclusion }>; log: string; startedAt: string }
interface RunRec { id: number; name: string; headSha: string; headBranch: string | null; runNumber: number; createdAt: string; jobs: JobRec[] }

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class ActionsStore {
  readonly runs: RunRec[] = [];
  /** Signed download URLs handed out by the logs endpoint: signature -> job id. */
  private readonly signed = new Map<string, number>();
  blobUrl = '';
  /** Downloads of logs from the blob host (what a client fetched after the redirect). */
  readonly downloads: Array<{ jobId: number; authorization: boolean; status: number }> = [];

  /**
   * Records a completed run of a workflow on `sha` and, like GitHub, one check run per job (same id as the job,
   * named after it) in `checks` so the pull request's checks show it.
   */
  add(sha: string, branch: string | null, input: WorkflowRunInput, newId: () => number, checks: CheckRunRec[]): { runId: number; jobIds: number[] } {
    const t = now();
    const jobs = input.jobs.map((j) => ({ id: newId(), name: j.name, conclusion: j.conclusion, steps: j.steps ?? [{ name: 'Run', conclusion: j.conclusion }], log: j.log ?? '', startedAt: t }));
    const run: RunRec = { id: newId(), name: input.name ?? 'CI', headSha: sha, headBranch: branch, runNumber: this.runs.length + 1, createdAt: t, jobs };
    this.runs.push(run);
    for (const j of jobs) {
      checks.push({ id: j.id, name: j.name, status: 'completed', conclusion: j.conclusion === 'success' ? 'success' : 'failure', detailsUrl: null, outputTitle: null, outputSummary: null, startedAt: t, completedAt: t });
    }
    return { runId: run.id, jobIds: jobs.map((j) => j.id) };
  }

  job(id: number): { run: RunRec; job: JobRec } | undefined {
    for (const run of this.runs) for (const job of run.jobs) if (job.id === id) return { run, job };
    return undefined;
  }

  sign(jobId: number): string {
    const sig = randomBytes(16).toString('hex');
    this.signed.set(sig, jobId);
    return `${this.blobUrl}/job-logs/${jobId}.txt?sv=2024-08-04&sig=${sig}`;
  }

  /** The blob host: a signed URL answers the log without any token; a request carrying one is refused. */
  async serveBlobs(): Promise<() => Promise<void>> {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = /^\/job-logs\/(\d+)\.txt$/.exec(url.pathname);
      const jobId = m ? Number(m[1]) : 0;
      const valid = m && this.signed.get(url.searchParams.get('sig') ?? '') === jobId;
      const authorization = Boolean(req.headers.authorization);
      const status = !valid ? 403 : authorization ? 400 : 200;
      this.downloads.push({ jobId, authorization, status });
      if (status !== 200) {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${status === 400 ? 'InvalidAuthenticationInfo' : 'AuthenticationFailed'}</Code></Error>`);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(this.job(jobId)?.job.log ?? '');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.blobUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return () => new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function workflowRun(c: RenderCtx, r: RunRec): S['workflow-run'] {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  const url = `${repoUrl}/actions/runs/${r.id}`;
  const failed = r.jobs.some((j) => j.conclusion !== 'success' && j.conclusion !== 'skipped');
  return {
    id: r.id,
    name: r.name,
    node_id: `WFR_${r.id}`,
    check_suite_id: r.id + 1,
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: '.github/workflows/ci.yml',
    run_number: r.runNumber,
    run_attempt: 1,
    event: r.headBranch === c.defaultBranch ? 'push' : 'pull_request',
    status: 'completed',
    conclusion: failed ? 'failure' : 'success',
    workflow_id: 161335,
    url,
    html_url: `${HTML}/${c.owner}/${c.repo}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.createdAt,
    updated_at: r.createdAt,
    actor: user(c.owner),
    triggering_actor: user(c.owner),
    run_started_at: r.createdAt,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${r.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoUrl}/actions/workflows/161335`,
    head_commit: null,
    repository: minimalRepository(c),
    head_repository: minimalRepository(c),
    display_title: r.name,
  };
}

function job(c: RenderCtx, r: RunRec, j: JobRec): S['job'] {
  const repoUrl = `${c.api}/repos/${c.owner}/${c.repo}`;
  return {
    id: j.id,
    run_id: r.id,
    run_url: `${repoUrl}/actions/runs/${r.id}`,
    run_attempt: 1,
    node_id: `CR_${j.id}`,
    head_sha: r.headSha,
    url: `${repoUrl}/actions/jobs/${j.id}`,
    html_url: `${HTML}/${c.owner}/${c.repo}/actions/runs/${r.id}/job/${j.id}`,
    status: 'completed',
    conclusion: j.conclusion,
    created_at: j.startedAt,
    started_at: j.startedAt,
    completed_at: j.startedAt,
    name: j.name,
    steps: j.steps.map((s, i) => ({ status: 'completed' as const, conclusion: s.conclusion, name: s.name, number: i + 1, started_at: j.startedAt, completed_at: j.startedAt })),
    check_run_url: `${repoUrl}/check-runs/${j.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 2,
    runner_group_name: 'GitHub Actions',
    workflow_name: r.name,
    head_branch: r.headBranch,
  };
}

type WithActions = RenderCtx & { actions: ActionsStore };

export const actionsHandlers: Record<string, Handler> = {
  'actions/list-workflow-runs-for-repo': (c) => {
    const st = c.st as unknown as WithActions;
    const sha = c.query.get('head_sha');
    const branch = c.query.get('branch');
    const status = c.query.get('status');
    // Newest first, like GitHub. Every emulated run is completed.
    const list = [...st.actions.runs]
      .reverse()
      .filter((r) => (!sha || r.headSha === sha) && (!branch || r.headBranch === branch))
      .filter((r) => !status || status === 'completed' || status === workflowRun(st, r).conclusion);
    const { page, headers } = paginate(c, list);
    return ok('actions/list-workflow-runs-for-repo', 200, { total_count: list.length, workflow_runs: page.map((r) => workflowRun(st, r)) }, headers);
  },
  'actions/list-jobs-for-workflow-run': (c) => {
    const st = c.st as unknown as WithActions;
    const run = st.actions.runs.find((r) => r.id === Number(c.params.run_id));
    if (!run) return notFound();
    const { page, headers } = paginate(c, run.jobs);
    return ok('actions/list-jobs-for-workflow-run', 200, { total_count: run.jobs.length, jobs: page.map((j) => job(st, run, j)) }, headers);
  },
  'actions/download-job-logs-for-workflow-run': (c) => {
    const st = c.st as unknown as WithActions;
    const found = st.actions.job(Number(c.params.job_id));
    if (!found) return notFound();
    if (!found.job.log) return error(410, 'Logs have expired');
    return { status: 302, headers: { location: st.actions.sign(found.job.id) } };
  },
};
