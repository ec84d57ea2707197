import path from 'node:path';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, expect } from 'vitest';
import { makeTestProject, type TestProject } from './project.js';

/**
 * A test project whose main checkout has a real node_modules with files, linked into every worktree
 * (layout.nodeModules + worktreeDeps junction): the thing teardown must never delete through.
 */
export interface TeardownProject {
  tp: TestProject;
  start(name: string): Promise<string>;
  commitIn(wt: string, file: string): Promise<string>;
  mainIntact(): void;
  registered(name: string): Promise<boolean>;
}

const CONTENT = 'module.exports = (s) => s;\n';

export async function makeTeardownProject(): Promise<TeardownProject> {
  const tp = await makeTestProject({ config: { layout: { type: 'root', envFiles: ['.env'], nodeModules: 'node_modules' } } });
  const mainFile = path.join(tp.repo, 'node_modules', 'left-pad', 'index.js');
  mkdirSync(path.dirname(mainFile), { recursive: true });
  writeFileSync(mainFile, CONTENT);
  writeFileSync(path.join(tp.repo, 'node_modules', '.package-lock.json'), '{}\n');
  // A scoped package, a .bin entry and a cache the main checkout's own tools wrote: the cache must stay its own.
  mkdirSync(path.join(tp.repo, 'node_modules', '@acme', 'util'), { recursive: true });
  writeFileSync(path.join(tp.repo, 'node_modules', '@acme', 'util', 'index.js'), CONTENT);
  mkdirSync(path.join(tp.repo, 'node_modules', '.bin'), { recursive: true });
  symlinkSync('../left-pad/index.js', path.join(tp.repo, 'node_modules', '.bin', 'left-pad'));
  mkdirSync(path.join(tp.repo, 'node_modules', '.cache', 'tool'), { recursive: true });
  writeFileSync(path.join(tp.repo, 'node_modules', '.cache', 'tool', 'main.json'), '{"main":true}\n');
  return {
    tp,
    async start(name) {
      const r = await tp.orch(['start', name, '--task', `task ${name}`, '--no-launch']);
      expect(r.code, r.stderr).toBe(0);
      const wt = path.join(tp.worktrees, name);
      // Its own node_modules folder: packages, scoped packages and .bin link to the main checkout's; no shared cache.
      const nm = path.join(wt, 'node_modules');
      expect(lstatSync(nm).isDirectory() && !lstatSync(nm).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(nm, 'left-pad'))).toBe(path.join(tp.repo, 'node_modules', 'left-pad'));
      expect(lstatSync(path.join(nm, '@acme')).isSymbolicLink()).toBe(false);
      expect(readlinkSync(path.join(nm, '@acme', 'util'))).toBe(path.join(tp.repo, 'node_modules', '@acme', 'util'));
      expect(lstatSync(path.join(nm, '.bin')).isSymbolicLink()).toBe(true);
      expect(existsSync(path.join(nm, '.cache'))).toBe(false);
      expect(linksMain(tp, wt)).toBe(true);
      return wt;
    },
    async commitIn(wt, file) {
      writeFileSync(path.join(wt, file), `${file}\n`);
      await tp.git(['add', file], wt);
      await tp.git(['commit', '-q', '-m', `add ${file}`], wt);
      return tp.git(['rev-parse', 'HEAD'], wt);
    },
    mainIntact() {
      expect(readFileSync(mainFile, 'utf8')).toBe(CONTENT);
      expect(readFileSync(path.join(tp.repo, 'node_modules', '@acme', 'util', 'index.js'), 'utf8')).toBe(CONTENT);
      expect(readFileSync(path.join(tp.repo, 'node_modules', '.cache', 'tool', 'main.json'), 'utf8')).toBe('{"main":true}\n');
      expect(readlinkSync(path.join(tp.repo, 'node_modules', '.bin', 'left-pad'))).toBe('../left-pad/index.js');
      expect(lstatSync(path.join(tp.repo, 'node_modules')).isDirectory()).toBe(true);
    },
    async registered(name) {
      return Boolean((await tp.project()).registry.getWorker(name));
    },
  };
}

/**
 * Whether the worktree's node_modules reaches the main checkout's packages: its own folder whose entries link there
 * (how worktrees are made now), or a single link to the whole folder (worktrees made before private caches).
 */
export function linksMain(tp: TestProject, wt: string): boolean {
  const nm = path.join(wt, 'node_modules');
  try {
    if (lstatSync(nm).isSymbolicLink()) return path.resolve(wt, readlinkSync(nm)) === path.join(tp.repo, 'node_modules');
    return readlinkSync(path.join(nm, 'left-pad')) === path.join(tp.repo, 'node_modules', 'left-pad');
  } catch {
    return false;
  }
}

/** A fresh teardown project for every test of the file, cleaned up after each; read `.h` and `.tp` inside tests. */
export function useTeardownProject(): { h: TeardownProject; tp: TeardownProject['tp'] } {
  const cur = {} as { h: TeardownProject; tp: TeardownProject['tp'] };
  beforeEach(async () => {
    cur.h = await makeTeardownProject();
    cur.tp = cur.h.tp;
  });
  afterEach(async () => {
    await cur.tp.cleanup();
  });
  return cur;
}
