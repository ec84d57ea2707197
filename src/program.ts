import { Command, CommanderError } from 'commander';
import { OrchError, redact } from './errors.js';
import { stderrOf, stdoutOf } from './invocation.js';

export const HELP_GROUPS = ['Set up:', 'Dispatch:', 'Watch:', 'Finish:', 'Clean up:'];

/** The program with its global options and help text, and no commands yet. */
export function createProgram(): Command {
  const program = new Command();
  program
    .name('orch')
    .description('Run many Claude Code workers at once, safely: one git worktree, branch and tmux window per task or GitHub issue, ending in pull requests that a human merges.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .option('--config <file>', 'session config file (default: .claude/session-plugin.json found from the current directory; ORCH_CONFIG also works)')
    .option('--cwd <dir>', 'run as if started in <dir>')
    .option('-v, --verbose', 'show stack traces and details on errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .addHelpText(
      'after',
      '\nQuick start:\n  orch demo                      see it work on a throwaway repo\n  orch init                      create .claude/session-plugin.json\n  orch start-issues 12 13 14     one worker and PR per issue\n  orch dash                      who needs you\n  orch pull                      review the PRs, land merged work\n\nEvery read command takes --json. Docs: reference/ in the repository.',
    );
  return program;
}

/** Registers command modules and orders the help groups. */
export function addCommands(program: Command, registers: Array<(p: Command) => void>): Command {
  for (const register of registers) register(program);
  // commander lists help groups in the order their first command was registered; modules register in
  // any order, so sort (stably) into the order a user thinks in.
  const rank = (c: Command) => {
    const i = HELP_GROUPS.indexOf(c.helpGroup());
    return i < 0 ? HELP_GROUPS.length : i;
  };
  (program.commands as Command[]).sort((a, b) => rank(a) - rank(b));
  return program;
}

/** Parses and runs argv on a program and returns the exit code (0 ok, 1 failure, 2 usage/config, 4 auth). */
export async function runProgram(program: Command, argv: string[]): Promise<number> {
  for (const c of program.commands) c.exitOverride().configureOutput({ outputError: () => undefined });
  const wantsJson = argv.includes('--json');
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  try {
    await program.parseAsync(argv, { from: 'user' });
    // A command that printed its result and still failed (verify with a failing check) set the code itself.
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    const command = argv.find((a) => program.commands.some((c) => c.name() === a || c.aliases().includes(a)));
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const msg = e.message.replace(/^error:\s*/i, '');
      // Name the command's own help when we know which one was meant.
      const hint = command && e.code !== 'commander.unknownCommand' ? `see \`orch ${command} --help\`` : 'run `orch --help` or `orch <command> --help`';
      return fail(wantsJson, verbose, new OrchError('usage', msg, { exitCode: 2, hint }));
    }
    if (e instanceof OrchError) return fail(wantsJson, verbose, e, command);
    return fail(wantsJson, verbose, new OrchError('internal', (e as Error)?.message ?? String(e), { cause: e, hint: 'run again with -v for details; please report it' }));
  }
}

function fail(json: boolean, verbose: boolean, e: OrchError, command?: string): number {
  // The command already printed its report (doctor): only the exit code is left to set.
  if (e.code === 'reported') return e.exitCode;
  // Every error names a next step, even from a throw site that forgot one.
  const hint = e.hint ?? (e.exitCode === 2 && command ? `see \`orch ${command} --help\`` : 'run again with -v for details; `orch doctor` checks the setup');
  if (json) {
    stdoutOf().write(`${redact(JSON.stringify({ error: { code: e.code, message: e.message, hint } }, null, 2))}\n`);
  } else {
    stderrOf().write(redact(`orch: ${e.message}\n  -> ${hint}\n`));
  }
  if (verbose) stderrOf().write(redact(`${(e.cause as Error | undefined)?.stack ?? e.stack ?? ''}\n`));
  return e.exitCode;
}
