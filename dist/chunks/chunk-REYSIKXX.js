// src/adapters/links.ts
import path from "node:path";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, unlinkSync } from "node:fs";
function linkDependency(repo, worktree, rel) {
  let source = path.join(repo, rel), link = path.join(worktree, rel);
  return existsSync(source) ? lstatExists(link) ? "exists" : (mkdirSync(path.dirname(link), { recursive: !0 }), symlinkSync(source, link, process.platform === "win32" ? "junction" : "dir"), "linked") : "source-missing";
}
function linkState(repo, worktree, rel) {
  let link = path.join(worktree, rel);
  return lstatExists(link) ? lstatSync(link).isSymbolicLink() ? path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(repo, rel) ? "linked" : "wrong-target" : "real-dir" : existsSync(path.join(repo, rel)) ? "missing" : "source-missing";
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
  linkDependency,
  linkState,
  detachLink,
  copyEnvFiles,
  lstatExists
};
