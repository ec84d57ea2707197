import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { inspectWorkersJson } from '../flows/watch/worker-json.js';
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
        const project = await openProject(ctx);
        const r = await resumeFlow(ctx, project, name);
        const worker = (await inspectWorkersJson(project, [name])).get(name);
        return {
          data: worker ? { ...worker, action: r.action, repairs: r.repairs, health: ('health' in r ? r.health : undefined) ?? null } : { name, action: r.action, repairs: r.repairs, health: null },
          text: [`${r.name}: ${r.action}; state ${r.state ?? 'unknown'}${r.reason ? ` (${r.reason})` : ''}`, ...r.repairs.map((x) => `  repaired: ${x}`)].join('\n'),
        };
      }),
    );
}
