// The registry parses a record once per version of its file (a poll loop reads the same records many times a
// cycle): what another process writes is seen at once, a caller's copy is its own, and a bad file still says so.
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './support/project.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Registry } from '../src/state/registry.js';
import { REGISTRY_VERSION, type WorkerRecord } from '../src/state/records.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function registry(): Registry {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-reg-'));
  dirs.push(dir);
  return new Registry(dir);
}
const rec = (name: string, extra: Partial<WorkerRecord> = {}): WorkerRecord => ({
  version: REGISTRY_VERSION,
  name,
  kind: 'task',
  branch: `feature/${name}`,
  base: 'main',
  worktree: `/wt/${name}`,
  session: 's',
  window: name,
  mux: 'tmux',
  created: '2026-11-28T00:00:00.000Z',
  links: [],
  ...extra,
});

describe('registry reads', () => {
  it('sees a record another process rewrote, even at the same size', () => {
    const reg = registry();
    reg.putWorker(rec('a', { title: 'one' }));
    expect(reg.getWorker('a')?.title).toBe('one');
    // Another process (the built registry, no shared memory) writes it the way orch does: a new file renamed over.
    const other = `
      import { Registry } from ${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'dist', 'state', 'registry.js')).href)};
      const r = new Registry(${JSON.stringify(reg.dir)});
      const cur = r.getWorker('a');
      r.putWorker({ ...cur, title: 'two' });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', other], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    expect(reg.getWorker('a')?.title).toBe('two');
    expect(reg.listWorkers().map((w) => w.title)).toEqual(['two']);
    reg.removeWorker('a');
    expect(reg.getWorker('a')).toBeUndefined();
    expect(reg.listWorkers()).toEqual([]);
  });

  it('gives every caller its own copy: changing one never changes what the next read returns', () => {
    const reg = registry();
    reg.putWorker(rec('a', { links: ['node_modules'] }));
    const first = reg.getWorker('a')!;
    first.links.push('changed');
    first.title = 'changed';
    expect(reg.getWorker('a')).toMatchObject({ links: ['node_modules'] });
    expect(reg.getWorker('a')?.title).toBeUndefined();
    expect(reg.listWorkers()[0]?.links).toEqual(['node_modules']);
  });

  it('finds a record by its name only, and a damaged file still fails with its path', () => {
    const reg = registry();
    reg.putWorker(rec('a'));
    expect(reg.getWorker('../workers/a')).toBeUndefined();
    expect(reg.getWorker('b')).toBeUndefined();
    writeFileSync(path.join(reg.dir, 'workers', 'a.json'), '{ not json');
    expect(() => reg.getWorker('a')).toThrow(/registry file .*a\.json is unreadable/);
    expect(() => reg.listWorkers()).toThrow(/registry file .*a\.json is unreadable/);
  });
});
