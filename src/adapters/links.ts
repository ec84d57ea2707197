import path from 'node:path';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, symlinkSync, unlinkSync } from 'node:fs';
import { isInside, type LinkFound } from './tree-scan.js';

/** `entries`: a real folder of the worktree whose entries link to the main checkout's (private caches beside them). */
export type LinkState = 'linked' | 'entries' | 'missing' | 'wrong-target' | 'real-dir' | 'source-missing';

/**
 * Folders where test runners, bundlers, transpilers and linters write: never linked, so each worktree gets its own.
 * Inside a dependency folder (node_modules/.cache, node_modules/.vite, ...) and at a package root (.eslintcache, ...).
 */
export const KNOWN_CACHES = ['.cache', '.vite', '.vitest', '.jest-cache', '.parcel-cache', '.eslintcache', '.turbo', '.next/cache'] as const;
const CACHE_NAMES = new Set<string>(KNOWN_CACHES.filter((c) => !c.includes('/')));

function linkKind(): 'junction' | 'dir' {
  return process.platform === 'win32' ? 'junction' : 'dir';
}

/**
 * Gives the worktree its own real <rel> folder whose entries link to the main checkout's: each package, each
 * package of a scope (`@scope/*`, the scope folder itself real), `.bin` and other metadata; known caches are
 * skipped, so a tool that writes <rel>/.cache writes into the worktree, never into the main checkout. Fills in
 * entries that are missing in an existing folder of this shape (packages installed since); replaces nothing.
 * `exists`: <rel> is something else (an old single link, or an install of its own), left as it is.
 * `templates` (a folder of orch's, on the worktree's filesystem): each link is then a hard link to one kept there,
 * made once per package for every worktree (a hard link costs no new inode; a symlink does, and on a busy disk
 * creating inodes costs far more CPU than the rest of a dispatch). The same link either way.
 */
export function linkDependencyEntries(repo: string, worktree: string, rel: string, templates?: string): { result: 'linked' | 'exists' | 'source-missing'; added: number } {
  const source = path.join(repo, rel);
  const dest = path.join(worktree, rel);
  if (!existsSync(source)) return { result: 'source-missing', added: 0 };
  if (lstatExists(dest) && linkState(repo, worktree, rel) !== 'entries') return { result: 'exists', added: 0 };
  const template = templates && process.platform !== 'win32' ? path.join(templates, createHash('sha256').update(source).digest('hex').slice(0, 16)) : undefined;
  let added = 0;
  const fill = (from: string, to: string, depth: number) => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (depth === 0 && CACHE_NAMES.has(e.name)) continue;
      const src = path.join(from, e.name);
      const dst = path.join(to, e.name);
      // A scope folder holds packages: it is made real, and its packages linked one by one.
      if (depth === 0 && e.name.startsWith('@') && e.isDirectory()) {
        if (!lstatExists(dst) || (lstatSync(dst).isDirectory() && !lstatSync(dst).isSymbolicLink())) fill(src, dst, 1);
        continue;
      }
      if (lstatExists(dst)) continue;
      const kept = template && keptLink(src, path.join(template, path.relative(source, src)));
      if (!(kept && hardLink(kept, dst))) symlinkSync(src, dst, e.isDirectory() || (e.isSymbolicLink() && isDirectory(src)) ? linkKind() : 'file');
      added++;
    }
  };
  fill(source, dest, 0);
  return { result: 'linked', added };
}

/** The template's symlink to `target` at `at`, made when missing (POSIX only); undefined when it cannot be. */
function keptLink(target: string, at: string): string | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (readlinkSync(at) === target) return at;
      unlinkSync(at); // another target (a package moved): replaced
    } catch {
      /* not there yet */
    }
    try {
      symlinkSync(target, at);
      return at;
    } catch (e) {
      // The template's folder on first use; else made by a dispatch running beside this one: read again.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') mkdirSync(path.dirname(at), { recursive: true });
    }
  }
  return undefined;
}

/** A hard link to `from` at `to` (no new inode); false where one cannot be made (another filesystem, no permission). */
export function hardLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false; // another filesystem, or links not allowed: a symlink of its own
  }
}

function isDirectory(p: string): boolean {
  try {
    return lstatSync(realpathSync(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The links directly in <rel> and in its scope folders whose targets lie in the main checkout's <rel>. */
export function entryLinks(repo: string, worktree: string, rel: string): LinkFound[] {
  const dir = path.join(worktree, rel);
  const into = path.join(repo, rel);
  const out: LinkFound[] = [];
  const look = (d: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) {
        const raw = readlinkSync(p);
        const target = path.resolve(d, raw);
        if (isInside(target, into)) out.push({ path: p, raw, target, intoMain: true });
      } else if (depth === 0 && e.isDirectory() && e.name.startsWith('@')) look(p, 1);
    }
  };
  look(dir, 0);
  return out;
}

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
  if (!st.isSymbolicLink()) return st.isDirectory() && entryLinks(repo, worktree, rel).length ? 'entries' : 'real-dir';
  return path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(repo, rel) ? 'linked' : 'wrong-target';
}

/**
 * Removes the links of a dependency folder of the entries shape (never what they point at), and reports them so a
 * failed removal can put them back. The private caches beside them stay: they belong to the worktree.
 */
export function detachEntryLinks(repo: string, worktree: string, rel: string): LinkFound[] {
  const found = entryLinks(repo, worktree, rel);
  const done: LinkFound[] = [];
  for (const l of found) {
    try {
      unlinkSync(l.path);
      done.push(l);
    } catch {
      /* left for the tree scan, which refuses the removal while any link into the main checkout remains */
    }
  }
  return done;
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
