import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import {
  KNOWN_CACHES,
  linkState,
  lstatExists
} from "./chunk-PXCXQY5C.js";
import {
  isInside
} from "./chunk-AV3MXERG.js";
import {
  dependencyFolders,
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  existsSync,
  readdirSync,
  realpathSync
} from "./chunk-LKC326JV.js";
import {
  aheadBehind,
  currentBranch,
  dirtyFiles,
  isGitCheckout,
  lastCommit,
  listWorktrees
} from "./chunk-IIWHDVOR.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/watch/health.ts
import path from "node:path";
async function checkHealth(project, name, wtPath, windowAlive, known) {
  let { config } = project, exists = existsSync(wtPath), gitHealthy = exists && await isGitCheckout(wtPath), envs = envFiles(config.layout).map((f) => ({ file: f, present: lstatExists(path.join(wtPath, f)), inMain: existsSync(path.join(config.repoPath, f)) })), deps = dependencyFolders(config.layout).map((d) => {
    let st = exists ? linkState(config.repoPath, wtPath, d) : "missing";
    return { path: d, state: config.worktreeDeps === "install" && st === "real-dir" ? "installed" : st };
  }), sharedCaches = exists ? sharedCachesOf(config.repoPath, wtPath, dependencyFolders(config.layout)) : [], uncommitted = [], branch, last, behind;
  gitHealthy && ([uncommitted, branch, last] = await Promise.all([dirtyFiles(wtPath).catch(() => []), currentBranch(wtPath), lastCommit(wtPath)]), behind = (await aheadBehind(wtPath, `origin/${config.defaultBranch}`))?.behind);
  let label = exists ? !gitHealthy || !known ? "ZOMBIE" : deps.some((d) => d.state === "missing" || d.state === "wrong-target") ? "NEEDS INSTALL" : envs.some((e) => e.inMain && !e.present) ? "NEEDS ENV" : sharedCaches.length ? "SHARED CACHE" : "READY" : "MISSING";
  return { name, path: wtPath, exists, gitHealthy, branch, uncommitted, lastCommit: last, behind, envFiles: envs, deps, sharedCaches, windowAlive, label };
}
function sharedCachesOf(repo, wt, depFolders) {
  let main = realOrSelf(repo), candidates = /* @__PURE__ */ new Set();
  for (let d of depFolders) {
    for (let c of KNOWN_CACHES) c.includes("/") || candidates.add(path.join(d, c));
    for (let c of KNOWN_CACHES) candidates.add(path.join(path.dirname(d), c));
  }
  let out = [];
  for (let rel of candidates) {
    let p = path.join(wt, rel);
    for (; !lstatExists(p) && isInside(path.dirname(p), wt) && path.dirname(p) !== p; ) p = path.dirname(p);
    if (!isInside(p, wt) || path.resolve(p) === path.resolve(wt)) continue;
    let real = realOrSelf(p);
    (isInside(real, main) || isInside(real, repo)) && out.push(path.normalize(rel));
  }
  return out.sort();
}
function realOrSelf(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function healthExtras(r) {
  return {
    label: r.label,
    exists: r.exists,
    gitHealthy: r.gitHealthy,
    lastCommit: r.lastCommit ?? null,
    envFiles: r.envFiles,
    deps: r.deps,
    sharedCaches: r.sharedCaches
  };
}
async function healthFlow(project, o) {
  let { registry, config, mux } = project, windows = await mux.listWindows(config.session), worktrees = await listWorktrees(config.repoPath), known = new Set(worktrees.map((w) => path.resolve(w.path))), alive = (n) => windows.some((w) => w.name === n && !w.dead), targets = /* @__PURE__ */ new Map();
  if (o.name) {
    let rec = registry.getWorker(o.name), wt = rec?.worktree ?? path.join(config.worktreesPath, o.name);
    if (!rec && !existsSync(wt)) throw new UsageError(`no worker or worktree named ${o.name}`, "run `orch list` to see the names");
    targets.set(o.name, wt);
  } else {
    for (let r of registry.listWorkers()) targets.set(r.name, r.worktree);
    for (let w of worktrees)
      path.dirname(path.resolve(w.path)) === path.resolve(config.worktreesPath) && !targets.has(path.basename(w.path)) && targets.set(path.basename(w.path), w.path);
    let taken = new Set([...targets.values()].map((p) => path.resolve(p)));
    if (existsSync(config.worktreesPath))
      for (let d of readdirSync(config.worktreesPath, { withFileTypes: !0 })) {
        let p = path.join(config.worktreesPath, d.name);
        d.isDirectory() && !taken.has(path.resolve(p)) && !targets.has(d.name) && targets.set(d.name, p);
      }
  }
  let reports = await mapLimit([...targets], 8, ([n, p]) => checkHealth(project, n, p, alive(registry.getWorker(n)?.window ?? n), known.has(path.resolve(p)))), names = reports.filter((r) => registry.getWorker(r.name)).map((r) => r.name), facts = names.length ? (await inspectProject(project, { capture: !1, git: !0, names })).workers : [], workers = reports.flatMap((r) => {
    let f = facts.find((x) => x.rec.name === r.name);
    return f ? [{ ...workerJsonOf(project, f, { why: !1 }), ...healthExtras(r) }] : [];
  }), zombies = reports.filter((r) => !facts.some((x) => x.rec.name === r.name)).map((r) => ({ name: r.name, worktree: r.path, branch: r.branch ?? null, uncommitted: r.gitHealthy ? { count: r.uncommitted.length, files: r.uncommitted } : null, behind: r.behind ?? null, window: { name: r.name, alive: r.windowAlive }, ...healthExtras(r) }));
  return { workers, zombies };
}

export {
  checkHealth,
  healthFlow
};
