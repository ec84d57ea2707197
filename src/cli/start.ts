import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';
import { startFlow } from '../flows/start.js';

export function register(program: Command): void {
  program
    .command('start')
    .helpGroup('Dispatch:')
    .description('create a worktree and branch feature/<name>, open its window and hand a worker the brief')
    .argument('<name>', 'worker name: lowercase a-z, 0-9 and -, at most 40 characters')
    .option('--task <text>', 'what the worker should do')
    .option('--task-file <file>', 'read the task from a file')
    .option('--base <branch>', 'branch to start from (default: defaultBranch)')
    .option('--no-launch', 'create the worktree and brief but start no worker')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch start add-login --task "Add a login page with email and password"\n  orch start fix-typo --task-file tasks/typo.md --base develop --no-launch')
    .action(
      action(async (ctx, name: string, o: { task?: string; taskFile?: string; base?: string; launch: boolean }) => {
        const project = await openProject(ctx);
        const r = await startFlow(ctx, project, { name, ...o });
        return {
          data: { worker: r.worker, launched: r.launched, attach: r.attach },
          text: [
            `Started ${r.worker.name} on ${r.worker.branch} in ${r.worker.worktree}${r.launched ? '' : ' (not launched: --no-launch)'}`,
            r.launched ? `Watch it:    ${r.attach}` : `Launch it:   orch resume ${r.worker.name}`,
            `Monitor it:  orch monitor ${r.worker.name} --watch   (or /loop 3m /session monitor ${r.worker.name})`,
          ].join('\n'),
        };
      }),
    );
}
