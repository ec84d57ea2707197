import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';

export function register(program: Command): void {
  program
    .command('finish')
    .helpGroup('Finish:')
    .description('commit leftovers, run the tests, rebase onto origin/<base>, push and open the pull request (never merges)')
    .argument('<name>', 'worker name')
    .option('--draft', 'open the pull request as a draft')
    .option('--title <title>', 'pull request title (default: the issue or task title)')
    .option('--no-test', 'skip the layout test commands')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch finish fix-12-login-button\n  orch finish add-login --draft --title "Add a login page"')
    .action(
      action(async (ctx, name: string, o: { draft?: boolean; title?: string; test: boolean }) => {
        const project = await openProject(ctx);
        // Loaded on use: octokit and the flow stay off the startup path of every other command.
        const [{ openForge }, { finishFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/pr/finish.js')]);
        const forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l));
        const r = await finishFlow(ctx, project, forge, { name, draft: Boolean(o.draft), title: o.title, test: o.test });
        return {
          data: r,
          text: `PR #${r.pr.number} ${r.pr.created ? 'opened' : 'already open'}: ${r.pr.url}`,
        };
      }),
    );
}
