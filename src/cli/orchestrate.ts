import type { Command } from 'commander';
import { action, checkWorkerName, durationArg, durationOption, workerNameArg } from './common.js';
import { openProject, type Ctx, type Project } from '../context.js';
import type { Forge } from '../adapters/forge.js';
import { pollBatch, renderPoll, type PollResult } from '../flows/batch/orchestrate-poll.js';
import { pollDelay, tightestBudget, type RateBudget } from '../core/api-budget.js';
import { orchestrateDashboard } from '../flows/batch/orchestrate-dashboard.js';
import { batchFacts, batchFinished, pickBatch } from '../flows/batch/batch-facts.js';
import { verifyWorker, renderVerify } from '../flows/batch/verify.js';
import { startAiWorker, stopAiWorker, type AiRole } from '../flows/batch/ai-workers.js';
import { dispatchFromQueue } from '../flows/batch/queue.js';
import { renderTable } from '../core/table.js';
import { OrchError, UsageError } from '../errors.js';

async function maybeForge(ctx: Ctx, project: Project): Promise<Forge | undefined> {
  if (!project.config.githubRepo) return undefined;
  const { openForge } = await import('../adapters/github.js');
  return openForge(project.config, ctx.env, (s) => ctx.out.info(s));
}

const VERBS = ['dashboard', 'poll', 'dispatch', 'verify', 'verify-all', 'pull', 'cleanup'];

export function register(program: Command): void {
  program
    .command('orchestrate')
    .helpGroup('Watch:')
    .description('the batch loop: dashboard (default), poll (monitor, dispatch the queue, route CI failures and reviews, land merged PRs), dispatch, verify <name>, verify-all, pull, cleanup; never merges')
    .argument('[verb]', `${VERBS.join(' | ')} (default: dashboard; poll with --loop)`)
    .argument('[name]', 'worker name for verify')
    .option('--batch <id>', 'batch to work on (default: the newest open batch)')
    .option('--loop <dur>', 'repeat poll every <dur> (at least 1s) until the batch is finished, then exit 0')
    .addOption(durationOption('--timeout <dur>', 'bound the whole --loop', { min: '1s' }))
    .addOption(durationOption('--idle-grace <dur>', 'how long a worker stays idle before it is nudged; 0s nudges at once', { min: '0s', default: '30s' }))
    .option('--json', 'print JSON (one object per cycle with --loop)')
    .addHelpText('after', '\nExamples:\n  orch orchestrate\n  orch orchestrate poll --json\n  orch orchestrate --loop 3m --timeout 4h\n  orch orchestrate verify fix-12-crash\n  /loop 5m /session orchestrate poll        (inside Claude Code)')
    .action(
      action(async (ctx, given: string | undefined, name: string | undefined, o: { batch?: string; loop?: string; timeout?: number; idleGrace: number }) => {
        // --loop means "keep polling": without a verb it polls rather than printing the dashboard once.
        const verb = given ?? (o.loop ? 'poll' : 'dashboard');
        if (!VERBS.includes(verb)) throw new UsageError(`unknown orchestrate verb "${verb}"`, `use one of: ${VERBS.join(', ')}`);
        if (o.loop !== undefined) {
          if (verb !== 'poll') throw new UsageError(`--loop repeats poll; it does not go with ${verb}`, 'run `orch orchestrate --loop <dur>` (same as `orch orchestrate poll --loop <dur>`)');
          durationArg('--loop', 1000)(o.loop);
        }
        checkWorkerName(name);
        const project = await openProject(ctx);
        if (verb === 'verify') {
          if (!name) throw new UsageError('verify needs a worker name', 'example: orch orchestrate verify fix-12-crash');
          const r = await verifyWorker(project, name);
          if (!r.pass) process.exitCode = 1;
          return { data: r, text: renderVerify(r) };
        }
        if (verb === 'verify-all') {
          const batch = pickBatch(project, o.batch);
          const names = batch.members.filter((m) => project.registry.getWorker(m)?.branch);
          const rs = [];
          for (const n of names) rs.push(await verifyWorker(project, n));
          if (rs.some((r) => !r.pass)) process.exitCode = 1;
          return { data: { batch: batch.id, results: rs }, text: rs.map(renderVerify).join('\n\n') || 'No workers with branches in this batch.' };
        }
        if (verb === 'dispatch') {
          const started = await dispatchFromQueue(project, ctx);
          return { data: { dispatched: started }, text: started.length ? `Dispatched: ${started.join(', ')}` : 'Nothing to dispatch (queue empty or no free slot).' };
        }
        if (verb === 'pull' || verb === 'cleanup') {
          throw new UsageError(`orchestrate ${verb} is a human step`, verb === 'pull' ? 'run `orch pull` to see the PR dashboard, then `orch pull --yes` to land merged work' : 'run `orch cleanup` to list what would be removed, then `orch cleanup --yes`');
        }
        const forge = await maybeForge(ctx, project);
        if (verb === 'dashboard') {
          const batch = pickBatch(project, o.batch);
          const members = await batchFacts(project, batch, forge);
          const data = orchestrateDashboard(project, batch, members);
          const needs = members.filter((m) => ['blocked', 'errored', 'waiting-approval', 'asking', 'dead', 'stuck', 'finish-failed'].includes(m.status) || (m.pr?.ci === 'PASSING' && m.pr.state === 'OPEN'));
          return {
            data,
            text: [
              `ORCHESTRATOR DASHBOARD (batch ${batch.id}${data.finished ? ', finished' : ''})`,
              renderTable(['NAME', 'STATUS', 'BRANCH', 'PR', 'CI', 'REVIEW', 'NOTE'], members.map((m) => [m.name, m.status, m.rec?.branch ?? '-', m.pr ? `#${m.pr.number} ${m.pr.state}` : '-', m.pr?.ci ?? '-', m.pr?.reviewDecision ?? '-', m.reason])),
              `Needs you: ${needs.length ? needs.map((m) => (m.pr?.ci === 'PASSING' ? `${m.name} (READY FOR REVIEW ${m.pr.url})` : `${m.name} (${m.status})`)).join('; ') : 'nothing'}`,
            ].join('\n\n'),
          };
        }
        // poll, once or looped
        const once = () => pollBatch(ctx, project, forge, o.batch, { idleGraceMs: o.idleGrace });
        if (!o.loop) {
          const r = await once();
          return { data: r, text: renderPoll(r), ...(r.refused.length ? { exitCode: 3 as const } : {}) };
        }
        const every = durationArg('--loop', 1000)(o.loop);
        const started = Date.now();
        let r: PollResult;
        let lastBudget: RateBudget | undefined;
        let costPerCycle = 1;
        for (;;) {
          r = await once();
          if (ctx.json) ctx.out.jsonLine(r);
          else ctx.out.data(renderPoll(r));
          if (r.finished) break;
          if (o.timeout && Date.now() - started > o.timeout) throw new OrchError('timeout', `the batch ${r.batch} was not finished after ${Math.round(o.timeout / 1000)}s`, { hint: 'run `orch orchestrate` to see what is left' });
          // Slows itself down before GitHub's budget runs out: the cost of a cycle is measured from the budget itself.
          const budget = tightestBudget(forge?.rateBudgets() ?? []);
          if (budget && lastBudget?.resource === budget.resource && lastBudget.resetAt === budget.resetAt) costPerCycle = Math.max(1, lastBudget.remaining - budget.remaining);
          lastBudget = budget;
          const pace = pollDelay({ intervalMs: every, costPerCycle, budget, now: Date.now() });
          if (pace.slowedBecause) ctx.out.warn(pace.slowedBecause);
          await new Promise((res) => setTimeout(res, pace.delayMs));
        }
        if (!ctx.json) ctx.out.info(`orchestrate: batch ${r.batch} finished; exiting.`);
        return undefined;
      }),
    );

  for (const role of ['orchestrator', 'reviewer'] as AiRole[]) {
    const cmd = program
      .command(role)
      .helpGroup('Watch:')
      .description(`start or stop the AI ${role} worker (its own detached worktree and window "${role}"; never merges)`)
      .addHelpText('after', `\nExamples:\n  orch ${role} start\n  orch ${role} stop`);
    const start = cmd
      .command('start')
      .description(`spawn the ${role} Claude worker; idempotent`)
      .option('--interval <dur>', role === 'orchestrator' ? 'loop interval handed to the worker, at least 1m (default: 5m)' : 'loop interval handed to the worker, at least 1m (default: review.intervalMin from the config, 10m unless set)')
      .option('--batch <id>', 'batch to orchestrate')
      .option('--json', 'print as JSON');
    // Only the orchestrator starts a reviewer alongside itself, so only it offers to skip that.
    if (role === 'orchestrator') start.option('--no-reviewer', 'do not also start the reviewer');
    start
      .addHelpText('after', `\nExample:\n  orch ${role} start --interval 5m`)
      .action(
        action(async (ctx, o: { interval?: string; batch?: string; reviewer?: boolean }) => {
          if (o.interval !== undefined) durationArg('--interval', 60_000)(o.interval);
          const project = await openProject(ctx);
          const interval = o.interval ?? (role === 'orchestrator' ? '5m' : `${project.config.review.intervalMin}m`);
          const r = [await startAiWorker(ctx, project, role, { interval, batch: o.batch })];
          if (role === 'orchestrator' && o.reviewer !== false) r.push(await startAiWorker(ctx, project, 'reviewer', { interval: `${project.config.review.intervalMin}m` }));
          return { data: { workers: r }, text: r.map((x) => `${x.name}: ${x.status} (${x.attach})`).join('\n') };
        }),
      );
    cmd
      .command('stop')
      .description(`stop the ${role} worker and remove its detached worktree`)
      .option('--json', 'print as JSON')
      .option('--force', 'remove its worktree even with uncommitted files or commits on no remote branch')
      .addHelpText('after', `\nRefuses (until --force), like orch close: uncommitted files or commits that exist only in its worktree.\n\nExample:\n  orch ${role} stop`)
      .action(
        action(async (ctx, o: { force?: boolean }) => {
          const r = await stopAiWorker(await openProject(ctx), role, { force: Boolean(o.force), log: (s) => ctx.out.info(s) });
          return { data: r, text: `${role}: ${r.status}` };
        }),
      );
  }

  program
    .command('review')
    .helpGroup('Finish:')
    .description("post a review on a worker's pull request (approve or request changes); used by the reviewer worker; never merges")
    .argument('<name>', 'worker name', workerNameArg)
    .option('--approve <summary>', 'approve with this summary')
    .option('--request-changes <what>', 'request changes with this text')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch review fix-12-crash --request-changes "Add a test for the empty cart"')
    .action(
      action(async (ctx, name: string, o: { approve?: string; requestChanges?: string }) => {
        if (!o.approve === !o.requestChanges) throw new UsageError('give exactly one of --approve or --request-changes');
        const project = await openProject(ctx);
        const forge = await maybeForge(ctx, project);
        if (!forge) throw new UsageError('githubRepo is not set in the session config', 'add "githubRepo": "owner/name"');
        const rec = project.registry.getWorker(name);
        if (!rec?.branch) throw new UsageError(`no worker named ${name} with a branch`);
        const pr = rec.pr ?? (await forge.findPullRequests({ branch: rec.branch }))[0]?.number;
        if (!pr) throw new OrchError('no-pr', `${name} has no open pull request`, { hint: `the worker opens one with \`orch finish ${name}\`` });
        await forge.createReview(pr, o.approve ? { event: 'APPROVE', body: o.approve } : { event: 'REQUEST_CHANGES', body: o.requestChanges! });
        if (o.approve) await forge.addLabels(pr, ['READY-VERIFIED']);
        return { data: { name, pr, event: o.approve ? 'APPROVE' : 'REQUEST_CHANGES' }, text: `${name}: ${o.approve ? 'approved' : 'requested changes on'} PR #${pr}` };
      }),
    );
}
