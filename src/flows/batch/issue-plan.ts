import path from 'node:path';
import { existsSync, readdirSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import { workerOrchInvocation, shellQuote } from '../../context.js';
import type { Forge, IssueInfo } from '../../adapters/forge.js';
import type { MuxWindow } from '../../adapters/mux.js';
import * as git from '../../adapters/git.js';
import { issueBranch, issueWorkerName } from '../../core/naming.js';
import { renderBrief } from '../../core/brief.js';
import { testCommands } from '../../core/test-commands.js';
import type { WorkerPlan } from './dispatch.js';

/** How many of the newest comments go into a brief. */
export const BRIEF_COMMENTS = 5;

/** What exists locally, read once per run (one tmux call, one worktree listing, one branch listing). */
export interface LocalWork {
  windows: MuxWindow[];
  worktreeDirs: string[];
  branches: string[];
  queued: Array<{ name: string; issue: number | undefined; batch: string }>;
}

export async function readLocalWork(project: Project): Promise<LocalWork> {
  const { config, mux, registry } = project;
  const [windows, branches] = await Promise.all([
    mux.listWindows(config.session).catch(() => []),
    git.gitTry(config.repoPath, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/fix/']).then((r) => r.out.split('\n').filter(Boolean)),
  ]);
  const worktreeDirs = existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath) : [];
  const queued = registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, issue: q.issue, batch: b.id })));
  return { windows, worktreeDirs, branches, queued };
}

/**
 * Why issue n already has local work, or undefined. Matches by issue number, not only by name: a renamed
 * issue gets a new slug but must not get a second worker. Half-created work (killed mid-dispatch) is
 * described with the command that repairs it.
 */
export function existingIssueWork(project: Project, local: LocalWork, n: number, wanted: string): string | undefined {
  const { registry, config } = project;
  const rec = registry.listWorkers().find((w) => w.issue === n || w.name === wanted || w.name.startsWith(`fix-${n}-`));
  if (rec) {
    const win = local.windows.find((w) => w.name === rec.window);
    if (!existsSync(rec.worktree)) return `orch has a record of ${rec.name} but its worktree is gone: run \`orch close ${rec.name}\`, then run this again`;
    if (win && !win.dead) return `already has a worktree (${rec.name}) and its worker is running: watch it with \`orch monitor ${rec.name}\``;
    return `already has a worktree (${rec.name}) but no running worker (interrupted?): continue it with \`orch resume ${rec.name}\``;
  }
  const q = local.queued.find((x) => x.issue === n || x.name === wanted);
  if (q) return `already queued as ${q.name} (batch ${q.batch}): it starts when a worker slot frees (orch monitor --watch dispatches it)`;
  const dir = local.worktreeDirs.find((d) => d === wanted || d.startsWith(`fix-${n}-`));
  if (dir) {
    const wt = path.join(config.worktreesPath, dir);
    return `a worktree exists at ${wt} but orch has no record of it (an interrupted start?): look at it, remove it with \`git worktree remove ${wt}\`, then run this again`;
  }
  const branch = local.branches.find((b) => b.startsWith(`fix/${n}-`));
  if (branch) return `branch ${branch} already exists without a worktree: delete it (\`git branch -D ${branch}\`) or work on it by hand`;
  return undefined;
}

/** The skip reason from GitHub's side, or undefined. Order: existence, kind, state, then open pull requests. */
export async function remoteSkipReason(forge: Forge, issue: IssueInfo | undefined, n: number, branch: string): Promise<string | undefined> {
  if (!issue) return `issue #${n} does not exist in ${forge.repo}`;
  if (issue.isPullRequest) return `#${n} is a pull request, not an issue`;
  if (issue.state === 'closed') return `issue #${n} is closed`;
  // The closing query first: it loads the listing of open PRs, which then answers the branch query too.
  const [closing, fromBranch] = await Promise.all([forge.findPullRequests({ closesIssue: n }), forge.findPullRequests({ branch })]);
  if (fromBranch[0]) return `pull request #${fromBranch[0].number} from ${branch} is already open: ${fromBranch[0].url}`;
  if (closing[0]) return `pull request #${closing[0].number} already says Closes #${n}: ${closing[0].url}`;
  return undefined;
}

/** Name, branch, worktree and brief for one issue. The issue's text enters the brief only as quoted, untrusted data. */
export async function planIssue(project: Project, forge: Forge, issue: IssueInfo, o: { base: string; batch?: string; startPoint?: string }): Promise<WorkerPlan> {
  const { config } = project;
  const name = issueWorkerName(issue.number, issue.title);
  const branch = issueBranch(issue.number, issue.title);
  const worktree = path.join(config.worktreesPath, name);
  const comments = issue.comments > 0 ? await forge.listComments(issue.number, BRIEF_COMMENTS) : [];
  return {
    name,
    kind: 'issue',
    branch,
    base: o.base,
    ...(o.startPoint ? { startPoint: o.startPoint } : {}),
    worktree,
    issue: issue.number,
    title: issue.title,
    ...(o.batch ? { batch: o.batch } : {}),
    brief: renderBrief({
      name,
      branch,
      base: o.base,
      worktree,
      issue: { number: issue.number, url: issue.url, title: issue.title, labels: issue.labels, body: issue.body, comments: comments.map((c) => ({ author: c.author, body: c.body })) },
      workType: 'iteration',
      dataFlow: config.dataFlow,
      teams: config.teams,
      tests: testCommands(config.layout, config.projectName, config.repoPath),
      orchCommand: shellQuote(workerOrchInvocation()),
      workerPreset: config.worker.name,
    }),
  };
}
