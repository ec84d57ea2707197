import path from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/project.js';

/**
 * The layering the house style promises: src/core is pure (no I/O, no adapters), and flows reach git, GitHub,
 * processes and files only through src/adapters. A new import that breaks it fails here, naming the file.
 */

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

const IO = /^(node:fs|node:fs\/promises|node:child_process|node:net|node:http|node:https|execa|simple-git|@octokit\/.*|proper-lockfile)$/;
const rel = (f: string) => path.relative(REPO_ROOT, f);

describe('architecture', () => {
  it('src/core imports no I/O module and no adapter', () => {
    const offenders = files(path.join(REPO_ROOT, 'src', 'core')).flatMap((f) => imports(f).filter((m) => IO.test(m) || m.includes('/adapters/') || m.includes('/flows/')).map((m) => `${rel(f)} -> ${m}`));
    expect(offenders).toEqual([]);
  });

  it('flows reach files, processes, git and GitHub only through src/adapters', () => {
    const offenders = files(path.join(REPO_ROOT, 'src', 'flows')).flatMap((f) => imports(f).filter((m) => IO.test(m)).map((m) => `${rel(f)} -> ${m}`));
    expect(offenders).toEqual([]);
  });

  it('only the GitHub adapter imports octokit', () => {
    const offenders = files(path.join(REPO_ROOT, 'src'))
      .filter((f) => !f.startsWith(path.join(REPO_ROOT, 'src', 'adapters', 'github')))
      .flatMap((f) => imports(f).filter((m) => m.startsWith('@octokit/')).map((m) => `${rel(f)} -> ${m}`));
    expect(offenders).toEqual([]);
  });
});
