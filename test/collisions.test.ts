import path from 'node:path';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { collisionKey, findCollisions, hunkRange, mergeRanges, overlapRanges, parseDiffU0, withUntracked, type FileChange } from '../src/core/collisions.js';
import { makeTestProject, type TestProject } from './support/project.js';

describe('collision radar: pure parts', () => {
  it.each([
    ['@@ -3 +3 @@', { start: 3, end: 3 }],
    ['@@ -3,2 +3,5 @@ fn()', { start: 3, end: 4 }],
    ['@@ -7,0 +8,2 @@', { start: 7, end: 7 }],
    ['@@ -0,0 +1,10 @@', { start: 0, end: 0 }],
    ['@@ -10,3 +9,0 @@', { start: 10, end: 12 }],
    ['not a hunk', undefined],
  ])('hunkRange(%j)', (header, want) => {
    expect(hunkRange(header)).toEqual(want);
  });

  const f = (ranges: Array<[number, number]>, whole = false): FileChange => ({ path: 'x', ranges: ranges.map(([start, end]) => ({ start, end })), whole });
  it.each([
    ['same line', f([[5, 5]]), f([[5, 5]]), [[5, 5]]],
    ['partial overlap', f([[3, 8]]), f([[6, 12]]), [[6, 8]]],
    ['disjoint', f([[1, 2]]), f([[3, 4]]), []],
    ['insertion point inside a changed block', f([[7, 7]]), f([[5, 9]]), [[7, 7]]],
    ['several hunks merged', f([[1, 3], [10, 12]]), f([[2, 11]]), [[2, 3], [10, 11]]],
    ['whole file against hunks', f([], true), f([[4, 6], [9, 9]]), [[4, 6], [9, 9]]],
    ['both whole: no line ranges', f([], true), f([], true), []],
  ])('overlapRanges: %s', (_what, x, y, want) => {
    expect(overlapRanges(x, y)).toEqual(want.map(([start, end]) => ({ start, end })));
  });

  it.each([
    [[[1, 2], [3, 4]], [[1, 4]]],
    [[[5, 6], [1, 2]], [[1, 2], [5, 6]]],
    [[[1, 10], [2, 3]], [[1, 10]]],
  ])('mergeRanges(%j)', (input, want) => {
    expect(mergeRanges(input.map(([start, end]) => ({ start: start!, end: end! })))).toEqual(want.map(([start, end]) => ({ start, end })));
  });

  it('parses git diff -U0 output, new and binary files included', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1..2 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -2 +2 @@',
      '-old',
      '+new',
      '@@ -10,0 +11,3 @@ function f() {',
      '+x',
      'diff --git a/new.txt b/new.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.txt',
      '@@ -0,0 +1 @@',
      '+hello',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
    ].join('\n');
    expect(parseDiffU0(diff)).toEqual([
      { path: 'src/a.ts', ranges: [{ start: 2, end: 2 }, { start: 10, end: 10 }], whole: false },
      { path: 'new.txt', ranges: [{ start: 0, end: 0 }], whole: true },
      { path: 'img.png', ranges: [], whole: true },
    ]);
    expect(withUntracked(parseDiffU0(diff), ['new.txt', 'notes/n.md']).map((x) => x.path)).toEqual(['src/a.ts', 'new.txt', 'img.png', 'notes/n.md']);
  });

  it('finds every pair changing one file, in a stable order, with a key per pair and file', () => {
    const w = (name: string, files: Array<[string, Array<[number, number]>]>) => ({ name, files: files.map(([p, r]) => ({ path: p, ranges: r.map(([start, end]) => ({ start, end })), whole: false })) });
    const got = findCollisions([w('c', [['a.ts', [[1, 1]]]]), w('a', [['a.ts', [[1, 5]]], ['b.ts', [[3, 3]]]]), w('b', [['b.ts', [[9, 9]]]])]);
    expect(got).toEqual([
      { a: 'a', b: 'c', file: 'a.ts', lines: [{ start: 1, end: 1 }] },
      { a: 'a', b: 'b', file: 'b.ts', lines: [] },
    ]);
    expect(new Set(got.map(collisionKey)).size).toBe(2);
  });
});

describe('collision radar on real worktrees', () => {
  let tp: TestProject | undefined;
  afterEach(async () => {
    await tp?.cleanup();
    tp = undefined;
  });

  it('two workers changing one file are reported with the overlapping lines in list, dash and status, and notified once', { timeout: 120_000 }, async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    tp = await makeTestProject({ worker: 'none', files: { 'src/widget.ts': `${lines.join('\n')}\n`, 'src/other.ts': 'x\n' } });
    const told = path.join(tp.root, 'told.jsonl');
    // notify.command gets each message on stdin; the script appends it to a file.
    const script = path.join(tp.root, 'notify.js');
    writeFileSync(script, `let s='';process.stdin.on('data',d=>s+=d).on('end',()=>require('fs').appendFileSync(${JSON.stringify(told)}, s+'\\n'));`);
    tp.writeConfig({ ...tp.raw, notify: { command: [process.execPath, script] } });
    Object.assign(tp.raw, { notify: { command: [process.execPath, script] } });
    for (const n of ['alpha', 'beta', 'gamma']) {
      const r = await tp.orch(['start', n, '--task', `task ${n}`, '--no-launch']);
      expect(r.code, r.stderr).toBe(0);
    }
    const wt = (n: string) => path.join(tp!.worktrees, n);
    const edit = (n: string, from: number, to: number) => {
      const file = path.join(wt(n), 'src', 'widget.ts');
      const cur = readFileSync(file, 'utf8').split('\n');
      for (let i = from; i <= to; i++) cur[i - 1] = `${n} ${i}`;
      writeFileSync(file, cur.join('\n'));
    };
    // alpha commits lines 3-8; beta leaves 6-10 uncommitted; gamma touches another file only.
    edit('alpha', 3, 8);
    await tp.git(['commit', '-q', '-am', 'alpha edits'], wt('alpha'));
    edit('beta', 6, 10);
    writeFileSync(path.join(wt('gamma'), 'src', 'other.ts'), 'y\n');

    const list = await tp.orch(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const l = JSON.parse(list.stdout);
    expect(l.collisions).toEqual([{ a: 'alpha', b: 'beta', file: 'src/widget.ts', lines: [{ start: 6, end: 8 }], whole: false }]);
    const row = (name: string) => l.workers.find((w: { name: string }) => w.name === name);
    expect(row('beta').collisions).toEqual([{ with: 'alpha', file: 'src/widget.ts', lines: [{ start: 6, end: 8 }], whole: false }]);
    expect(row('gamma').collisions).toEqual([]);
    const listText = await tp.orch(['list']);
    expect(listText.stdout).toContain('alpha and beta: src/widget.ts (lines 6-8)');

    const dash = await tp.orch(['dash', '--json']);
    expect(dash.code, dash.stderr).toBe(0);
    const d = JSON.parse(dash.stdout);
    expect(d.collisions).toEqual([{ a: 'alpha', b: 'beta', file: 'src/widget.ts', lines: [{ start: 6, end: 8 }], whole: false }]);
    expect(d.workers.find((w: { name: string }) => w.name === 'alpha').collisions).toEqual([{ with: 'beta', file: 'src/widget.ts', lines: [{ start: 6, end: 8 }], whole: false }]);
    expect(d.workers.find((w: { name: string }) => w.name === 'gamma').collisions).toEqual([]);

    const status = await tp.orch(['status', 'beta']);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('with alpha: src/widget.ts (lines 6-8)');

    // Notified once per new overlap: two monitor cycles, one message; a new overlap is a second one.
    const project = await tp.project();
    const { Output } = await import('../src/output.js');
    const { Writable } = await import('node:stream');
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const ctx = { cwd: tp.repo, configFile: undefined, json: false, verbose: false, env: process.env, out: new Output(sink, sink, true) };
    const { collisionRadar, notifyCollisions } = await import('../src/flows/watch/collisions.js');
    const { inspectProject } = await import('../src/flows/watch/inspect.js');
    const cycle = async () => notifyCollisions(ctx as never, project, (await collisionRadar(await inspectProject(project, { capture: false, git: false }))).collisions);
    expect(await cycle()).toEqual(['alpha and beta: src/widget.ts (lines 6-8)']);
    expect(await cycle()).toEqual([]);
    writeFileSync(path.join(wt('beta'), 'src', 'other.ts'), 'z\n');
    expect(await cycle()).toEqual(['beta and gamma: src/other.ts (line 1)']);
    expect(existsSync(told)).toBe(true);
    const msgs = readFileSync(told, 'utf8').split('\n').filter(Boolean).map((x) => JSON.parse(x));
    expect(msgs.map((m) => m.detail)).toEqual(['COLLISION alpha and beta: src/widget.ts (lines 6-8)', 'COLLISION beta and gamma: src/other.ts (line 1)']);
    expect(msgs.every((m) => m.state === 'collision')).toBe(true);
  });
});
