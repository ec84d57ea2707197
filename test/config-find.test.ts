import path from 'node:path';
import os from 'node:os';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cosmiconfig } from 'cosmiconfig';
import { afterAll, describe, expect, it } from 'vitest';
import { searchAncestors } from '../src/config/find.js';

// loadConfig() searches by hand and asks cosmiconfig only where that search defers; whatever it answers must be
// what cosmiconfig, configured as loadConfig() configures it, answers.
const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-find-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLACE = path.join('.claude', 'session-plugin.json');
const parse = (_file: string, content: string): unknown => JSON.parse(content);
const cosmic = (from: string) =>
  cosmiconfig('session-plugin', { searchPlaces: [PLACE], searchStrategy: 'global', loaders: { '.json': parse }, cache: false }).search(from);

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 't-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('searchAncestors agrees with cosmiconfig', () => {
  it.each([
    ['in the folder itself', { '.claude/session-plugin.json': '{"projectName":"here"}' }, '.'],
    ['two folders up', { '.claude/session-plugin.json': '{"projectName":"up"}', 'a/b/keep': '' }, 'a/b'],
    ['the nearest one wins', { '.claude/session-plugin.json': '{"projectName":"outer"}', 'a/.claude/session-plugin.json': '{"projectName":"inner"}', 'a/b/keep': '' }, 'a/b'],
    ['an empty file is skipped', { '.claude/session-plugin.json': '{"projectName":"outer"}', 'a/.claude/session-plugin.json': '  \n', 'a/b/keep': '' }, 'a/b'],
    ['a folder in place of the file is skipped', { '.claude/session-plugin.json': '{"projectName":"outer"}', 'a/.claude/session-plugin.json/x': '', 'a/keep': '' }, 'a'],
    ['from a folder that does not exist', { '.claude/session-plugin.json': '{"projectName":"outer"}' }, 'no/such/dir'],
  ])('%s', async (_name, files, from) => {
    const dir = tree(files);
    const mine = searchAncestors(path.join(dir, from), PLACE, parse);
    const theirs = await cosmic(path.join(dir, from));
    expect(mine).not.toBe('defer');
    expect(mine).toEqual({ config: theirs!.config, filepath: theirs!.filepath });
  });

  it('defers what it does not handle: $import, and nothing found (cosmiconfig also looks in the global config folder)', () => {
    const withImport = tree({ '.claude/session-plugin.json': '{"$import":"base.json"}' });
    expect(searchAncestors(withImport, PLACE, parse)).toBe('defer');
    expect(searchAncestors(tree({ 'keep': '' }), PLACE, parse)).toBe('defer');
  });

  it('defers when the working directory has a cosmiconfig meta config', () => {
    const dir = tree({ '.claude/session-plugin.json': '{"projectName":"x"}', 'package.json': '{"cosmiconfig":{"searchPlaces":["other.json"]}}' });
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(searchAncestors(dir, PLACE, parse)).toBe('defer');
      writeFileSync(path.join(dir, 'package.json'), '{"name":"plain"}');
      expect(searchAncestors(dir, PLACE, parse)).not.toBe('defer');
    } finally {
      process.chdir(cwd);
    }
  });
});
