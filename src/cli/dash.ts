import type { Command } from 'commander';
import { action, durationOption } from './common.js';
import { openProject } from '../context.js';
import { dashAnswer, dashRows, needsHuman } from '../flows/watch/dash.js';
import { collisionSummary, renderDashboard } from '../core/dashboard.js';
import { costTotals } from '../flows/watch/costs.js';
import { costLine } from '../core/usage.js';
import type { Forge } from '../adapters/forge.js';
import type { Ctx, Project } from '../context.js';
import { UsageError } from '../errors.js';
import { budgetText, tightestBudget } from '../core/api-budget.js';

function portArg(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535) throw new UsageError(`--port expects a port number from 1 to 65535, got "${v}"`);
  return Number(v);
}

/** `dash --web`: serves until Ctrl-C; the URL (with its token) is the only thing printed on stdout. */
async function serveWeb(ctx: Ctx, project: Project, o: { port: number; open: boolean }): Promise<void> {
  const { startWebDashboard } = await import('../flows/watch/web/server.js');
  const forge = project.config.githubRepo
    ? async () => {
        const { openForge } = await import('../adapters/github.js');
        return openForge(project.config, ctx.env, (s) => ctx.out.info(s)).catch((e: Error) => {
          ctx.out.warn(`CI and review left empty: ${e.message}`);
          return undefined;
        });
      }
    : undefined;
  const web = await startWebDashboard(ctx, project, { port: o.port, forge });
  if (ctx.json) ctx.out.jsonLine({ url: web.url, port: web.port });
  else ctx.out.data(web.url);
  ctx.out.info('Dashboard on 127.0.0.1 only; the token in the URL is its password. Ctrl-C stops it.');
  if (o.open) {
    const { openUrl } = await import('../adapters/open-url.js');
    if (!(await openUrl(web.url))) ctx.out.warn('no browser could be opened; open the URL above yourself');
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await web.close();
}

export function register(program: Command): void {
  program
    .command('dash')
    .helpGroup('Watch:')
    .description('dashboard: every worker with state, last activity, current tool, commits, PR; totals; who needs you')
    .option('--watch', 'redraw in place until Ctrl-C')
    .addOption(durationOption('--interval <dur>', 'redraw interval with --watch', { min: '500ms', default: '2s' }))
    .option('--json', 'print as JSON')
    .option('--web', 'serve a live dashboard page on 127.0.0.1 (prints its URL with a private token) until Ctrl-C')
    .option('--port <n>', 'port for --web (default: a free one)', portArg)
    .option('--open', 'with --web: open the page in the default browser')
    .addHelpText('after', '\nExample:\n  orch dash\n  orch dash --watch\n  orch dash --json\n  orch dash --web --open')
    .action(
      action(async (ctx, o: { watch?: boolean; interval: number; web?: boolean; port?: number; open?: boolean }) => {
        const project = await openProject(ctx);
        if (o.web) return serveWeb(ctx, project, { port: o.port ?? 0, open: Boolean(o.open) });
        if (o.port !== undefined || o.open) throw new UsageError(`${o.port !== undefined ? '--port' : '--open'} only goes with --web`, 'run `orch dash --web --help`');
        const color = ctx.out.stdoutIsTTY && !process.env.NO_COLOR;
        let forge: Forge | undefined;
        if (project.config.githubRepo && project.registry.listWorkers().some((w) => w.pr)) {
          const { openForge } = await import('../adapters/github.js');
          forge = await openForge(project.config, ctx.env, (s) => ctx.out.info(s)).catch((e: Error) => {
            ctx.out.warn(`CI column left empty: ${e.message}`);
            return undefined;
          });
        }
        const draw = async () => {
          const rows = await dashRows(project, forge);
          const attention = needsHuman(rows);
          const collisions = collisionSummary(rows);
          const collide = collisions.length ? `\n\nCollisions (same file changed by two workers):\n${collisions.map((c) => `  ${c}`).join('\n')}` : '';
          const budget = tightestBudget(forge?.rateBudgets() ?? []);
          const budgetLine = budget ? `\n\nGitHub budget: ${budgetText(budget)}` : '';
          const costs = costTotals(rows.map((r) => ({ batch: r.batch ?? undefined, cost: r.cost! })));
          const costText = rows.length ? `\n\nCost: ${costLine(costs.total)}${Object.entries(costs.batches).map(([id, c]) => `\n  batch ${id}: ${costLine(c)}`).join('')}` : '';
          return { rows, budget, costs, text: `${renderDashboard(rows, Date.now(), color)}${costText}${attention.length ? `\n\nNeeds you: ${attention.map((r) => `${r.name} (${r.state.name}: ${r.why ?? r.state.reason})`).join('; ')}` : ''}${collide}${budgetLine}` };
        };
        if (o.watch && !ctx.json) {
          for (;;) {
            const { text } = await draw();
            // Clear and redraw in place on a terminal; plain appends elsewhere.
            if (ctx.out.stdoutIsTTY) process.stdout.write('\u001b[H\u001b[2J');
            ctx.out.data(`${text}\n\n(${new Date().toLocaleTimeString()}; Ctrl-C to stop)`);
            await new Promise((r) => setTimeout(r, o.interval));
          }
        }
        const { rows, text, budget, costs } = await draw();
        return { data: dashAnswer(rows, costs, budget), text };
      }),
    );
}
