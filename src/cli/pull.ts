import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';
import type { PullResult } from '../flows/pr/pull.js';
import type { MergePlanResult } from '../flows/pr/merge-plan.js';
import { UsageError } from '../errors.js';
import { renderTable } from '../core/table.js';
import { displayTitle } from './start-issues.js';
import { costLine, formatCost } from '../core/usage.js';

function render(r: PullResult): string {
  const out: string[] = [];
  if (!r.rows.length) out.push('No orch branches. Start some with `orch start-issues <n>...`.');
  else {
    out.push(
      renderTable(
        ['BRANCH', 'PR', 'STATE', 'CI', 'REVIEW', 'MERGEABLE', 'WORKTREE', 'WORKER', 'COST', 'TITLE'],
        r.rows.map((x) => [
          x.branch,
          x.pr ? `#${x.pr}` : '-',
          x.state,
          x.ci + (x.failingChecks.length ? ` (${x.failingChecks.join(', ')})` : ''),
          x.review,
          x.mergeable === null ? '-' : x.mergeable ? 'yes' : 'no',
          x.worktree ? 'yes' : 'no',
          x.worker,
          x.cost ? formatCost(x.cost.usd) : '-',
          displayTitle(x.title, 40),
        ]),
      ),
    );
  }
  if (r.rows.some((x) => x.cost)) {
    out.push(`\nCost: ${costLine(r.costs.total)}`);
    for (const [id, c] of Object.entries(r.costs.batches)) out.push(`  batch ${id}: ${costLine(c)}`);
  }
  if (r.incoming) {
    out.push(r.incoming.count ? `\nIncoming on origin/${r.base}: ${r.incoming.count} commit${r.incoming.count === 1 ? '' : 's'} the local ${r.base} lacks` : `\nThe local ${r.base} is up to date with origin/${r.base}.`);
    for (const c of r.incoming.commits) out.push(`  ${displayTitle(c, 80)}`);
  }
  const conflicting = r.rows.filter((x) => x.conflictsWithBase);
  if (conflicting.length) {
    out.push(`\nConflict with ${r.base} now (their workers must rebase; \`orch pull --yes\` tells them):`);
    for (const x of conflicting) out.push(`  #${x.pr} ${x.branch}: ${x.conflictsWithBase!.join(', ') || '(files not named)'}`);
  }
  if (r.becameConflicting.length) out.push(`Went from clean to conflicting since the last look: ${r.becameConflicting.map((x) => `#${x.pr} ${x.name}`).join(', ')}`);
  const a = r.applied;
  if (!a) {
    const merged = r.rows.filter((x) => x.state === 'MERGED' && x.worktree).length;
    out.push(`\nNothing was changed. \`orch pull --yes\` fast-forwards ${r.base}${merged ? ` and removes the ${merged} worktree${merged === 1 ? '' : 's'} whose PR is merged` : ''}.`);
    return out.join('\n');
  }
  out.push('');
  out.push(`Landed: ${a.landed.join(', ') || '(none)'}`);
  out.push(`Still active: ${a.active.map((x) => `${x.name} (${x.state})`).join(', ') || '(none)'}`);
  out.push(`Refused: ${a.refused.length ? '' : '(none)'}`);
  for (const x of a.refused) out.push(`  ${x.name}: ${x.reasons.join('; ')}`);
  if (a.rebaseAsked.length) out.push(`Asked to rebase: ${a.rebaseAsked.map((x) => `${x.name} (#${x.pr})`).join(', ')}`);
  for (const x of a.rebaseNotAsked) out.push(`Not asked to rebase: ${x.name} (#${x.pr}): ${x.reason}`);
  if (a.newBase) out.push(`${r.base} is now at ${a.newBase.sha.slice(0, 7)} ${displayTitle(a.newBase.subject, 60)}${a.fastForwarded ? ` (fast-forwarded ${a.fastForwarded})` : ''}`);
  return out.join('\n');
}

function renderPlan(r: MergePlanResult): string {
  const out: string[] = [`MERGE PLAN onto ${r.base} at ${r.baseSha.slice(0, 7)} (tried locally with git ${r.method}; nothing was merged or pushed)`];
  if (!r.prs.length) out.push('No open pull request of an orch worker with passing checks.');
  const title = (n: number) => {
    const p = r.prs.find((x) => x.number === n);
    return p ? `#${n} ${p.branch}  ${displayTitle(p.title, 50)}` : `#${n}`;
  };
  if (r.order.length) {
    out.push(`\nMerge on GitHub in this order (${r.order.length} land${r.order.length === 1 ? 's' : ''} without conflicts):`);
    r.order.forEach((n, i) => {
      const step = r.steps.find((s) => s.pr === n);
      const tests = step?.tests?.length ? `  tests: ${step.tests.every((t) => t.pass) ? 'pass' : 'FAIL'}` : '';
      out.push(`  ${i + 1}. ${title(n)}${tests}`);
    });
  }
  if (r.pairs.length) {
    out.push('\nConflicting pairs:');
    for (const p of r.pairs) out.push(`  #${p.a} and #${p.b}: ${p.files.join(', ') || '(files not named)'}`);
  }
  if (r.later.length) {
    out.push('\nAfter those (each needs a rebase or a fix first):');
    for (const l of r.later) out.push(`  ${title(l.pr)}: ${l.reason}`);
  }
  if (r.skipped.length) out.push(`\nLeft out: ${r.skipped.map((s) => `${s.name}${s.pr ? ` (#${s.pr})` : ''}: ${s.reason}`).join('; ')}`);
  if (r.prs.length && !r.scratch.removed) out.push(`\nKept the scratch worktree ${r.scratch.dir}: ${(r.scratch.reasons ?? []).join('; ')}`);
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('pull')
    .helpGroup('Finish:')
    .description('dashboard of every orch branch and its pull request; with --yes, fast-forward the base and remove merged worktrees (never merges)')
    .option('--yes', 'fast-forward the base branch and remove the worktrees of merged pull requests')
    .option('--plan', 'try the open PRs with passing checks against the base in a scratch worktree: conflicting pairs and a merge order (merges nothing)')
    .option('--test', 'with --plan: run the test command after each merge')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch pull\n  orch pull --yes\n  orch pull --plan\n  orch pull --plan --test --json')
    .action(
      action(async (ctx, o: { yes?: boolean; plan?: boolean; test?: boolean }) => {
        if (o.plan && o.yes) throw new UsageError('--plan and --yes do not go together: the plan changes nothing', 'run `orch pull --plan`, merge on GitHub, then `orch pull --yes`');
        if (o.test && !o.plan) throw new UsageError('--test only goes with --plan', 'run `orch pull --plan --test`');
        const project = await openProject(ctx);
        if (o.plan) {
          const [{ openForge }, { mergePlanFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/pr/merge-plan.js')]);
          const forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l));
          const plan = await mergePlanFlow(ctx, project, forge, { test: Boolean(o.test) });
          return { data: plan, text: () => renderPlan(plan) };
        }
        // Loaded on use: octokit and the flow stay off the startup path of every other command.
        const [{ openForge }, { pullFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/pr/pull.js')]);
        const forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l));
        const r = await pullFlow(ctx, project, forge, { yes: Boolean(o.yes) });
        // A refused landing protected work: the report says which and why, and the exit code says so too.
        const { pullJson } = await import('../flows/pr/pull-json.js');
        return { data: ctx.json ? await pullJson(project, r) : r, text: () => render(r), ...(r.applied?.refused.length ? { exitCode: 3 as const } : {}) };
      }),
    );
}
