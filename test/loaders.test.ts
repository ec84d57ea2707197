import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';
import { COMMAND_LOADERS, commandWord } from '../src/cli/loaders.js';

describe('lazy command loading', () => {
  it('every command of the full program has exactly one loader, and that module registers it', async () => {
    const full = buildProgram().commands.map((c) => c.name());
    for (const name of full) {
      const owners = COMMAND_LOADERS.filter((l) => l.names.includes(name));
      expect(owners, name).toHaveLength(1);
      const p = new Command();
      (await owners[0]!.load()).register(p);
      expect(p.commands.map((c) => c.name()), name).toContain(name);
    }
    expect(COMMAND_LOADERS.flatMap((l) => l.names).filter((n) => n !== 'ls').sort()).toEqual([...full].sort());
  });

  it.each([
    [['list', '--json'], 'list'],
    [['--config', 'x.json', 'dash'], 'dash'],
    [['-v', '--cwd', '/tmp', 'monitor', 'a'], 'monitor'],
    [['--help'], undefined],
  ])('%j -> %s', (argv, word) => expect(commandWord(argv)).toBe(word));
});
