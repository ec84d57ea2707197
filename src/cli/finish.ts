import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('finish')
    .helpGroup('Finish:')
    .description('commit leftovers, run the tests, rebase onto origin/<base>, push and open the pull request (never merges)')
    .argument('<name>', 'worker name', workerNameArg)
    .option('--draft', 'open the pull request as a draft')
    .option('--title <title>', 'pull request title (default: the issue or task title)')
    .option('--no-test', 'skip the layout test commands')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch finish fix-12-login-button\n  orch finish add-login --draft --title "Add a login page"')
    .action(
      action(async (ctx, name: string, o: { draft?: boolean; title?: string; test: boolean }) => {
        const project = await openProject(ctx);
        // A usage error (no such worker) is reported before the token is looked for.
        if (!project.registry.getWorker(name)) throw new UsageError(`no worker named ${name}`, 'run `orch list` to see the names');
        // Loaded on use: octokit and the flow stay off the startup path of every other command.
        const [{ openForge }, { finishFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/pr/finish.js')]);
        // Without githubRepo, finish still commits, tests, rebases and pushes; it opens no pull request.
        const forge = project.config.githubRepo ? await openForge(project.config, ctx.env, (l) => ctx.out.info(l)) : undefined;
        const r = await finishFlow(ctx, project, forge, { name, draft: Boolean(o.draft), title: o.title, test: o.test });
        // The worker after finishing, in the shared vocabulary (its `pr` now known to the registry): for --json only,
        // since workers run finish themselves and read its text.
        const worker = ctx.json ? ((await (await import('../flows/watch/worker-json.js')).inspectWorkersJson(project, [name]).catch(() => undefined))?.get(name) ?? null) : null;
        return {
          data: { ...r, committed: r.committed ?? null, worker },
          text: r.pr
            ? `PR #${r.pr.number} ${r.pr.created ? 'opened' : 'already open'}: ${r.pr.url}`
            : `${r.branch} finished${r.push === 'no-remote' ? ' (local only: the repository has no remote)' : ` and pushed (${r.push})`}; no pull request opened: githubRepo is not set in the session config.`,
        };
      }),
    );
}
