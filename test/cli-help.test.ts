import { describe, expect, it } from 'vitest';
import { buildProgram, HELP_GROUPS } from '../src/main.js';
import { allCommands, helpText } from './support/cli-docs.js';

describe('orch --help', () => {
  const program = buildProgram();

  it('groups commands the way a user thinks, in order', () => {
    const text = helpText(program);
    const positions = HELP_GROUPS.map((g) => text.indexOf(`\n${g}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(allCommands(program).filter((n) => n.depth === 0).map((n) => [n.path, n.cmd] as const))('%s is in one of the groups', (_name, cmd) => {
    expect(HELP_GROUPS).toContain(cmd.helpGroup());
  });

  // Every command and subcommand, so one that lands without an example fails by name.
  it.each(allCommands(program).map((n) => [n.path, n.cmd] as const))('orch %s --help has an example', (name, cmd) => {
    const text = helpText(cmd);
    expect(text, `orch ${name} --help has no "Example:" block`).toMatch(/^Examples?:\n {2}\S/m);
    // The example runs this very command.
    expect(text).toMatch(new RegExp(`^ {2}(npx )?orch ${name.replace(/-/g, '\\-')}\\b`, 'm'));
  });
});
