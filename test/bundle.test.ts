import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/project.js';

// The shape of the bundle in dist/ (scripts/build.mjs), as `npm test` just built it: which packages each hot path
// loads. Timings live in bench/; this keeps the structure that makes them possible from eroding unnoticed.
const DIST = path.join(REPO_ROOT, 'dist');
const read = (f: string) => readFileSync(f, 'utf8');

/** Every file a module loads before it runs (static imports, followed), starting from `file`. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of read(file).matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gms)) staticGraph(path.resolve(path.dirname(file), m[1] ?? m[2]!), seen);
  return seen;
}

/** The npm packages bundled into a set of files (esbuild marks each module's code with its path). */
function packagesIn(files: Set<string>): string[] {
  const out = new Set<string>();
  for (const f of files) for (const m of read(f).matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) out.add(m[1]!);
  return [...out].sort();
}

/** The chunk a dynamic import() in `file` loads, found by the name esbuild gives it (`<module>-<hash>.js`). */
function dynamicChunk(file: string, name: string): string {
  const m = new RegExp(`import\\("\\./(chunks/${name}-[A-Z0-9]+\\.js)"\\)`).exec(read(file)) ?? new RegExp(`import\\("\\./(${name}-[A-Z0-9]+\\.js)"\\)`).exec(read(file));
  expect(m, `${path.relative(REPO_ROOT, file)} has no import() of ${name}`).not.toBeNull();
  return path.resolve(path.dirname(file), m![1]!);
}

const HEAVY = ['zod', 'commander', 'execa', 'simple-git', 'cosmiconfig', 'listr2', '@octokit/core', 'yaml', 'proper-lockfile'];

describe('the bundle', () => {
  it('has the entry points other code runs or spawns', () => {
    for (const f of ['bin.js', 'adapters/headless-runner.js', 'demo/stand-in-worker.js', 'state/registry.js', 'config/doc.js']) expect(existsSync(path.join(DIST, f)), f).toBe(true);
  });

  it('orch hook loads its own few KB and no package; the guard only for PreToolUse', () => {
    const entry = dynamicChunk(path.join(DIST, 'bin.js'), 'hook');
    const hook = staticGraph(entry);
    expect(packagesIn(hook)).toEqual([]);
    expect([...hook].reduce((n, f) => n + read(f).length, 0)).toBeLessThan(16 * 1024);
    // The guard (its shell parser included) is a chunk of its own, imported when the event is PreToolUse.
    const guard = staticGraph(dynamicChunk(entry, 'guard'));
    expect(packagesIn(guard).filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('orch --version loads nothing but dist/bin.js', () => {
    expect([...staticGraph(path.join(DIST, 'bin.js'))].map((f) => path.relative(DIST, f))).toEqual(['bin.js']);
  });

  it('orch list loads neither execa, simple-git, cosmiconfig, octokit nor listr2 (each is loaded when first used)', () => {
    const run = dynamicChunk(path.join(DIST, 'bin.js'), 'run');
    const list = staticGraph(dynamicChunk(run, 'list'), staticGraph(run));
    expect(packagesIn(list).filter((p) => ['execa', 'simple-git', 'cosmiconfig', 'listr2'].includes(p) || p.startsWith('@octokit/'))).toEqual([]);
  });
});
