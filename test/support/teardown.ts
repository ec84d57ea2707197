import path from 'node:path';
import { lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  return {
    tp,
    async start(name) {
      const r = await tp.orch(['start', name, '--task', `task ${name}`, '--no-launch']);
      expect(r.code, r.stderr).toBe(0);
      const wt = path.join(tp.worktrees, name);
      expect(lstatSync(path.join(wt, 'node_modules')).isSymbolicLink()).toBe(true);
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
      expect(lstatSync(path.join(tp.repo, 'node_modules')).isDirectory()).toBe(true);
    },
    async registered(name) {
      return Boolean((await tp.project()).registry.getWorker(name));
    },
  };
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
