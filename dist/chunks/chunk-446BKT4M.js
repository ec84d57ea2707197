import {
  stopAllServers
} from "./chunk-EY3HSGTC.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  detachEntryLinks,
  detachLink,
  linkDependency,
  linkState,
  lstatExists,
  removePushHook,
  serialPerRepo
} from "./chunk-PXCXQY5C.js";
import {
  detachLinks,
  isInside,
  restoreLinks,
  sameDirectory,
  scanTree
} from "./chunk-AV3MXERG.js";
import {
  dependencyFolders
} from "./chunk-PI3YJTP2.js";
import {
  isRemote,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  rmSync
} from "./chunk-LKC326JV.js";
import {
  branchForName
} from "./chunk-SFWOOGXY.js";
import {
  branchExists,
  deleteBranch,
  dirtyFiles,
  fetch,
  gitTry,
  hasRemote,
  listWorktrees,
  refExists,
  removeWorktree
} from "./chunk-IIWHDVOR.js";
import {
  RefusalError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/teardown.ts
import path2 from "node:path";

// src/flows/worker/teardown-checks.ts
import path from "node:path";
function some(items, n = 5) {
  return items.slice(0, n).join(", ") + (items.length > n ? ` and ${items.length - n} more` : "");
}
function locationRefusals(config, dir, gitKnows) {
  return isInside(config.repoPath, dir) ? [{ code: "main-checkout", reason: `${dir} is the main checkout (or contains it)`, force: !1 }] : !isInside(dir, config.worktreesPath) || path.resolve(dir) === path.resolve(config.worktreesPath) ? [{ code: "outside-worktrees", reason: `${dir} is outside worktreesPath ${config.worktreesPath}`, force: gitKnows }] : [];
}
async function unlandedCommits(dir, ref, base, mergedHead) {
  let remote = await hasRemote(dir), headKnown = mergedHead !== void 0 && /^[0-9a-f]{7,64}$/i.test(mergedHead) && (await gitTry(dir, ["cat-file", "-e", `${mergedHead}^{commit}`])).ok, args = remote ? ["rev-list", ref, "--not", "--remotes", ...headKnown ? [mergedHead] : []] : ["rev-list", ref, "--not", base, ...headKnown ? [mergedHead] : []], r = await gitTry(dir, args);
  if (!r.ok) throw new Error(`git ${args.join(" ")} failed: ${r.err.split(`
`)[0] || "no output"}`);
  let commits = r.out.split(`
`).filter(Boolean);
  if (!commits.length) return [];
  let upstream = remote && await refExists(dir, `origin/${base}`) ? `origin/${base}` : base, cherry = await gitTry(dir, ["cherry", upstream, ref]), landed = new Set(cherry.ok ? cherry.out.split(`
`).filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim()) : []);
  return commits.filter((c) => !landed.has(c));
}
async function workRefusals(dir, o) {
  let out = [], dirty, commits;
  try {
    dirty = await dirtyFiles(dir), commits = await unlandedCommits(dir, "HEAD", o.base, o.mergedHead);
  } catch (e) {
    return [{ code: "unreadable", reason: `git cannot read ${dir}: ${e.message.split(`
`)[0]}`, force: !0 }];
  }
  if (dirty.length && out.push({ code: "uncommitted", reason: `${dirty.length} uncommitted or untracked file(s): ${some(dirty.map((l) => l.slice(3)))}`, force: !0 }), commits.length) {
    let after = o.mergedHead ? " and not in the merged pull request" : "";
    out.push({ code: "unpushed", reason: `${commits.length} commit(s) on ${o.branch ?? "HEAD"} are on no remote branch${after} (${some(commits.map((c) => c.slice(0, 7)), 3)}): push them, or they live only in this branch`, force: !0 });
  }
  return out;
}
function dependencyLinks(config, recLinks) {
  let fromLayout = config.worktreeDeps === "junction" ? dependencyFolders(config.layout) : [];
  return [.../* @__PURE__ */ new Set([...recLinks, ...fromLayout])];
}
function linkRefusals(config, dir, links) {
  let out = [];
  for (let rel of links) {
    if (linkState(config.repoPath, dir, rel) !== "real-dir") continue;
    let main = path.join(config.repoPath, rel);
    sameDirectory(path.join(dir, rel), main) ? out.push({ code: "same-as-main", reason: `${rel} in the worktree is the main checkout's ${rel} itself (a bind mount?)`, force: !1 }) : out.push({ code: "link-is-real-dir", reason: `${rel} should be a link to the main checkout but is a real directory (installed into the worktree?)`, force: !0 });
  }
  let scan = scanTree(dir, config.repoPath);
  for (let m of scan.mounts) out.push({ code: "mount-point", reason: `${m} is a mount point: a recursive delete would empty what is mounted there`, force: !1 });
  return out;
}
function blocking(list, force) {
  return list.filter((r) => !r.force || !force);
}
function refusalError(what, list, done = "Nothing was changed.") {
  let liftable = list.every((r) => r.force);
  return new RefusalError(
    `refusing to ${what}:
${list.map((r) => `  - ${r.code}: ${r.reason}`).join(`
`)}
${done}`,
    liftable ? "commit and push (or finish) the work first; --force removes it anyway, keeping the branch and its commits" : "orch never does this, even with --force"
  );
}

// src/flows/worker/teardown.ts
async function closeWorker(project, name, o) {
  let { config, registry, mux } = project, log = o.log ?? (() => {
  }), verb = o.verb ?? "close", rec = registry.getWorker(name), hostName = rec?.host ?? o.host;
  if (isRemote(hostName) && (!o.dir || !rec || rec.host === hostName)) {
    let { closeOnHost } = await import("./teardown-remote-KUTQ76ZX.js");
    return closeOnHost(project, sshHost(config, hostName), name, rec, o);
  }
  let dir = path2.resolve(o.dir ?? rec?.worktree ?? path2.join(config.worktreesPath, name)), owned = rec && path2.resolve(rec.worktree) === dir ? rec : void 0, session = owned?.session ?? config.session, windowName = owned?.window ?? name, [window, worktrees] = await Promise.all([o.dir && !owned ? void 0 : mux.findWindow(session, windowName), listWorktrees(config.repoPath)]), known = worktrees.find((w) => path2.resolve(w.path) === dir), dirExists = lstatExists(dir), branch = owned?.branch ?? known?.branch, base = owned?.base ?? config.defaultBranch;
  if (!owned && !window && !known && !dirExists) return o.dir ? { name, status: "nothing-left", steps: [], forced: [], branch: void 0 } : closeKeptBranch(project, name, o, worktrees);
  let refusals = [], role = owned?.kind === "orchestrator" || owned?.kind === "reviewer" ? owned.kind : name === "orchestrator" || name === "reviewer" ? name : void 0;
  role && !o.aiWorker && refusals.push({ code: "orchestrator", reason: `${name} is the ${role}'s own worktree (\`orch ${role} stop\` removes it)`, force: !1 }), dirExists && !known && refusals.push({ code: "unknown-to-git", reason: `${dir} is a directory git does not know as a worktree (a zombie)`, force: !1 }), (dirExists || known) && refusals.push(...locationRefusals(config, dir, !!known));
  let links = dependencyLinks(config, owned?.links ?? []);
  if (dirExists && known && (await fetch(config.repoPath, "origin").catch(() => {
  }), refusals.push(...await workRefusals(dir, { base, branch, mergedHead: o.mergedHead })), refusals.push(...linkRefusals(config, dir, links))), owned && window && !window.dead && !o.aiWorker) {
    let st = (await inspectProject(project, { capture: !0, git: !1, names: [name] })).workers[0]?.state;
    st?.state === "working" && refusals.push({ code: "working", reason: `${name} is working (${st.reason})`, force: !0 });
  }
  let stop = blocking(refusals, o.force);
  if (stop.length) {
    let hint = refusals.some((r) => r.code === "unknown-to-git") ? " (orch cleanup lists and removes zombie directories)" : "";
    throw refusalError(`${verb} ${name}${hint}`, stop);
  }
  let forced = refusals.filter((r) => r.force), steps = [], step = (s) => {
    steps.push(s), log(s);
  };
  if (window && await mux.killWindow(session, windowName) && step(`closed window ${windowName}`), owned) for (let s of await stopAllServers(project, { name, label: name, dir })) step(s);
  if (dirExists && known) {
    if (!o.force) {
      let late = await workRefusals(dir, { base, branch, mergedHead: o.mergedHead });
      if (late.length) throw refusalError(`remove ${dir}`, late, `The window is closed; the worktree and branch are intact${owned ? `: \`orch resume ${name}\` reopens it` : ""}.`);
    }
    await removeTree(project, dir, links, o.force, step);
  } else known && (await serialPerRepo(config.repoPath, () => removeWorktree(config.repoPath, dir, !0)), step(`dropped git's stale registration of ${dir}`));
  owned && (await dropRecord(project, name, owned.batch), step("dropped the registry entry"));
  let br = branch ? await settleBranch(project, branch, base, o) : void 0;
  return br && step(`${br.action} branch ${br.name}: ${br.why}`), { name, status: "closed", steps, forced, branch: br };
}
async function closeKeptBranch(project, name, o, worktrees) {
  let repo = project.config.repoPath, branch = branchForName(name), none = { name, status: "nothing-left", steps: [], forced: [], branch: void 0 };
  if (!await branchExists(repo, branch) || worktrees.some((w) => w.branch === branch)) return none;
  if (!o.deleteBranch) return { ...none, branch: { name: branch, action: "kept", why: `no worker uses it; \`orch close ${name} --delete-branch\` deletes it, \`orch start ${name} --reuse-branch\` starts on it` } };
  let br = await settleBranch(project, branch, project.config.defaultBranch, o);
  if (br?.action === "kept") {
    let unlanded = await unlandedCommits(repo, `refs/heads/${branch}`, project.config.defaultBranch, o.mergedHead).catch(() => []);
    throw new RefusalError(
      `refusing to delete branch ${branch}: ${br.why}${unlanded.length ? ` (${unlanded.slice(0, 5).map((c) => c.slice(0, 8)).join(", ")}${unlanded.length > 5 ? ", ..." : ""})` : ""}. Nothing was changed.`,
      `push it first (\`git push origin ${branch}\`), or \`orch start ${name} --reuse-branch\` to carry on; to throw the commits away: \`git branch -D ${branch}\``
    );
  }
  let steps = br ? [`${br.action} branch ${br.name}: ${br.why}`] : [];
  for (let s of steps) o.log?.(s);
  return { name, status: "closed", steps, forced: [], branch: br };
}
async function removeTree(project, dir, links, force, step) {
  let { config } = project, detached = links.filter((rel) => detachLink(dir, rel) === "detached");
  for (let rel of detached) step(`detached ${rel} (the main checkout's copy is untouched)`);
  let entries = links.flatMap((rel) => {
    let gone = detachEntryLinks(config.repoPath, dir, rel);
    return gone.length && step(`detached ${rel}: ${gone.length} link(s) to the main checkout's packages (its copy is untouched; private caches go with the worktree)`), gone;
  }), intoMain = scanTree(dir, config.repoPath).links.filter((l) => l.intoMain), stuck = detachLinks(intoMain), unlinked = intoMain.filter((x) => !stuck.includes(x));
  for (let l of unlinked) step(`detached link ${path2.relative(dir, l.path)} -> ${l.target}`);
  let after = scanTree(dir, config.repoPath);
  if (after.links.some((l) => l.intoMain) || after.mounts.length) {
    for (let rel of detached) linkDependency(config.repoPath, dir, rel);
    throw restoreLinks([...entries, ...unlinked]), new RefusalError(`refusing to remove ${dir}: it still holds ${after.links.length} link(s) into the main checkout or mount points (${[...after.links.map((l) => l.path), ...after.mounts].join(", ")})`, "remove those links by hand (never with a recursive delete), then run the command again");
  }
  try {
    await serialPerRepo(config.repoPath, () => removeWorktree(config.repoPath, dir, force));
  } catch (e) {
    for (let rel of detached) linkDependency(config.repoPath, dir, rel);
    throw restoreLinks([...entries, ...unlinked]), new RefusalError(`git would not remove ${dir}: ${e.message.split(`
`)[0]}`, `the worktree is intact${detached.length + entries.length + unlinked.length ? " and its links restored" : ""}; look at it, or use --force`);
  }
  step(`removed worktree ${dir}`);
}
async function dropRecord(project, name, batchId) {
  let { registry } = project;
  await registry.withLock(() => {
    registry.removeWorker(name), rmSync(registry.eventsFile(name), { force: !0 }), rmSync(path2.join(registry.dir, "observe", `${name}.json`), { force: !0 }), rmSync(path2.join(registry.dir, "usage", `${name}.json`), { force: !0 }), removePushHook(registry.dir, name);
    let batch = batchId ? registry.getBatch(batchId) : void 0;
    batch && !batch.closed.includes(name) && registry.putBatch({ ...batch, closed: [...batch.closed, name] });
  });
}
async function settleBranch(project, branch, base, o) {
  let repo = project.config.repoPath;
  if (!await branchExists(repo, branch)) return;
  if (!o.deleteBranch) return { name: branch, action: "kept", why: "--delete-branch deletes it once merged or pushed" };
  let upstream = await refExists(repo, `origin/${base}`) ? `origin/${base}` : base, merged = (await gitTry(repo, ["merge-base", "--is-ancestor", `refs/heads/${branch}`, upstream])).ok, unlanded = merged ? [] : await unlandedCommits(repo, `refs/heads/${branch}`, base, o.mergedHead);
  return unlanded.length ? { name: branch, action: "kept", why: `${unlanded.length} commit(s) are neither merged, pushed nor in the merged pull request` } : await deleteBranch(repo, branch, !0) ? { name: branch, action: "deleted", why: merged ? `merged into ${upstream}` : o.mergedHead ? "its pull request was merged" : "every commit is on the remote" } : { name: branch, action: "kept", why: "git refused to delete it (checked out elsewhere?)" };
}

export {
  blocking,
  refusalError,
  closeWorker,
  dropRecord
};
