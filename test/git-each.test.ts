import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitEach, gitTry } from '../src/adapters/git.js';
import { makeTestProject, type TestProject } from './support/project.js';

// gitEach() runs many read-only git commands under one xargs; each answer must be what gitTry() gives.
let tp: TestProject;
beforeAll(async () => {
  tp = await makeTestProject({ worker: 'none' });
  writeFileSync(path.join(tp.repo, 'new.txt'), 'x\n');
  writeFileSync(path.join(tp.repo, 'README.md'), 'changed\n');
});
afterAll(() => tp?.cleanup());

describe('gitEach', () => {
  it('answers like gitTry, job by job: output, failures with their text, a folder that is not there', async () => {
    const jobs = [
      { dir: tp.repo, args: ['status', '--porcelain', '--branch', '--untracked-files=all'] },
      { dir: tp.repo, args: ['rev-parse', '--verify', '--quiet', 'no-such-ref^{commit}'] },
      { dir: tp.repo, args: ['merge-base', 'HEAD', 'no-such-ref', '--'] },
      { dir: path.join(tp.root, 'no-such-folder'), args: ['status', '--porcelain', '--branch', '--untracked-files=all'] },
      { dir: tp.root, args: ['status', '--porcelain', '--branch', '--untracked-files=all'] },
      { dir: tp.repo, args: ['log', '-1', '--format=%s', 'HEAD'] },
    ];
    const each = await gitEach(jobs, 3);
    const one = await Promise.all(jobs.map((j) => gitTry(j.dir, j.args)));
    expect(each).toEqual(one);
    expect(each[0]!.out).toContain('?? new.txt');
    expect(each.map((r) => r.ok)).toEqual([true, false, false, false, false, true]);
  });
});
