import { Option, type Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { action, positiveInt } from './common.js';
import { initFlow } from '../flows/setup/init.js';

export function register(program: Command): void {
  program
    .command('init')
    .helpGroup('Set up:')
    .description('scaffold .claude/session-plugin.json from the repository, then check git, the multiplexer, the worker command and the token')
    .option('-y, --yes', 'write without asking')
    .option('--force', 'update an existing config with what init detects; every other field is kept, the diff shown and the old file backed up')
    .option('--project-name <name>', 'projectName (default: the folder name)')
    .option('--repo-path <dir>', 'repoPath (default: the checkout you are in)')
    .option('--worktrees-path <dir>', 'worktreesPath (default: sibling <leaf>-worktrees)')
    .option('--session <name>', 'psmuxSession (default: lowercased alphanumerics of the name)')
    .option('--github-repo <owner/name>', 'githubRepo (default: parsed from the origin URL)')
    .option('--default-branch <branch>', 'defaultBranch (default: origin HEAD, else the current branch, else main)')
    .option('--worker-cmd <path>', 'workerCmdPath')
    .addOption(new Option('--worker-cli <preset>', 'workerCli preset (an object form with cmd, args, setEnv... is written in the file by hand)').choices(['claude', 'codex', 'generic']))
    .addOption(new Option('--mux <kind>', 'terminal multiplexer').choices(['tmux', 'psmux', 'headless']))
    .option('--mux-socket <name>', 'tmux socket name (tmux -L)')
    .option('--test-cmd <cmd>', 'layout.testCmd (default: from package.json scripts)')
    .option('--env-files <list>', 'layout.envFiles, comma separated', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--node-modules <dir>', 'layout.nodeModules')
    .option('--max-workers <n>', 'maxWorkers', positiveInt('--max-workers'))
    .option('--protect-base', 'only this: create a GitHub ruleset so the base branch takes changes only through pull requests (shows it, asks first; --yes when not on a terminal)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch init\n  orch init --yes --github-repo acme/shop --test-cmd "npm test"\n  orch init --protect-base')
    .action(
      action(async (ctx, o: Parameters<typeof initFlow>[1] & { protectBase?: boolean }) => {
        if (o.protectBase) {
          const { protectBaseAction } = await import('./init-protect-base.js');
          return protectBaseAction(ctx, Boolean(o.yes));
        }
        const confirm = async (summary: string) => {
          if (!process.stdin.isTTY) return true;
          process.stderr.write(`${summary}\n`);
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          const a = (await rl.question('Write it? [Y/n] ')).trim().toLowerCase();
          rl.close();
          return a === '' || a === 'y' || a === 'yes';
        };
        const r = await initFlow(ctx.cwd, { ...o, yes: Boolean(o.yes), force: Boolean(o.force) }, confirm);
        return {
          data: r,
          text: () =>
            r.written || r.unchanged
              ? [
                  r.unchanged ? `Nothing to change: ${r.file} matches what init detects.` : `Wrote ${r.file}`,
                  ...(r.backup ? [`Backup: ${r.backup}`] : []),
                  ...(r.diff.length ? ['Changed:', ...r.diff.map((d) => `  ${d}`)] : []),
                  'Preflight:',
                  ...r.preflight.map((p) => `  ${p.ok ? 'PASS' : 'FAIL'} ${p.check}: ${p.detail}`),
                  'Next: orch start <name> --task "..."  or  orch start-issues <n> <n>',
                ].join('\n')
              : 'Nothing written.',
        };
      }),
    );
}
