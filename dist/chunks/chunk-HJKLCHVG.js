import {
  isInside
} from "./chunk-AV3MXERG.js";

// src/adapters/links.ts
import path from "node:path";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, symlinkSync, unlinkSync } from "node:fs";
var KNOWN_CACHES = [".cache", ".vite", ".vitest", ".jest-cache", ".parcel-cache", ".eslintcache", ".turbo", ".next/cache"], CACHE_NAMES = new Set(KNOWN_CACHES.filter((c) => !c.includes("/")));
function linkKind() {
  return process.platform === "win32" ? "junction" : "dir";
}
function linkDependencyEntries(repo, worktree, rel) {
  let source = path.join(repo, rel), dest = path.join(worktree, rel);
  if (!existsSync(source)) return { result: "source-missing", added: 0 };
  if (lstatExists(dest) && linkState(repo, worktree, rel) !== "entries") return { result: "exists", added: 0 };
  let added = 0, fill = (from, to, depth) => {
    mkdirSync(to, { recursive: !0 });
    for (let e of readdirSync(from, { withFileTypes: !0 })) {
      if (depth === 0 && CACHE_NAMES.has(e.name)) continue;
      let src = path.join(from, e.name), dst = path.join(to, e.name);
      if (depth === 0 && e.name.startsWith("@") && e.isDirectory()) {
        (!lstatExists(dst) || lstatSync(dst).isDirectory() && !lstatSync(dst).isSymbolicLink()) && fill(src, dst, 1);
        continue;
      }
      lstatExists(dst) || (symlinkSync(src, dst, e.isDirectory() || e.isSymbolicLink() && isDirectory(src) ? linkKind() : "file"), added++);
    }
  };
  return fill(source, dest, 0), { result: "linked", added };
}
function isDirectory(p) {
  try {
    return lstatSync(realpathSync(p)).isDirectory();
  } catch {
    return !1;
  }
}
function entryLinks(repo, worktree, rel) {
  let dir = path.join(worktree, rel), into = path.join(repo, rel), out = [], look = (d, depth) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let e of entries) {
      let p = path.join(d, e.name);
      if (e.isSymbolicLink()) {
        let raw = readlinkSync(p), target = path.resolve(d, raw);
        isInside(target, into) && out.push({ path: p, raw, target, intoMain: !0 });
      } else depth === 0 && e.isDirectory() && e.name.startsWith("@") && look(p, 1);
    }
  };
  return look(dir, 0), out;
}
function linkDependency(repo, worktree, rel) {
  let source = path.join(repo, rel), link = path.join(worktree, rel);
  return existsSync(source) ? lstatExists(link) ? "exists" : (mkdirSync(path.dirname(link), { recursive: !0 }), symlinkSync(source, link, process.platform === "win32" ? "junction" : "dir"), "linked") : "source-missing";
}
function linkState(repo, worktree, rel) {
  let link = path.join(worktree, rel);
  if (!lstatExists(link)) return existsSync(path.join(repo, rel)) ? "missing" : "source-missing";
  let st = lstatSync(link);
  return st.isSymbolicLink() ? path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(repo, rel) ? "linked" : "wrong-target" : st.isDirectory() && entryLinks(repo, worktree, rel).length ? "entries" : "real-dir";
}
function detachEntryLinks(repo, worktree, rel) {
  let found = entryLinks(repo, worktree, rel), done = [];
  for (let l of found)
    try {
      unlinkSync(l.path), done.push(l);
    } catch {
    }
  return done;
}
function detachLink(worktree, rel) {
  let link = path.join(worktree, rel);
  return lstatExists(link) ? lstatSync(link).isSymbolicLink() ? (unlinkSync(link), "detached") : "real-dir" : "absent";
}
function copyEnvFiles(repo, worktree, files) {
  let copied = [];
  for (let rel of files) {
    let src = path.join(repo, rel), dst = path.join(worktree, rel);
    !existsSync(src) || lstatExists(dst) || (mkdirSync(path.dirname(dst), { recursive: !0 }), copyFileSync(src, dst), copied.push(rel));
  }
  return copied;
}
function lstatExists(p) {
  try {
    return lstatSync(p), !0;
  } catch {
    return !1;
  }
}

export {
  KNOWN_CACHES,
  linkDependencyEntries,
  linkDependency,
  linkState,
  detachEntryLinks,
  detachLink,
  copyEnvFiles,
  lstatExists
};
