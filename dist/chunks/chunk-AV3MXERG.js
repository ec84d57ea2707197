// src/adapters/tree-scan.ts
import path from "node:path";
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, symlinkSync, unlinkSync } from "node:fs";
function isInside(child, parent) {
  let rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function targetOf(link) {
  let raw = path.resolve(path.dirname(link), readlinkSync(link));
  try {
    return [raw, realpathSync(link)];
  } catch {
    return [raw];
  }
}
function scanTree(root, mainCheckout) {
  let out = { links: [], mounts: [], files: 0 }, dev = lstatSync(root).dev, roots = withReal(root), mains = withReal(mainCheckout), walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let e of entries) {
      let p = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let targets = targetOf(p);
        if (!targets.every((t) => roots.some((r) => isInside(t, r)))) {
          let intoMain = targets.some((t) => mains.some((m) => isInside(t, m) || isInside(m, t)));
          out.links.push({ path: p, raw: readlinkSync(p), target: targets[targets.length - 1], intoMain });
        }
      } else e.isDirectory() ? lstatSync(p).dev !== dev ? out.mounts.push(p) : walk(p) : out.files++;
    }
  };
  return walk(root), out;
}
function withReal(p) {
  try {
    return [path.resolve(p), realpathSync(p)];
  } catch {
    return [path.resolve(p)];
  }
}
function detachLinks(links) {
  let failed = [];
  for (let l of links)
    try {
      lstatSync(l.path).isSymbolicLink() && unlinkSync(l.path);
    } catch {
      failed.push(l);
    }
  return failed;
}
function restoreLinks(links) {
  for (let l of links)
    try {
      symlinkSync(l.raw, l.path, process.platform === "win32" ? "junction" : void 0);
    } catch {
    }
}
function sameDirectory(a, b) {
  try {
    let sa = statSync(a), sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return !1;
  }
}

export {
  isInside,
  scanTree,
  detachLinks,
  restoreLinks,
  sameDirectory
};
