import {
  blocking,
  dropRecord,
  refusalError
} from "./chunk-446BKT4M.js";
import {
  stopAllServers
} from "./chunk-EY3HSGTC.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import "./chunk-UNCGYCQB.js";
import {
  dropMirror
} from "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import {
  remoteEventsFile,
  removeRemotePushHook,
  serialPerRepo
} from "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import {
  sshFailed
} from "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  RefusalError
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/flows/worker/teardown-remote.ts
import path from "node:path";
var posix = path.posix;
function some(items, n = 5) {
  return items.slice(0, n).join(", ") + (items.length > n ? ` and ${items.length - n} more` : "");
}
async function remoteWorktrees(h) {
  let out = await h.must(["git", "-C", h.config.repoPath, "worktree", "list", "--porcelain"], "git worktree list"), list = [];
  for (let block of out.split(`

`)) {
    let p = /^worktree (.+)$/m.exec(block)?.[1];
    p && list.push({ path: p, branch: /^branch refs\/heads\/(.+)$/m.exec(block)?.[1] });
  }
  return list;
}
async function remoteUnlanded(h, dir, ref, base, mergedHead) {
  let head = mergedHead && /^[0-9a-f]{7,64}$/i.test(mergedHead) && (await h.exec(["git", "-C", dir, "cat-file", "-e", `${mergedHead}^{commit}`])).exitCode === 0 ? [mergedHead] : [], commits = (await h.must(["git", "-C", dir, "rev-list", ref, "--not", "--remotes", ...head], "git rev-list")).split(`
`).filter(Boolean);
  if (!commits.length) return [];
  let cherry = await h.exec(["git", "-C", dir, "cherry", `origin/${base}`, ref]), landed = new Set(cherry.exitCode === 0 ? cherry.stdout.split(`
`).filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim()) : []);
  return commits.filter((c) => !landed.has(c));
}
async function remoteWorkRefusals(h, dir, o) {
  let out = [], dirty, commits;
  try {
    dirty = (await h.must(["git", "-C", dir, "status", "--porcelain", "--untracked-files=all"], "git status")).split(`
`).filter(Boolean), commits = await remoteUnlanded(h, dir, "HEAD", o.base, o.mergedHead);
  } catch (e) {
    return [{ code: "unreadable", reason: `git cannot read ${dir} on ${h.name}: ${e.message.split(`
`)[0]}`, force: !0 }];
  }
  if (dirty.length && out.push({ code: "uncommitted", reason: `${dirty.length} uncommitted or untracked file(s) on ${h.name}: ${some(dirty.map((l) => l.slice(3)))}`, force: !0 }), commits.length) {
    let after = o.mergedHead ? " and not in the merged pull request" : "";
    out.push({ code: "unpushed", reason: `${commits.length} commit(s) on ${o.branch ?? "HEAD"} (on ${h.name}) are on no remote branch${after} (${some(commits.map((c) => c.slice(0, 7)), 3)}): push them, or they live only in this branch`, force: !0 });
  }
  return out;
}
function isInside(parent, child) {
  let rel = posix.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !posix.isAbsolute(rel);
}
async function closeOnHost(project, h, name, rec, o) {
  let { config, mux } = project, log = o.log ?? (() => {
  }), verb = o.verb ?? "close", dir = posix.resolve(o.dir ?? rec?.worktree ?? posix.join(h.config.worktreesPath, name)), owned = rec && posix.resolve(rec.worktree) === dir ? rec : void 0, session = owned?.session ?? config.session, windowName = owned?.window ?? name, [window, worktrees, dirCheck] = await Promise.all([
    owned ? mux.findWindow(session, windowName) : void 0,
    remoteWorktrees(h),
    h.exec(["test", "-e", dir])
  ]);
  if (sshFailed(dirCheck)) throw h.unreachable(dirCheck.stderr);
  let known = worktrees.find((w) => posix.resolve(w.path) === dir), dirExists = dirCheck.exitCode === 0, branch = owned?.branch ?? known?.branch, base = owned?.base ?? config.defaultBranch;
  if (!owned && !window && !known && !dirExists) return { name, status: "nothing-left", steps: [], forced: [], branch: void 0 };
  let refusals = [], role = owned?.kind === "orchestrator" || owned?.kind === "reviewer" ? owned.kind : void 0;
  if (role && !o.aiWorker && refusals.push({ code: "orchestrator", reason: `${name} is the ${role}'s own worktree (\`orch ${role} stop\` removes it)`, force: !1 }), dirExists && !known && refusals.push({ code: "unknown-to-git", reason: `${dir} on ${h.name} is a directory git does not know as a worktree (a zombie)`, force: !1 }), isInside(dir, h.config.repoPath) ? refusals.push({ code: "main-checkout", reason: `${dir} is ${h.name}'s clone (or contains it)`, force: !1 }) : (!isInside(h.config.worktreesPath, dir) || dir === posix.resolve(h.config.worktreesPath)) && refusals.push({ code: "outside-worktrees", reason: `${dir} is outside ${h.name}'s worktreesPath ${h.config.worktreesPath}`, force: !!known }), dirExists && known && (await h.exec(["git", "-C", h.config.repoPath, "fetch", "--quiet", "origin"], { timeoutMs: 12e4 }), refusals.push(...await remoteWorkRefusals(h, dir, { base, branch, mergedHead: o.mergedHead }))), owned && window && !window.dead && !o.aiWorker) {
    let st = (await inspectProject(project, { capture: !0, git: !1, names: [name] })).workers[0]?.state;
    st?.state === "working" && refusals.push({ code: "working", reason: `${name} is working (${st.reason})`, force: !0 });
  }
  let stop = blocking(refusals, o.force);
  if (stop.length) throw refusalError(`${verb} ${name} on ${h.name}`, stop);
  let forced = refusals.filter((r) => r.force), steps = [], step = (s) => {
    steps.push(s), log(s);
  };
  if (window && await mux.killWindow(session, windowName) && step(`closed window ${windowName} on ${h.name}`), owned) for (let s of await stopAllServers(project, { name, label: name, dir, host: h.name })) step(s);
  if (dirExists && known) {
    if (!o.force) {
      let late = await remoteWorkRefusals(h, dir, { base, branch, mergedHead: o.mergedHead });
      if (late.length) throw refusalError(`remove ${dir} on ${h.name}`, late, `The window is closed; the worktree and branch are intact${owned ? `: \`orch resume ${name}\` reopens it` : ""}.`);
    }
    let r = await serialPerRepo(`${h.name}:${h.config.repoPath}`, () => h.exec(["git", "-C", h.config.repoPath, "worktree", "remove", ...o.force ? ["--force"] : [], dir]));
    if (r.exitCode !== 0) throw new RefusalError(`git on ${h.name} would not remove ${dir}: ${r.stderr.trim().split(`
`)[0]}`, "the worktree is intact; look at it, or use --force");
    step(`removed worktree ${dir} on ${h.name}`);
  } else known && (await h.exec(["git", "-C", h.config.repoPath, "worktree", "remove", "--force", dir]), step(`dropped git's stale registration of ${dir} on ${h.name}`));
  owned && (await dropRecord(project, name, owned.batch), dropMirror(project.registry.dir, name), await h.exec(["rm", "-f", await remoteEventsFile(h, name)]), step("dropped the registry entry")), (owned || o.dir) && await removeRemotePushHook(h, name);
  let br = branch ? await settleRemoteBranch(h, branch, base, o) : void 0;
  return br && step(`${br.action} branch ${br.name} on ${h.name}: ${br.why}`), { name, status: "closed", steps, forced, branch: br };
}
async function settleRemoteBranch(h, branch, base, o) {
  let repo = h.config.repoPath;
  if ((await h.exec(["git", "-C", repo, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`])).exitCode !== 0) return;
  if (!o.deleteBranch) return { name: branch, action: "kept", why: "--delete-branch deletes it once merged or pushed" };
  let unlanded;
  try {
    unlanded = await remoteUnlanded(h, repo, `refs/heads/${branch}`, base, o.mergedHead);
  } catch {
    return { name: branch, action: "kept", why: "git could not tell whether its commits landed" };
  }
  return unlanded.length ? { name: branch, action: "kept", why: `${unlanded.length} commit(s) are neither merged, pushed nor in the merged pull request` } : (await h.exec(["git", "-C", repo, "branch", "-D", branch])).exitCode !== 0 ? { name: branch, action: "kept", why: "git refused to delete it (checked out elsewhere?)" } : { name: branch, action: "deleted", why: "every commit is on the remote" };
}
export {
  closeOnHost,
  remoteWorkRefusals
};
