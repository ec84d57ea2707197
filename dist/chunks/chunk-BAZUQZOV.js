import {
  rebaseRequest
} from "./chunk-G4BFMBWI.js";
import {
  costTotals
} from "./chunk-PQ2RME7U.js";
import {
  Observations
} from "./chunk-N2KNKGYM.js";
import {
  sendPrompt
} from "./chunk-4R3W23LF.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  orchInvocation,
  shellQuote
} from "./chunk-2Y7JVHO3.js";
import {
  commitCount,
  currentBranch,
  fetch,
  gitRaw,
  gitTry,
  hasRemote,
  lastCommit
} from "./chunk-IIWHDVOR.js";
import {
  OrchError,
  RefusalError
} from "./chunk-2PNQQJNN.js";

// src/flows/pr/pull.ts
import path from "node:path";

// src/core/merge-plan.ts
function conflictSets(prs, pairs) {
  let m = new Map(prs.map((p) => [p.number, /* @__PURE__ */ new Set()]));
  for (let c of pairs)
    m.get(c.a)?.add(c.b), m.get(c.b)?.add(c.a);
  return m;
}
function cleanSet(prs, pairs) {
  let sorted = [...prs].sort((x, y) => x.number - y.number), conflicts = conflictSets(sorted, pairs);
  if (sorted.length <= 16) {
    let best = [], n = sorted.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      let pick2 = [], ok = !0;
      for (let i = 0; i < n && ok; i++) {
        if (!(mask & 1 << i)) continue;
        let num = sorted[i].number;
        pick2.some((p) => conflicts.get(num).has(p)) ? ok = !1 : pick2.push(num);
      }
      ok && better(pick2, best) && (best = pick2);
    }
    return best;
  }
  let byDegree = [...sorted].sort((x, y) => conflicts.get(x.number).size - conflicts.get(y.number).size || x.number - y.number), pick = [];
  for (let p of byDegree) pick.some((q) => conflicts.get(p.number).has(q)) || pick.push(p.number);
  return pick.sort((x, y) => x - y);
}
function better(x, y) {
  if (x.length !== y.length) return x.length > y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return !1;
}
function mergeOrder(prs, pairs) {
  let clean = cleanSet(prs, pairs), later = prs.map((p) => p.number).filter((n) => !clean.includes(n)).sort((x, y) => x - y);
  return { clean, later };
}
function parseMergeTree(out) {
  let [head = "", ...rest] = out.split(`
`), files = [];
  for (let l of rest) {
    if (!l.trim()) break;
    files.includes(l) || files.push(l);
  }
  return { tree: head.trim(), files };
}

// src/flows/pr/scratch-merge.ts
var IDENT = ["-c", "user.name=orch merge plan", "-c", "user.email=orch-merge-plan@localhost", "-c", "commit.gpgsign=false"];
async function mergeTreeAvailable(dir) {
  if (process.env.ORCH_GIT_NO_MERGE_TREE === "1") return !1;
  let v = /(\d+)\.(\d+)/.exec(await gitRaw(dir, ["version"]));
  return !!v && (Number(v[1]) > 2 || Number(v[1]) === 2 && Number(v[2]) >= 38);
}
function treeMerger(dir, start) {
  return {
    async merge(ours, theirs) {
      let r = await gitTry(dir, ["merge-tree", "--write-tree", "--name-only", "--no-messages", ours, theirs]), parsed = parseMergeTree(r.ok ? r.out : r.err.replace(/^[^\n]*?([0-9a-f]{40})/, "$1"));
      if (!r.ok) {
        if (!/^[0-9a-f]{40}$/.test(parsed.tree)) throw new OrchError("git", `git merge-tree failed in ${dir}: ${r.err.split(`
`)[0]}`);
        return { ok: !1, files: parsed.files };
      }
      return { ok: !0, commit: (await gitRaw(dir, [...IDENT, "commit-tree", parsed.tree, "-p", ours, "-p", theirs, "-m", "orch merge plan (scratch, never pushed)"])).trim() };
    },
    async show(commit) {
      await gitRaw(dir, ["read-tree", "-u", "--reset", commit]);
    },
    async reset() {
      await gitRaw(dir, ["read-tree", "-u", "--reset", start]);
    }
  };
}
function indexMerger(dir, start) {
  return {
    async merge(ours, theirs) {
      let mb = (await gitTry(dir, ["merge-base", ours, theirs])).out.split(`
`)[0]?.trim();
      if (!mb) return { ok: !1, files: [] };
      await gitRaw(dir, ["read-tree", "--reset", "-u", ours]), await gitRaw(dir, ["read-tree", "-m", "-u", mb, ours, theirs]), await gitTry(dir, ["merge-index", "-o", "-q", "git-merge-one-file", "-a"]);
      let unmerged = (await gitTry(dir, ["ls-files", "-u"])).out.split(`
`).filter(Boolean).map((l) => l.split("	")[1] ?? "");
      if (unmerged.length) return { ok: !1, files: [...new Set(unmerged.filter(Boolean))] };
      let tree = (await gitRaw(dir, ["write-tree"])).trim();
      return { ok: !0, commit: (await gitRaw(dir, [...IDENT, "commit-tree", tree, "-p", ours, "-p", theirs, "-m", "orch merge plan (scratch, never pushed)"])).trim() };
    },
    async show(commit) {
      await gitRaw(dir, ["read-tree", "--reset", "-u", commit]);
    },
    async reset() {
      await gitRaw(dir, ["read-tree", "--reset", "-u", start]);
    }
  };
}

// src/flows/pr/base-conflicts.ts
async function conflictsWithBase(repo, base, prs) {
  if (!prs.length || !await mergeTreeAvailable(repo)) return;
  await fetch(repo, "origin");
  let out = /* @__PURE__ */ new Map();
  for (let p of prs) {
    if (!(await gitTry(repo, ["cat-file", "-e", `${p.head}^{commit}`])).ok) continue;
    let r = await gitTry(repo, ["merge-tree", "--write-tree", "--name-only", "--no-messages", `refs/remotes/origin/${base}`, p.head]);
    if (r.ok) out.set(p.name, null);
    else {
      let parsed = parseMergeTree(r.err.replace(/^[^\n]*?([0-9a-f]{40})/, "$1"));
      /^[0-9a-f]{40}$/.test(parsed.tree) && out.set(p.name, { name: p.name, pr: p.pr, head: p.head, files: parsed.files });
    }
  }
  return out;
}
function fromMergeable(prs) {
  let out = /* @__PURE__ */ new Map();
  for (let p of prs) p.mergeable !== null && out.set(p.name, p.mergeable ? null : { name: p.name, pr: p.pr, head: p.head, files: [] });
  return out;
}
function becameConflicting(project, base, now) {
  let obs = new Observations(project.registry.dir), out = [];
  for (let [name, c] of now) {
    let seen = obs.get(name);
    c && seen.baseConflict && !seen.baseConflict.conflict && out.push(c), obs.put(name, { ...obs.get(name), baseConflict: { head: c?.head ?? "", base, conflict: !!c } });
  }
  return out;
}
async function askToRebase(project, base, baseSha, conflicts) {
  let asked = [], notAsked = [];
  if (!conflicts.length) return { asked, notAsked };
  let obs = new Observations(project.registry.dir), names = conflicts.map((c) => c.name).filter((n) => project.registry.getWorker(n)), facts = names.length ? await inspectProject(project, { capture: !0, git: !1, names }) : { workers: [] }, orch = shellQuote(orchInvocation());
  for (let c of conflicts) {
    let key = `${c.head}@${baseSha}`;
    if (obs.get(c.name).rebaseAsked === key) continue;
    let f = facts.workers.find((w) => w.rec.name === c.name);
    if (!f) {
      notAsked.push({ name: c.name, pr: c.pr, reason: "no registered worker: rebase the branch yourself" });
      continue;
    }
    if (!f.window || f.window.dead || f.state.state === "working" || f.state.state === "booting") {
      notAsked.push({ name: c.name, pr: c.pr, reason: !f.window || f.window.dead ? "its window is gone (orch resume it, then orch pull --yes again)" : `it is ${f.state.state}; asked on a later run` });
      continue;
    }
    try {
      await sendPrompt(project, f.rec, rebaseRequest({ pr: c.pr, base, files: c.files, orch, name: c.name }), 15e3), asked.push({ name: c.name, pr: c.pr }), obs.put(c.name, { ...obs.get(c.name), rebaseAsked: key });
    } catch (e) {
      notAsked.push({ name: c.name, pr: c.pr, reason: e.message.split(`
`)[0] });
    }
  }
  return { asked, notAsked };
}

// src/flows/pr/pull.ts
async function candidates(project) {
  let { config } = project, facts = await inspectProject(project, { capture: !0, git: !1 }), out = facts.workers.filter((f) => f.rec.branch && f.rec.branch !== config.defaultBranch).map((f) => ({ name: f.rec.name, branch: f.rec.branch, worktree: f.rec.worktree, present: f.worktreeExists, worker: f.state.state, cost: f.usage, batch: f.rec.batch })), seen = new Set(out.map((c) => path.resolve(c.worktree)));
  for (let w of facts.worktrees) {
    let rel = path.relative(config.worktreesPath, w.path);
    !w.branch || rel.startsWith("..") || path.isAbsolute(rel) || seen.has(path.resolve(w.path)) || out.push({ name: path.basename(w.path), branch: w.branch, worktree: w.path, present: !0, worker: "-" });
  }
  let issueOf = (c) => facts.workers.find((f) => f.rec.name === c.name)?.rec.issue ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => issueOf(a) - issueOf(b) || a.name.localeCompare(b.name));
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
  }), costs = costTotals(rows.flatMap((r) => r.cost ? [{ batch: r.batch, cost: r.cost }] : [])), open = cands.flatMap((c, i) => {
    let p = prs[i];
    return p && (p.state === "OPEN" || p.state === "DRAFT") ? [{ name: c.name, pr: p.number, head: p.headSha, mergeable: p.mergeable }] : [];
  }), conflicts = open.length ? await conflictsWithBase(config.repoPath, base, open).catch(() => {
  }) ?? fromMergeable(open) : void 0;
  for (let r of rows) {
    let c = conflicts?.get(r.name);
    c && (r.conflictsWithBase = c.files);
  }
  let becameConflictingNow = conflicts ? becameConflicting(project, base, conflicts).map((c) => ({ name: c.name, pr: c.pr, files: c.files })) : [];
  if (!o.yes) return { base, incoming, rows, costs, becameConflicting: becameConflictingNow };
  let fastForwarded = await fastForwardBase(config.repoPath, base);
  fastForwarded && ctx.out.info(`fast-forwarded ${base} by ${fastForwarded} commit${fastForwarded === 1 ? "" : "s"}`);
  let applied = { newBase: await lastCommit(config.repoPath), fastForwarded, landed: [], active: [], refused: [], rebaseAsked: [], rebaseNotAsked: [] };
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
  let baseSha = (await gitTry(config.repoPath, ["rev-parse", `refs/remotes/origin/${base}`])).out.trim(), conflicting = [...conflicts?.values() ?? []].filter((c) => !!c), told = await askToRebase(project, base, baseSha, conflicting);
  applied.rebaseAsked = told.asked, applied.rebaseNotAsked = told.notAsked;
  for (let t of told.asked) ctx.out.info(`asked ${t.name} to rebase: PR #${t.pr} conflicts with ${base}`);
  return { base, incoming, rows, costs, becameConflicting: becameConflictingNow, applied };
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
  mergeOrder,
  mergeTreeAvailable,
  treeMerger,
  indexMerger,
  candidates,
  pullFlow
};
