import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';
import type { PullResult } from '../flows/pr/pull.js';
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
  if (a.newBase) out.push(`${r.base} is now at ${a.newBase.sha.slice(0, 7)} ${displayTitle(a.newBase.subject, 60)}${a.fastForwarded ? ` (fast-forwarded ${a.fastForwarded})` : ''}`);
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('pull')
    .helpGroup('Finish:')
    .description('dashboard of every orch branch and its pull request; with --yes, fast-forward the base and remove merged worktrees (never merges)')
    .option('--yes', 'fast-forward the base branch and remove the worktrees of merged pull requests')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch pull\n  orch pull --yes')
    .action(
      action(async (ctx, o: { yes?: boolean }) => {
        const project = await openProject(ctx);
        // Loaded on use: octokit and the flow stay off the startup path of every other command.
        const [{ openForge }, { pullFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/pr/pull.js')]);
        const forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l));
        const r = await pullFlow(ctx, project, forge, { yes: Boolean(o.yes) });
        // A refused landing protected work: the report says which and why, and the exit code says so too.
        return { data: r, text: () => render(r), ...(r.applied?.refused.length ? { exitCode: 3 as const } : {}) };
      }),
    );
}
