import {
  closeWorker
} from "./chunk-6L2RWZHP.js";
import "./chunk-6YEUUMRK.js";
import {
  costTotals
} from "./chunk-5ZU3WW3C.js";
import "./chunk-RQWC7SUG.js";
import "./chunk-NYR7SLAR.js";
import "./chunk-6ZI5QBY2.js";
import "./chunk-REYSIKXX.js";
import {
  inspectProject
} from "./chunk-5QOWBWEI.js";
import "./chunk-2UWHLUQ3.js";
import "./chunk-V2UVAP7T.js";
import "./chunk-ZHHON4FE.js";
import "./chunk-66LBU7NO.js";
import "./chunk-OEPJEW6A.js";
import "./chunk-77UQGDPZ.js";
import "./chunk-YJVDTRRA.js";
import {
  commitCount,
  currentBranch,
  fetch,
  gitRaw,
  gitTry,
  hasRemote,
  lastCommit
} from "./chunk-GU6YQQQ4.js";
import {
  OrchError,
  RefusalError
} from "./chunk-2PNQQJNN.js";
import "./chunk-LHO2KLC4.js";

// src/flows/pr/pull.ts
import path from "node:path";
async function candidates(project) {
  let { config } = project, facts = await inspectProject(project, { capture: !0, git: !1 }), out = facts.workers.filter((f) => f.rec.branch && f.rec.branch !== config.defaultBranch).map((f) => ({ name: f.rec.name, branch: f.rec.branch, worktree: f.rec.worktree, present: f.worktreeExists, worker: f.state.state, cost: f.usage, batch: f.rec.batch })), seen = new Set(out.map((c) => path.resolve(c.worktree)));
  for (let w of facts.worktrees) {
    let rel = path.relative(config.worktreesPath, w.path);
    !w.branch || rel.startsWith("..") || path.isAbsolute(rel) || seen.has(path.resolve(w.path)) || out.push({ name: path.basename(w.path), branch: w.branch, worktree: w.path, present: !0, worker: "-" });
  }
  return out;
}
async function incomingCommits(repo, base) {
  if (!await hasRemote(repo)) return;
  await fetch(repo, "origin", base);
  let commits = (await gitTry(repo, ["log", "--format=%h %s", `refs/heads/${base}..refs/remotes/origin/${base}`])).out.split(`
`).filter(Boolean);
  return { count: commits.length, commits: commits.slice(0, 20) };
}
async function pullFlow(ctx, project, forge, o) {
  let { config } = project, base = config.defaultBranch, [cands, incoming] = await Promise.all([candidates(project), incomingCommits(config.repoPath, base)]), byBranch = cands.length ? await forge.pullRequestsForBranches(cands.map((c) => c.branch)) : /* @__PURE__ */ new Map(), prs = cands.map((c) => byBranch.get(c.branch)), rows = cands.map((c, i) => {
    let p = prs[i];
    return {
      name: c.name,
      branch: c.branch,
      pr: p?.number,
      url: p?.url,
      state: p?.state ?? "NO PR",
      ci: p?.ci ?? "none",
      review: p?.reviewDecision ?? "none",
      mergeable: p?.mergeable ?? null,
      title: p?.title ?? "",
      worktree: c.present,
      worker: c.worker,
      failingChecks: p?.failingChecks.map((f) => f.name) ?? [],
      ...c.cost ? { cost: c.cost, batch: c.batch } : {}
    };
  }), costs = costTotals(rows.flatMap((r) => r.cost ? [{ batch: r.batch, cost: r.cost }] : []));
  if (!o.yes) return { base, incoming, rows, costs };
  let fastForwarded = await fastForwardBase(config.repoPath, base);
  fastForwarded && ctx.out.info(`fast-forwarded ${base} by ${fastForwarded} commit${fastForwarded === 1 ? "" : "s"}`);
  let applied = { newBase: await lastCommit(config.repoPath), fastForwarded, landed: [], active: [], refused: [] };
  for (let [i, c] of cands.entries()) {
    let p = prs[i];
    if (p?.state !== "MERGED") {
      applied.active.push({ name: c.name, state: p?.state ?? "NO PR" });
      continue;
    }
    try {
      await closeWorker(project, c.name, { force: !1, deleteBranch: !0, mergedHead: p.headSha, dir: c.worktree, verb: "land" }), applied.landed.push(c.name), ctx.out.info(`landed ${c.name} (PR #${p.number} merged): worktree, window and branch removed`);
    } catch (e) {
      if (!(e instanceof RefusalError)) throw e;
      applied.refused.push({ name: c.name, reasons: e.message.split(`
`).filter((l) => l.startsWith("  - ")).map((l) => l.slice(4)) });
    }
  }
  return { base, incoming, rows, costs, applied };
}
async function fastForwardBase(repo, base) {
  let stop = (msg, hint) => new RefusalError(`${msg}; nothing was changed`, hint), current = await currentBranch(repo);
  if (current !== base) throw stop(`the main checkout ${repo} is on ${current ?? "a detached HEAD"}, not ${base}`, `switch it first: git -C ${repo} switch ${base}`);
  let dirty = (await gitRaw(repo, ["status", "--porcelain", "--untracked-files=no"])).split(`
`).filter(Boolean);
  if (dirty.length) throw stop(`the main checkout has ${dirty.length} uncommitted change${dirty.length === 1 ? "" : "s"}`, "commit or stash them, then run orch pull --yes again");
  if (!await hasRemote(repo)) return 0;
  let ahead = await commitCount(repo, `refs/remotes/origin/${base}..refs/heads/${base}`);
  if (ahead) throw stop(`the local ${base} has ${ahead} commit${ahead === 1 ? "" : "s"} that origin/${base} lacks, so it cannot be fast-forwarded`, `push them through a pull request, or look at them: git log origin/${base}..${base}`);
  let behind = await commitCount(repo, `refs/heads/${base}..refs/remotes/origin/${base}`);
  if (!behind) return 0;
  let r = await gitTry(repo, ["pull", "--quiet", "--ff-only", "--no-rebase", "origin", base]);
  if (!r.ok) throw new OrchError("fast-forward-failed", `fast-forwarding ${base} failed: ${r.err.split(`
`).find((l) => l.trim()) ?? ""}`, { hint: "look at `git status` in the main checkout" });
  return behind;
}
export {
  candidates,
  pullFlow
};
