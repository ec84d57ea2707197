import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aheadBehindMany, countAheadBehind } from '../src/flows/watch/inspect.js';

describe('countAheadBehind (ahead/behind of many heads from one rev-list)', () => {
  // b1 - b2 (base)          commits above the common ancestor m (m itself is not listed)
  //  \
  //   h1 - h2 (head x)      merge x2 of h2 and b1 -> head y
  it('counts the commits only one side reaches, merges included', () => {
    const revList = ['b2 b1', 'b1 m', 'h2 h1', 'h1 m', 'y h2 b1'].join('\n');
    const r = countAheadBehind(revList, 'b2', ['h2', 'y', 'm', 'b1']);
    expect(r.get('h2')).toEqual({ ahead: 2, behind: 2 });
    expect(r.get('y')).toEqual({ ahead: 3, behind: 1 });
    expect(r.get('m')).toEqual({ ahead: 0, behind: 2 });
    expect(r.get('b1')).toEqual({ ahead: 0, behind: 1 });
  });
});

describe('aheadBehindMany against git itself', () => {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-ab-')));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = (msg: string) => {
    writeFileSync(path.join(root, `${msg}.txt`), msg);
    git('add', '-A');
    git('commit', '-q', '-m', msg);
    return git('rev-parse', 'HEAD');
  };

  it('matches rev-list --left-right --count for branches, merges and an old fork point', async () => {
    git('init', '-q', '-b', 'main');
    for (const [k, v] of [['user.name', 'T'], ['user.email', 't@example.invalid'], ['commit.gpgsign', 'false']]) git('config', k!, v!);
    commit('c0');
    const old = commit('c1');
    commit('c2');
    git('checkout', '-q', '-b', 'a');
    commit('a1');
    commit('a2');
    git('checkout', '-q', 'main');
    commit('c3');
    git('checkout', '-q', '-b', 'b');
    commit('b1');
    git('merge', '-q', '--no-ff', '--no-edit', 'a');
    git('checkout', '-q', '-b', 'c', old);
    commit('cc1');
    git('checkout', '-q', 'main');
    commit('c4');
    const heads = ['a', 'b', 'c', 'main'].map((b) => git('rev-parse', b));
    const got = await aheadBehindMany(root, 'main', heads);
    expect(got).toBeDefined();
    for (const h of heads) {
      const [ahead, behind] = git('rev-list', '--left-right', '--count', `${h}...main`).split(/\s+/).map(Number);
      expect(got!.get(h)).toEqual({ ahead, behind });
    }
    expect(await aheadBehindMany(root, 'origin/main', heads)).toBeUndefined();
  });
});
