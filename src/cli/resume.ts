import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { resumeFlow } from '../flows/worker/resume.js';

export function register(program: Command): void {
  program
    .command('resume')
    .helpGroup('Dispatch:')
    .description('repair a worktree (links, env files, window) and relaunch its worker with a "continue, do not restart" prompt')
    .argument('<name>', 'worker name', workerNameArg)
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch resume add-login')
    .action(
      action(async (ctx, name: string) => {
        const r = await resumeFlow(ctx, await openProject(ctx), name);
        return {
          data: r,
          text: [`${r.name}: ${r.action}; state ${r.state ?? 'unknown'}${r.reason ? ` (${r.reason})` : ''}`, ...r.repairs.map((x) => `  repaired: ${x}`)].join('\n'),
        };
      }),
    );
}
