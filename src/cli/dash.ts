import type { Command } from 'commander';
import { action, durationArg } from './common.js';
import { openProject } from '../context.js';
import { dashRows, needsHuman } from '../flows/watch/dash.js';
import { renderDashboard, totalsLine } from '../core/dashboard.js';
import type { Forge } from '../adapters/forge.js';

export function register(program: Command): void {
  program
    .command('dash')
    .helpGroup('Watch:')
    .description('dashboard: every worker with state, last activity, current tool, commits, PR; totals; who needs you')
    .option('--watch', 'redraw in place until Ctrl-C')
    .option('--interval <dur>', 'redraw interval with --watch', durationArg('--interval'), 2000)
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch dash\n  orch dash --watch\n  orch dash --json')
    .action(
      action(async (ctx, o: { watch?: boolean; interval: number }) => {
        const project = await openProject(ctx);
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
          return { rows, text: `${renderDashboard(rows, Date.now(), color)}${attention.length ? `\n\nNeeds you: ${attention.map((r) => `${r.name} (${r.state}: ${r.reason})`).join('; ')}` : ''}` };
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
        const { rows, text } = await draw();
        return { data: { workers: rows, totals: totalsLine(rows), needsHuman: needsHuman(rows).map((r) => r.name) }, text };
      }),
    );
}
