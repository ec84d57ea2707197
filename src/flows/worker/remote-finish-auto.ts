import type { Ctx, Project } from '../../context.js';
import type { WorkerFacts } from '../watch/inspect.js';
import { isRemote } from '../../adapters/ssh.js';

/**
 * A worker on an SSH host cannot run `orch finish` itself (orch is not installed there, and its brief says so): once it
 * claims WORKTREE_STATUS: COMPLETE without a pull request, the monitor finishes it from this machine, once (a
 * FinishFailed or FinishSucceeded event stops it from trying again). Returns what it did, or undefined.
 */
export async function finishClaimedOnHost(ctx: Ctx, project: Project, f: WorkerFacts, state: string, claim: string): Promise<string | undefined> {
  if (!isRemote(f.rec.host) || state !== 'finish-failed' || f.rec.pr !== undefined || !/WORKTREE_STATUS:\s*COMPLETE/.test(claim)) return undefined;
  if (f.events.some((e) => e.event === 'FinishFailed' || e.event === 'FinishSucceeded')) return undefined;
  const [{ finishFlow }, github] = await Promise.all([import('../pr/finish.js'), project.config.githubRepo ? import('../../adapters/github.js') : undefined]);
  try {
    const forge = github ? await github.openForge(project.config, ctx.env, (l) => ctx.out.info(l)) : undefined;
    const r = await finishFlow(ctx, project, forge, { name: f.rec.name, draft: false, test: true });
    return `finished from here (it runs on ${f.rec.host}): ${r.pr ? `PR #${r.pr.number} ${r.pr.created ? 'opened' : 'already open'}` : `pushed ${r.branch}`}`;
  } catch (e) {
    return `finish from here failed: ${(e as Error).message.split('\n')[0]}`;
  }
}
