import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { REPO_ROOT } from './project.js';

/**
 * This repository as a clone of it holds it, without node_modules: tracked files plus new ones that are not
 * ignored (dist/ is committed), as they are in the working tree now.
 */
export function copyRepository(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(REPO_ROOT, f);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    copyFileSync(from, path.join(to, f));
    chmodSync(path.join(to, f), statSync(from).mode);
  }
}
