import { COMMAND_LOADERS, commandWord } from './cli/loaders.js';
import { addCommands, createProgram, runProgram } from './program.js';

/** The binary's path: load only the module of the command being run; help and unknown words load them all. */
export async function run(argv: string[]): Promise<number> {
  // Bare `orch` is a request for help, as with `gh`: help on stdout, exit 0.
  if (argv.length === 0) argv = ['--help'];
  const word = commandWord(argv);
  // completion describes every command, so it needs them all, like help.
  const wantsHelp = argv.includes('--help') || argv.includes('-h') || word === 'help' || word === 'completion';
  const loader = word && !wantsHelp ? COMMAND_LOADERS.find((l) => l.names.includes(word)) : undefined;
  if (loader) {
    const { register } = await loader.load();
    return runProgram(addCommands(createProgram(), [register]), argv);
  }
  const { main } = await import('./main.js');
  return main(argv);
}
