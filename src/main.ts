import type { Command } from 'commander';
import { COMMANDS } from './cli/index.js';
import { addCommands, createProgram, HELP_GROUPS, runProgram } from './program.js';

export { HELP_GROUPS };

/** The commander program with every command; exported so tests can parse reference examples without running them. */
export function buildProgram(): Command {
  return addCommands(createProgram(), COMMANDS);
}

/** Runs the CLI with every command loaded (help, suggestions for unknown commands). */
export async function main(argv: string[]): Promise<number> {
  return runProgram(buildProgram(), argv);
}
