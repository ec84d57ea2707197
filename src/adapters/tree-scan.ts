import path from 'node:path';
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, symlinkSync, unlinkSync } from 'node:fs';

/** Whether `child` is `parent` or lies inside it (path.relative, so /x/repo-worktrees is not inside /x/repo). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface LinkFound {
  path: string;
  /** What readlink says, to put the link back exactly if a later step fails. */
  raw: string;
  target: string;
  intoMain: boolean;
}

export interface TreeScan {
  /** Symlinks and junctions under the root whose target lies outside the root. */
  links: LinkFound[];
  /** Folders on another device than the root: mount points a recursive delete would empty. */
  mounts: string[];
  files: number;
}

function targetOf(link: string): string[] {
  const raw = path.resolve(path.dirname(link), readlinkSync(link));
  try {
    return [raw, realpathSync(link)];
  } catch {
    return [raw]; // dangling
  }
}

/**
 * Walks a tree without following any link. A link counts as "into main" when its target is inside the main
 * checkout or contains it: a tool that follows it (Windows junctions, rm without -P) would delete main's files.
 */
export function scanTree(root: string, mainCheckout: string): TreeScan {
  const out: TreeScan = { links: [], mounts: [], files: 0 };
  const dev = lstatSync(root).dev;
  const roots = withReal(root);
  const mains = withReal(mainCheckout);
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        const targets = targetOf(p);
        if (!targets.every((t) => roots.some((r) => isInside(t, r)))) {
          const intoMain = targets.some((t) => mains.some((m) => isInside(t, m) || isInside(m, t)));
          out.links.push({ path: p, raw: readlinkSync(p), target: targets[targets.length - 1]!, intoMain });
        }
      } else if (e.isDirectory()) {
        if (lstatSync(p).dev !== dev) out.mounts.push(p);
        else walk(p);
      } else out.files++;
    }
  };
  walk(root);
  return out;
}

function withReal(p: string): string[] {
  try {
    return [path.resolve(p), realpathSync(p)];
  } catch {
    return [path.resolve(p)];
  }
}

/** Removes the links themselves (never what they point at). Returns the ones that could not be removed. */
export function detachLinks(links: LinkFound[]): LinkFound[] {
  const failed: LinkFound[] = [];
  for (const l of links) {
    try {
      if (lstatSync(l.path).isSymbolicLink()) unlinkSync(l.path);
    } catch {
      failed.push(l);
    }
  }
  return failed;
}

/** Puts detached links back (after a failed removal), pointing exactly where they pointed before. */
export function restoreLinks(links: LinkFound[]): void {
  for (const l of links) {
    try {
      symlinkSync(l.raw, l.path, process.platform === 'win32' ? 'junction' : undefined);
    } catch {
      /* something took its place meanwhile: leave it */
    }
  }
}

/** Same directory object (a bind mount or a second name for it), not just an equal path. */
export function sameDirectory(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
