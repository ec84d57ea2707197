import path from 'node:path';
import { existsSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import type { Forge } from '../../adapters/forge.js';
import { openOrReportPullRequest } from './open-pr.js';
import * as git from '../../adapters/git.js';
import { runTestCommand, tail } from '../../adapters/test-run.js';
import { envFiles, testCommands } from '../../core/test-commands.js';
import { leftoverCommitMessage, type TestOutcome } from '../../core/pr-text.js';
import { OrchError, UsageError, redact } from '../../errors.js';
import { commitLeftovers, commitsSince, pushBranch, rebaseOnto } from './finish-git.js';
import { refuseSecretCommits, refuseSecretLeftovers } from './finish-secrets.js';
import { appendEvent } from '../../state/events.js';
import { isRemote, sshHost } from '../../adapters/ssh.js';

export interface FinishOptions { name: string; draft: boolean; title?: string | undefined; test: boolean }

export interface FinishResult {
  name: string;
  branch: string;
  base: string;
  committed: { sha: string; files: number } | undefined;
  tests: TestOutcome;
  rebased: boolean;
  /** no-remote: the repository has no origin, so the branch stays local. */
  push: Awaited<ReturnType<typeof pushBranch>> | 'no-remote';
  /** null without githubRepo: no pull request is opened. */
  pr: { number: number; url: string; state: string; created: boolean } | null;
}

/**
 * `orch finish <name>`: commit leftovers, test, rebase onto origin/<base>, push, open (or report) the PR.
 * It never merges, never touches the base branch and never removes the worktree. Run by a human or by the
 * worker itself from inside its worktree (the config is found from the main checkout either way).
 */
export async function finishFlow(ctx: Ctx, project: Project, forge: Forge | undefined, o: FinishOptions): Promise<FinishResult> {
  const events = project.registry.getWorker(o.name) ? project.registry.eventsFile(o.name) : undefined;
  try {
    const r = await finishSteps(ctx, project, forge, o);
    if (events) appendEvent(events, { event: 'FinishSucceeded', ...(r.pr ? { pr: r.pr.number } : {}) });
    return r;
  } catch (e) {
    // Recorded where the state derivation reads: a worker that then claims completion is finish-failed, not done.
    if (events) appendEvent(events, { event: 'FinishFailed', failure: tail(redact(e instanceof Error ? e.message : String(e)), 12) });
    throw e;
  }
}

async function finishSteps(ctx: Ctx, project: Project, forge: Forge | undefined, o: FinishOptions): Promise<FinishResult> {
  const { registry, config } = project;
  const rec = registry.getWorker(o.name);
  if (!rec) throw new UsageError(`no worker named ${o.name}`, 'run `orch list` to see the names');
  const wt = rec.worktree;
  if (!rec.branch) throw new OrchError('no-branch', `${rec.name} works on a detached HEAD: there is no branch to open a pull request from`);
  // A worker on an SSH host: the same steps, run in that host's worktree (the PR is opened from here).
  if (isRemote(rec.host)) {
    const { finishOnHost } = await import('./finish-remote.js');
    return finishOnHost(ctx, project, sshHost(config, rec.host), rec, forge, o);
  }
  if (!existsSync(wt)) throw new OrchError('missing', `the worktree of ${rec.name} is gone (${wt})`, { hint: `run \`orch close ${rec.name}\`` });
  const branch = rec.branch;
  const current = await git.currentBranch(wt);
  if (current !== branch) {
    throw new OrchError('wrong-branch', `${wt} is on ${current ?? 'a detached HEAD'}, not ${branch}`, { hint: `switch back first: git -C ${wt} switch ${branch}` });
  }
  // Without githubRepo (no forge) finishing means a tested, rebased branch, pushed when there is a remote.
  const remote = await git.hasRemote(config.repoPath);
  if (forge && !remote) throw new OrchError('no-remote', 'the repository has no origin remote to push to', { hint: 'add one: git remote add origin <url>' });
  // Token and repository problems stop us before anything is committed or pushed.
  if (forge) await forge.checkRepo();
  const onto = remote ? `origin/${rec.base}` : rec.base;
  const log = (s: string) => ctx.out.info(`${rec.name}: ${s}`);

  // Secrets never leave the machine: env files and key-like files are refused before anything is committed,
  // and again in the commits about to be pushed (a worker may have committed one itself).
  const secretFiles = envFiles(config.layout);
  const pending = await refuseSecretLeftovers(wt, rec.name, secretFiles);
  await refuseSecretCommits(wt, rec.name, onto, secretFiles);

  const committed = await commitLeftovers(wt, leftoverCommitMessage(rec.kind, rec.name, rec.title), pending.clean);
  if (committed) log(`committed ${committed.files} leftover file${committed.files === 1 ? '' : 's'} (${committed.sha.slice(0, 7)})`);

  const tests = o.test ? await runTests(project, wt, log) : { status: 'skipped' as const, commands: [] };

  if (remote) await git.fetch(wt, 'origin', rec.base);
  const before = await git.gitRaw(wt, ['rev-parse', 'HEAD']);
  const rebased = await rebaseOnto(wt, onto);
  if (rebased) log(`rebased onto ${onto}`);
  const commits = await commitsSince(wt, onto);
  if (!commits.length) {
    throw new OrchError('nothing-to-finish', `${branch} has no commits beyond ${onto}: there is nothing to finish`, { hint: 'commit the work first (or check that it is not already merged)' });
  }

  // Scanned again only when the commits changed (a leftover commit or a rebase): a fetch alone only takes commits
  // out of the range already scanned.
  if (committed || rebased) await refuseSecretCommits(wt, rec.name, onto, secretFiles);

  // Not rebased: HEAD is still the commit read before the rebase check.
  const push = remote ? await pushBranch(wt, branch, rec.base, before, rebased ? undefined : before) : ('no-remote' as const);
  log(push === 'no-remote' ? `no remote: ${branch} stays local` : push === 'up-to-date' ? `origin/${branch} is up to date` : `pushed ${branch} (${push})`);
  if (!forge) {
    log('no pull request opened: githubRepo is not set in the session config');
    return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr: null };
  }

  const pr = await openOrReportPullRequest(project, forge, rec, { branch, title: o.title, draft: o.draft, commits, tests, log });
  return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr };
}

async function runTests(project: Project, wt: string, log: (s: string) => void): Promise<TestOutcome> {
  const { config } = project;
  const cmds = testCommands(config.layout, config.projectName, config.repoPath);
  if (!cmds.length) return { status: 'none', commands: [] };
  const done: TestOutcome['commands'] = [];
  for (const t of cmds) {
    log(`testing ${t.name}: ${t.cmd}`);
    const r = await runTestCommand(t.cmd, path.join(wt, t.dir));
    if (r.exitCode !== 0) {
      throw new OrchError('tests-failed', `tests failed: ${t.name} (\`${t.cmd}\` exited with ${r.exitCode}); nothing was pushed. The output ends with:\n${tail(r.output)}`, {
        hint: 'fix the failures and run orch finish again (or pass --no-test to open the PR anyway)',
      });
    }
    done.push({ name: t.name, cmd: t.cmd, ms: r.ms });
  }
  return { status: 'passed', commands: done };
}
