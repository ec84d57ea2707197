import type { Command } from 'commander';
import { action, durationOption } from './common.js';
import { demoFlow } from '../flows/setup/demo.js';
import { renderTable } from '../core/table.js';

export function register(program: Command): void {
  program
    .command('demo')
    .helpGroup('Set up:')
    .description('see orch work: a throwaway repo, three tasks dispatched in parallel into real tmux windows, each worker committing on its own branch')
    .option('--stand-in', 'use the bundled stand-in worker even when the Claude Code CLI is installed')
    .option('--headless', 'run workers as headless processes instead of tmux windows')
    .addOption(durationOption('--timeout <dur>', 'how long to wait for each worker to commit', { min: '10s', default: '3m' }))
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  npx orch demo\n  orch demo --stand-in --headless')
    .action(
      action(async (ctx, o: { standIn?: boolean; headless?: boolean; timeout: number }) => {
        const r = await demoFlow(ctx, { standIn: Boolean(o.standIn), timeoutMs: o.timeout, mux: o.headless ? 'headless' : undefined });
        return {
          data: { ...r, commits: r.commits.map((c) => ({ name: c.name, branch: c.branch ?? null, commits: c.commits, subject: c.subject ?? null })) },
          text: () =>
            [
              `DEMO finished: ${r.commits.length} workers committed${r.workerKind === 'claude' ? ' and finished' : ''} (${r.label}).`,
              '',
              renderTable(['NAME', 'BRANCH', 'WINDOW', 'STATE', 'COMMITS', 'LAST COMMIT'], r.list.workers.map((w) => {
                const c = r.commits.find((x) => x.name === w.name);
                return [w.name, w.branch ?? '-', w.window.alive ? 'alive' : 'dead', w.state.name, String(c?.commits ?? 0), c?.subject ?? ''];
              })),
              '',
              `Look around:  ${r.attach}    (detach with Ctrl-b d)`,
              `              orch --config ${r.config} list`,
              `In a browser: orch --config ${r.config} dash --web --open    (a live page; Ctrl-C stops it)`,
              `Remove it:    ${r.remove.join(' && ')}`,
            ].join('\n'),
        };
      }),
    );
}
