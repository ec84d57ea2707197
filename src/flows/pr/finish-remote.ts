import type { Ctx, Project } from '../../context.js';
import type { Forge } from '../../adapters/forge.js';
import { openOrReportPullRequest } from './open-pr.js';
import type { WorkerRecord } from '../../state/records.js';
import type { SshHost } from '../../adapters/ssh.js';
import { envFiles, testCommands } from '../../core/test-commands.js';
import { needsContent, secretPaths, type SecretHit } from '../../core/secrets.js';
import { leftoverCommitMessage, type TestOutcome } from '../../core/pr-text.js';
import { OrchError, RefusalError } from '../../errors.js';
import { tail } from '../../adapters/test-run.js';
import { NEVER_COMMIT } from './finish-git.js';
import type { FinishOptions, FinishResult } from './finish.js';

/**
 * `orch finish` for a worker on an SSH host: the same steps (refuse secrets, commit leftovers, test, rebase onto
 * origin/<base>, push, open the PR), with every git and test command run in the host's worktree and the push made from
 * the host's clone. The GitHub call is made here: the token never goes to the host or onto a remote command line.
 */
export async function finishOnHost(ctx: Ctx, project: Project, h: SshHost, rec: WorkerRecord, forge: Forge | undefined, o: FinishOptions): Promise<FinishResult> {
  const { config } = project;
  const wt = rec.worktree;
  const g = (args: string[], what = `git ${args[0]}`, timeoutMs?: number) => h.must(['git', '-C', wt, ...args], what, timeoutMs ? { timeoutMs } : {}).then((s) => s.trim());
  const gTry = async (args: string[]) => {
    const r = await h.exec(['git', '-C', wt, ...args]);
    return { ok: r.exitCode === 0, out: r.stdout.trim(), err: r.stderr };
  };
  const branch = rec.branch!;
  if ((await h.exec(['test', '-d', wt])).exitCode !== 0) throw new OrchError('missing', `the worktree of ${rec.name} is gone on ${h.name} (${wt})`, { hint: `run \`orch close ${rec.name}\`` });
  const current = (await gTry(['symbolic-ref', '--quiet', '--short', 'HEAD'])).out;
  if (current !== branch) throw new OrchError('wrong-branch', `${wt} on ${h.name} is on ${current || 'a detached HEAD'}, not ${branch}`, { hint: `switch back first on ${h.name}: git -C ${wt} switch ${branch}` });
  if (forge) await forge.checkRepo();
  const onto = `origin/${rec.base}`;
  const log = (s: string) => ctx.out.info(`${rec.name}: ${s}`);
  const secretFiles = envFiles(config.layout);
  const read = async (rev: string | undefined, p: string) => {
    const r = rev ? await gTry(['show', `${rev}:${p}`]) : await h.exec(['cat', `${wt}/${p}`]).then((x) => ({ ok: x.exitCode === 0, out: x.stdout }));
    return r.ok ? r.out : undefined;
  };
  const refuse = async (paths: string[], rev: string | undefined, what: string) => {
    const contents = new Map<string, string | undefined>();
    for (const f of paths.filter(needsContent)) contents.set(f, await read(rev, f));
    const hits: SecretHit[] = secretPaths(paths, secretFiles, (p) => contents.get(p));
    if (hits.length) throw new RefusalError(`refusing to finish ${rec.name}: ${what} ${hits.map((x) => `${x.path} (${x.why})`).join(', ')}; nothing was pushed`, `keep them out of git in ${wt} on ${h.name}, then run orch finish ${rec.name} again`);
  };

  // Secrets never leave the host through git: leftovers first, then what the commits about to be pushed change.
  const pending = (await g(['status', '--porcelain', '--untracked-files=all'])).split('\n').filter(Boolean).map((l) => l.slice(3).replace(/^.* -> /, ''));
  await refuse(pending, undefined, 'it would commit');
  let committed: FinishResult['committed'];
  if (pending.length) {
    await g(['add', '-A']);
    const staged = (await g(['diff', '--cached', '--name-only'])).split('\n').filter(Boolean);
    const ours = staged.filter((f) => NEVER_COMMIT.includes(f));
    if (ours.length) await g(['reset', '--quiet', '--', ...ours]);
    const files = staged.filter((f) => !ours.includes(f));
    if (files.length) {
      await g(['commit', '--quiet', '-m', leftoverCommitMessage(rec.kind, rec.name, rec.title)]);
      committed = { sha: await g(['rev-parse', 'HEAD']), files: files.length };
      log(`committed ${files.length} leftover file${files.length === 1 ? '' : 's'} on ${h.name} (${committed.sha.slice(0, 7)})`);
    }
  }

  const tests: TestOutcome = o.test ? await runTestsOnHost(project, h, wt, log) : { status: 'skipped', commands: [] };

  await g(['fetch', '--quiet', 'origin', rec.base], 'git fetch', 120_000);
  const before = await g(['rev-parse', 'HEAD']);
  let rebased = false;
  if (!(await gTry(['merge-base', '--is-ancestor', onto, 'HEAD'])).ok) {
    const r = await gTry(['rebase', '--no-autostash', onto]);
    if (!r.ok) {
      await gTry(['rebase', '--abort']);
      throw new OrchError('rebase-conflict', `rebasing onto ${onto} on ${h.name} failed; the rebase was aborted. Nothing was pushed.`, { hint: `resolve by hand on ${h.name} in ${wt}, then run orch finish again` });
    }
    rebased = true;
    log(`rebased onto ${onto}`);
  }
  const commits = (await g(['log', '--reverse', '--format=%H%x09%s', `${onto}..HEAD`])).split('\n').filter(Boolean).map((l) => {
    const [sha = '', subject = ''] = l.split('\t');
    return { sha, subject };
  });
  if (!commits.length) throw new OrchError('nothing-to-finish', `${branch} has no commits beyond ${onto}: there is nothing to finish`, { hint: 'commit the work first (or check that it is not already merged)' });
  await refuse((await g(['diff', '--name-only', '--no-renames', '--diff-filter=d', `${onto}...HEAD`])).split('\n').filter(Boolean), 'HEAD', 'its commits add');

  if (branch === rec.base) throw new OrchError('push-base', `refusing to push ${branch}: it is the base branch`);
  const refspec = `refs/heads/${branch}:refs/heads/${branch}`;
  const remoteSha = (await gTry(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`])).out.split(/\s+/)[0] || undefined;
  const head = await g(['rev-parse', 'HEAD']);
  let push: FinishResult['push'];
  if (!remoteSha) {
    await g(['push', '--quiet', '-u', 'origin', refspec], 'git push', 120_000);
    push = 'new';
  } else if (remoteSha === head) push = 'up-to-date';
  else if ((await gTry(['merge-base', '--is-ancestor', remoteSha, head])).ok) {
    await g(['push', '--quiet', '-u', 'origin', refspec], 'git push', 120_000);
    push = 'fast-forward';
  } else if ((await gTry(['merge-base', '--is-ancestor', remoteSha, before])).ok) {
    await g(['push', '--quiet', '-u', `--force-with-lease=refs/heads/${branch}:${remoteSha}`, 'origin', refspec], 'git push', 120_000);
    push = 'force-with-lease';
  } else {
    throw new OrchError('push-diverged', `origin/${branch} has commits the worktree on ${h.name} does not have; nothing was pushed`, { hint: `bring them in first on ${h.name}: git pull --rebase origin ${branch}` });
  }
  log(push === 'up-to-date' ? `origin/${branch} is up to date` : `pushed ${branch} from ${h.name} (${push})`);
  if (!forge) return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr: null };

  const pr = await openOrReportPullRequest(project, forge, rec, { branch, title: o.title, draft: o.draft, commits, tests, log });
  return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr };
}

/** The configured test commands, each run by the host's shell in the worktree (config text, as on this machine). */
async function runTestsOnHost(project: Project, h: SshHost, wt: string, log: (s: string) => void): Promise<TestOutcome> {
  const { config } = project;
  const cmds = testCommands(config.layout, config.projectName, config.repoPath);
  if (!cmds.length) return { status: 'none', commands: [] };
  const done: TestOutcome['commands'] = [];
  for (const t of cmds) {
    log(`testing ${t.name} on ${h.name}: ${t.cmd}`);
    const started = Date.now();
    const r = await h.exec(['sh', '-c', 'cd "$1" && eval "$2"', 'sh', `${wt}/${t.dir}`.replace(/\/\.?$/, ''), t.cmd], { timeoutMs: 30 * 60_000 });
    if (r.exitCode !== 0) {
      throw new OrchError('tests-failed', `tests failed on ${h.name}: ${t.name} (\`${t.cmd}\` exited with ${r.exitCode}); nothing was pushed. The output ends with:\n${tail(`${r.stdout}\n${r.stderr}`)}`, {
        hint: 'fix the failures and run orch finish again (or pass --no-test to open the PR anyway)',
      });
    }
    done.push({ name: t.name, cmd: t.cmd, ms: Date.now() - started });
  }
  return { status: 'passed', commands: done };
}
