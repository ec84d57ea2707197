import {
  action
} from "./chunk-SOUTL5MT.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import {
  processesInside
} from "./chunk-KGQECQ7J.js";
import {
  detachLinks,
  isInside,
  scanTree
} from "./chunk-AV3MXERG.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  isRemote
} from "./chunk-C4EP7MAX.js";
import {
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  unlinkSync
} from "./chunk-LKC326JV.js";
import {
  canAsk,
  confirm
} from "./chunk-YISQO5ZV.js";
import {
  commonDir,
  listWorktrees
} from "./chunk-IIWHDVOR.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/cleanup.ts
import path from "node:path";
async function findProblems(project) {
  let { config, registry, mux } = project, [windows, worktrees] = await Promise.all([mux.listWindows(config.session), listWorktrees(config.repoPath)]), recs = registry.listWorkers(), items = [], known = new Set(worktrees.flatMap((w) => [path.resolve(w.path), realOr(w.path)]));
  for (let entry of existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath, { withFileTypes: !0 }) : []) {
    let p = path.join(config.worktreesPath, entry.name);
    !entry.isDirectory() && !entry.isSymbolicLink() || known.has(path.resolve(p)) || !entry.isSymbolicLink() && known.has(realOr(p)) || items.push(await zombieItem(project, p));
  }
  for (let w of worktrees)
    !w.prunable || !isInside(w.path, config.worktreesPath) || existsSync(w.path) || items.push({ kind: "stale-registration", target: w.path, detail: `git lists ${w.path}${w.branch ? ` (branch ${w.branch})` : ""} but the directory is gone`, action: `forget the registration${w.branch ? `; branch ${w.branch} is kept` : ""}`, refusals: [] });
  let ours = new Set(recs.filter((r) => r.session === config.session).map((r) => r.window));
  for (let w of windows.filter((x) => !ours.has(x.name)))
    items.push({ kind: "orphan-window", target: w.name, detail: `window ${config.session}:${w.name} (${w.dead ? "exited" : `running ${w.command || "something"}`}) belongs to no worker`, action: "kill the window", refusals: [] });
  for (let r of recs) {
    let window = r.session === config.session ? windows.find((w) => w.name === r.window) : await mux.findWindow(r.session, r.window);
    isRemote(r.host) || existsSync(r.worktree) || window || items.push({ kind: "dead-entry", target: r.name, detail: `worker ${r.name}: its worktree ${r.worktree} and window are gone`, action: `drop the registry entry${r.branch ? `; branch ${r.branch} is kept` : ""}`, refusals: [] });
  }
  return items;
}
function workerAt(project, dir) {
  return project.registry.listWorkers().find((r) => path.resolve(r.worktree) === path.resolve(dir))?.name;
}
function realOr(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
async function zombieItem(project, p) {
  let { config } = project, base = { kind: "zombie", target: p };
  if (lstatSync(p).isSymbolicLink()) return { ...base, detail: `${p} is a link git does not know`, action: "unlink it (what it points at is not touched)", refusals: [] };
  let refusals = [];
  isInside(config.repoPath, p) && refusals.push({ code: "main-checkout", reason: "it is or contains the main checkout", force: !1 });
  let dotGit = path.join(p, ".git");
  if (existsSync(dotGit)) {
    let isFile = lstatSync(dotGit).isFile(), gitdir = isFile ? /gitdir:\s*(.+)/.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim() : void 0, common = await commonDir(config.repoPath), reason = isFile ? gitdir && isInside(path.resolve(p, gitdir), common) ? `it was a worktree of this repository whose registration is gone: its files may be uncommitted work (\`git worktree repair ${p}\` re-registers it)` : `its .git points to another repository (${gitdir ?? "unreadable"})` : "it has its own .git folder (a separate repository): its history and work would be lost";
    refusals.push({ code: "git-checkout", reason, force: !0 });
  }
  let scan = scanTree(p, config.repoPath);
  for (let m of scan.mounts) refusals.push({ code: "mount-point", reason: `${m} is a mount point`, force: !1 });
  let procs = await processesInside(p);
  procs.length && refusals.push({ code: "in-use", reason: `process(es) running inside: ${procs.slice(0, 3).map((x) => `${x.pid} ${x.command}`).join("; ")}`, force: !0 });
  let links = scan.links.length ? `detach ${scan.links.length} link(s), then ` : "";
  return { ...base, detail: `${p}: ${scan.files} file(s)${scan.links.length ? `, ${scan.links.length} link(s)` : ""}, not a worktree git knows`, action: `${links}delete the directory`, refusals };
}
async function applyCleanup(project, items, o) {
  let order = ["orphan-window", "zombie", "stale-registration", "dead-entry"], out = [];
  for (let item of [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    let stop = (item.kind === "zombie" ? await zombieItem(project, item.target) : item).refusals.filter((r) => !r.force || !o.force);
    if (stop.length) {
      out.push({ kind: item.kind, target: item.target, outcome: "refused", message: stop.map((r) => r.reason).join("; ") });
      continue;
    }
    try {
      let r = await applyOne(project, item), message = r instanceof Skip ? r.message : r;
      o.log(message), out.push({ kind: item.kind, target: item.target, outcome: r instanceof Skip ? "skipped" : "done", message });
    } catch (e) {
      out.push({ kind: item.kind, target: item.target, outcome: "failed", message: e.message.split(`
`)[0] });
    }
  }
  return out;
}
var Skip = class {
  constructor(message) {
    this.message = message;
  }
  message;
}, skip = (message) => new Skip(message);
async function applyOne(project, item) {
  let { config, registry, mux } = project;
  switch (item.kind) {
    case "orphan-window":
      return registry.listWorkers().some((r) => r.session === config.session && r.window === item.target) ? skip(`window ${item.target} belongs to a worker now: left alone`) : (await mux.killWindow(config.session, item.target), `killed window ${config.session}:${item.target}`);
    case "stale-registration":
      return existsSync(item.target) ? skip(`${item.target} exists again: registration left alone`) : (await closeWorker(project, workerAt(project, item.target) ?? path.basename(item.target), { force: !1, deleteBranch: !1, dir: item.target, verb: "forget" }), `forgot git's registration of ${item.target}`);
    case "dead-entry": {
      let rec = registry.getWorker(item.target);
      return rec && (existsSync(rec.worktree) || await mux.findWindow(rec.session, rec.window)) ? skip(`worker ${rec.name} has a worktree or window again: left alone`) : (rec && await closeWorker(project, rec.name, { force: !1, deleteBranch: !1, verb: "drop" }), `dropped the registry entry of ${item.target}`);
    }
    case "zombie":
      return removeZombie(project, item.target);
  }
}
function removeZombie(project, p) {
  let { config } = project;
  if (!isInside(p, config.worktreesPath) || path.resolve(p) === path.resolve(config.worktreesPath)) throw new Error(`${p} is outside worktreesPath`);
  if (lstatSync(p).isSymbolicLink())
    return unlinkSync(p), `unlinked ${p}`;
  let scan = scanTree(p, config.repoPath), stuck = detachLinks(scan.links);
  if (stuck.length) throw new Error(`could not detach ${stuck.map((l) => l.path).join(", ")}`);
  let again = scanTree(p, config.repoPath);
  if (again.links.length || again.mounts.length) throw new Error(`${p} still holds links or mount points`);
  return rmSync(p, { recursive: !0, maxRetries: 3 }), `removed ${p}${scan.links.length ? ` (after detaching ${scan.links.length} link(s))` : ""}`;
}

// src/cli/cleanup.ts
var HEADINGS = {
  zombie: "Zombie directories (in worktreesPath, unknown to git)",
  "stale-registration": "Stale registrations (git lists a worktree whose directory is gone)",
  "orphan-window": "Orphan windows (in our session, no worker)",
  "dead-entry": "Dead registry entries (worktree and window gone)"
};
function renderItems(items, force) {
  let out = [];
  for (let kind of Object.keys(HEADINGS)) {
    let group = items.filter((i) => i.kind === kind);
    if (group.length) {
      out.push(`${HEADINGS[kind]}:`);
      for (let i of group) {
        let stop = i.refusals.filter((r) => !r.force || !force);
        out.push(`  x ${i.detail}`), out.push(stop.length ? `      refused: ${stop.map((r) => `${r.reason}${r.force ? " (--force overrides)" : ""}`).join("; ")}` : `      -> ${i.action}`);
      }
    }
  }
  return out.join(`
`);
}
function renderResults(results) {
  let label = { done: "done   ", skipped: "skipped", refused: "refused", failed: "FAILED " };
  return results.map((r) => `${label[r.outcome]} ${r.message}`).join(`
`);
}
function register(program) {
  program.command("cleanup").helpGroup("Clean up:").description("find zombie directories, stale worktree registrations, orphan windows and dead registry entries; list them, then remove after you confirm").option("--yes", "do it without asking (needed when there is no terminal)").option("--force", "also remove zombies that hold a .git or a running process (never the main checkout, never through a link)").option("--json", "print as JSON").addHelpText("after", `
Only our tmux session and only directories inside worktreesPath are ever looked at.

Example:
  orch cleanup
  orch cleanup --yes --json`).action(
    action(async (ctx, o) => {
      let project = await openProject(ctx), force = !!o.force, items = await findProblems(project);
      if (!items.length) return { data: { clean: !0, applied: !1, items: [], results: [] }, text: "All clean." };
      let go = !!o.yes;
      if (!go && !ctx.json && canAsk() && (ctx.out.data(renderItems(items, force)), go = await confirm("Do this?"), !go))
        return { data: void 0, text: "Nothing changed." };
      if (!go)
        return ctx.out.info("Nothing changed: run `orch cleanup --yes` to do this."), { data: { clean: !1, applied: !1, items, results: [] }, text: renderItems(items, force) };
      let results = await applyCleanup(project, items, { force, log: () => {
      } }), failed = results.filter((r) => r.outcome === "failed");
      if (failed.length) throw new OrchError("cleanup-failed", `cleanup finished with ${failed.length} failure(s):
${renderResults(results)}`, { hint: "nothing else was touched; fix the cause and run orch cleanup again" });
      let refused = results.some((r) => r.outcome === "refused");
      return { data: { clean: results.every((r) => r.outcome === "done"), applied: !0, items, results }, text: renderResults(results), ...refused ? { exitCode: 3 } : {} };
    })
  );
}

export {
  renderItems,
  register
};
