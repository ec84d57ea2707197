import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { whyFlow } from '../flows/watch/why.js';

export function register(program: Command): void {
  program
    .command('why')
    .helpGroup('Watch:')
    .argument('<name>', 'worker name', workerNameArg)
    .description('why a worker stands still: permission, question, no finish, failing loop, full context, API error or limit, with the evidence')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch why fix-12-login-button\n  orch why fix-12-login-button --json')
    .action(
      action(async (ctx, name: string) => {
        return whyFlow(await openProject(ctx), name);
      }),
    );
}
