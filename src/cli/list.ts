import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';
import { listFlow } from '../flows/watch/list.js';
import { renderTable } from '../core/table.js';
import { describeCollision } from '../core/collisions.js';
import { costLine, formatCost } from '../core/usage.js';
import { serverText } from '../core/dashboard.js';

export function register(program: Command): void {
  program
    .command('list')
    .alias('ls')
    .helpGroup('Watch:')
    .description('one row per worker: branch, worktree, window, state, ahead/behind, uncommitted files; plus zombies and orphans')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch list\n  orch list --json')
    .action(
      action(async (ctx) => {
        const project = await openProject(ctx);
        const r = await listFlow(project);
        return {
          data: r,
          text: () => {
            const out: string[] = [];
            if (!r.workers.length) out.push('No workers. Start one with `orch start <name> --task "..."` or `orch start-issues <n>...`.');
            else {
              // The HOST column appears once a worker runs on another host; a one-machine table stays as it was.
              const hosts = r.workers.some((w) => w.host !== 'local');
              const head = ['NAME', 'BRANCH', 'WINDOW', 'STATE', 'AHEAD/BEHIND', 'DIRTY', 'COST', 'SERVER', 'WORKTREE'];
              out.push(
                renderTable(
                  hosts ? ['NAME', 'HOST', ...head.slice(1)] : head,
                  r.workers.map((w) => {
                    const row = [w.name, w.branch ?? '(detached)', w.window.alive ? 'alive' : 'dead', w.state.name, w.ahead === null ? '-' : `${w.ahead}/${w.behind}`, String(w.uncommitted?.count ?? '-'), formatCost(w.cost?.usd), serverText(w.server), w.worktree];
                    return hosts ? [row[0]!, w.host, ...row.slice(1)] : row;
                  }),
                ),
              );
            }
            if (r.workers.length) {
              out.push(`\nCost: ${costLine(r.costs.total)}`);
              for (const [id, c] of Object.entries(r.costs.batches)) out.push(`  batch ${id}: ${costLine(c)}`);
            }
            if (r.collisions.length) out.push(`\nCollisions (same file changed by two workers):\n${r.collisions.map((c) => `  ${describeCollision(c)}`).join('\n')}`);
            if (r.queued.length) out.push(`\nQueued (${r.queued.length}): ${r.queued.map((q) => (q.heldFor ? `${q.name} (${q.heldFor})` : q.name)).join(', ')}`);
            if (r.zombies.length) out.push(`\nZombie directories (git does not know them): ${r.zombies.join(', ')}\n  -> orch cleanup`);
            if (r.orphanWindows.length) out.push(`\nOrphan windows (no worker): ${r.orphanWindows.join(', ')}\n  -> orch cleanup`);
            if (r.missingWorktrees.length) out.push(`\nRegistered workers whose worktree is gone: ${r.missingWorktrees.join(', ')}\n  -> orch close <name>`);
            return out.join('\n');
          },
        };
      }),
    );
}
