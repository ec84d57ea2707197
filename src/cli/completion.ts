import { Argument, type Command, type Option } from 'commander';
import { Output } from '../output.js';
import { completionScript, SHELLS, type CmdSpec, type OptSpec, type Shell } from '../core/completion.js';

function optSpec(o: Option): OptSpec {
  return {
    flags: [o.long, o.short].filter((f): f is string => Boolean(f)),
    takesValue: o.required || o.optional,
    choices: o.argChoices ?? [],
    description: o.description,
  };
}

/** commander's tree as data; `help` and hidden commands are left out. */
export function commandSpec(cmd: Command): CmdSpec {
  return {
    name: cmd.name(),
    aliases: cmd.aliases(),
    description: cmd.description(),
    options: cmd.options.filter((o) => !o.hidden).map(optSpec),
    subcommands: cmd.commands.filter((c) => c.name() !== 'help' && !(c as unknown as { _hidden?: boolean })._hidden).map(commandSpec),
    argChoices: cmd.registeredArguments[0]?.argChoices ?? [],
  };
}

export function register(program: Command): void {
  program
    .command('completion')
    .helpGroup('Set up:')
    .description('print a shell completion script for bash, zsh or fish (commands and their options)')
    .addArgument(new Argument('<shell>', 'bash | zsh | fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExample:\n  orch completion bash > ~/.local/share/bash-completion/completions/orch\n  orch completion zsh > "${fpath[1]}/_orch"\n  orch completion fish > ~/.config/fish/completions/orch.fish',
    )
    .action((shell: Shell, _o: unknown, cmd: Command) => {
      // The root program, whatever registered it: the script lists exactly the commands that exist.
      let root = cmd;
      while (root.parent) root = root.parent;
      new Output().data(completionScript(shell, commandSpec(root), root.name()));
    });
}
