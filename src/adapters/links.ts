import path from 'node:path';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, unlinkSync } from 'node:fs';

export type LinkState = 'linked' | 'missing' | 'wrong-target' | 'real-dir' | 'source-missing';

/** Links <worktree>/<rel> to <repo>/<rel> (a junction on Windows). Never replaces anything that exists. */
export function linkDependency(repo: string, worktree: string, rel: string): 'linked' | 'exists' | 'source-missing' {
  const source = path.join(repo, rel);
  const link = path.join(worktree, rel);
  if (!existsSync(source)) return 'source-missing';
  if (lstatExists(link)) return 'exists';
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(source, link, process.platform === 'win32' ? 'junction' : 'dir');
  return 'linked';
}

export function linkState(repo: string, worktree: string, rel: string): LinkState {
  const link = path.join(worktree, rel);
  if (!lstatExists(link)) return existsSync(path.join(repo, rel)) ? 'missing' : 'source-missing';
  const st = lstatSync(link);
  if (!st.isSymbolicLink()) return 'real-dir';
  return path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(repo, rel) ? 'linked' : 'wrong-target';
}

/**
 * Removes the link itself (never what it points at) before a worktree is deleted: git and rm follow
 * junctions and would empty the main checkout's node_modules. A real directory is reported, not touched.
 */
export function detachLink(worktree: string, rel: string): 'detached' | 'absent' | 'real-dir' {
  const link = path.join(worktree, rel);
  if (!lstatExists(link)) return 'absent';
  if (!lstatSync(link).isSymbolicLink()) return 'real-dir';
  unlinkSync(link);
  return 'detached';
}

/** Copies env files that exist in the main checkout and not yet in the worktree (never overwrites). */
export function copyEnvFiles(repo: string, worktree: string, files: string[]): string[] {
  const copied: string[] = [];
  for (const rel of files) {
    const src = path.join(repo, rel);
    const dst = path.join(worktree, rel);
    if (!existsSync(src) || lstatExists(dst)) continue;
    mkdirSync(path.dirname(dst), { recursive: true });
    copyFileSync(src, dst);
    copied.push(rel);
  }
  return copied;
}

export function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
