import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package's own folder (where its package.json is), found by walking up from this module: the same code runs
 * from src/ under vitest and from a chunk of the bundle (dist/chunks/), each at a different depth, so a path
 * relative to import.meta.url would be right in one of them only.
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return (root = dir);
    if (path.dirname(dir) === dir) throw new Error(`session-orchestrator: no package.json above ${fileURLToPath(import.meta.url)}`);
  }
}

/**
 * A script of the bundle that orch starts as a process of its own (`node <file>`), e.g. 'adapters/headless-runner.js'.
 * Each one is an entry point of the build: see SPAWNED in scripts/build.mjs.
 */
export function distScript(rel: string): string {
  return path.join(packageRoot(), 'dist', rel);
}
