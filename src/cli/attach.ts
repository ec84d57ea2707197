import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { attachLine } from '../flows/watch/attach.js';
import { OrchError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('attach')
    .helpGroup('Watch:')
    .description("print the exact command that attaches your terminal to a worker's window (ssh -t ... tmux attach for a worker on another host); --exec runs it")
    .argument('<name>', 'worker name', workerNameArg)
    .option('--exec', 'run the command here, in this terminal (detach with Ctrl-b d)')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch attach add-login\n  orch attach fix-12-login --exec')
    .action(
      action(async (ctx, name: string, o: { exec?: boolean }) => {
        const project = await openProject(ctx);
        const a = attachLine(project, name);
        if (o.exec) {
          if (!process.stdin.isTTY) throw new OrchError('no-tty', 'attach --exec needs a terminal', { exitCode: 2, hint: `run it from a terminal, or run the line yourself: ${a.line}` });
          const r = spawnSync(a.argv[0]!, a.argv.slice(1), { stdio: 'inherit' });
          if (r.status !== 0) throw new OrchError('attach', `${a.argv[0]} exited with ${r.status ?? r.signal}`, { hint: `the line was: ${a.line}` });
          return { data: { ...a, ran: true }, text: '' };
        }
        return { data: a, text: a.line };
      }),
    );
}
