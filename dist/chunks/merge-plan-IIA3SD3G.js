import {
  candidates,
  indexMerger,
  mergeOrder,
  mergeTreeAvailable,
  treeMerger
} from "./chunk-BAZUQZOV.js";
import "./chunk-G4BFMBWI.js";
import {
  runTestCommand,
  tail
} from "./chunk-4PB4YSWI.js";
import "./chunk-PQ2RME7U.js";
import "./chunk-N2KNKGYM.js";
import "./chunk-4R3W23LF.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import "./chunk-EY3HSGTC.js";
import "./chunk-NWFVAOPQ.js";
import "./chunk-UNCGYCQB.js";
import "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import {
  serialPerRepo,
  setUpDependencies
} from "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import {
  testCommands
} from "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import {
  addDetachedWorktree,
  currentBranch,
  dirtyFiles,
  fetch,
  gitRaw,
  gitTry
} from "./chunk-IIWHDVOR.js";
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

// src/flows/pr/merge-plan.ts
import path from "node:path";
async function mergePlanFlow(ctx, project, forge, o) {
  let { config } = project, base = config.defaultBranch, cands = await candidates(project), prsByBranch = cands.length ? await forge.pullRequestsForBranches(cands.map((c) => c.branch)) : /* @__PURE__ */ new Map(), prs = [], skipped = [];
  for (let c of cands) {
    let p = prsByBranch.get(c.branch);
    if (!p || p.state !== "OPEN") {
      skipped.push({ name: c.name, pr: p?.number, reason: p ? `PR is ${p.state.toLowerCase()}` : "no pull request" });
      continue;
    }
    if (p.ci !== "PASSING" && p.ci !== "none") {
      skipped.push({ name: c.name, pr: p.number, reason: `checks are ${p.ci.toLowerCase()}${p.failingChecks.length ? ` (${p.failingChecks.map((f) => f.name).join(", ")})` : ""}` });
      continue;
    }
    prs.push({ number: p.number, name: c.name, branch: c.branch, title: p.title, url: p.url, head: p.headSha });
  }
  await fetch(config.repoPath, "origin");
  let baseSha = (await gitRaw(config.repoPath, ["rev-parse", "--verify", `refs/remotes/origin/${base}^{commit}`])).trim();
  for (let p of [...prs]) {
    if ((await gitTry(config.repoPath, ["cat-file", "-e", `${p.head}^{commit}`])).ok) continue;
    let fetched = (await gitTry(config.repoPath, ["rev-parse", "--verify", "--quiet", `refs/remotes/origin/${p.branch}^{commit}`])).out.trim();
    fetched ? p.head = fetched : (prs.splice(prs.indexOf(p), 1), skipped.push({ name: p.name, pr: p.number, reason: `its head ${p.head.slice(0, 12)} is not on origin (a fork, or a deleted branch)` }));
  }
  let method = await mergeTreeAvailable(config.repoPath) ? "merge-tree" : "read-tree", label = `.merge-plan-${process.pid}`, dir = path.join(config.worktreesPath, label), result = { base, baseSha, method, prs, skipped, conflictsWithBase: [], pairs: [], order: [], later: [], steps: [], scratch: { dir, removed: !1 } };
  if (!prs.length) return result;
  await serialPerRepo(config.repoPath, () => addDetachedWorktree(config.repoPath, dir, baseSha));
  let merger = method === "merge-tree" ? treeMerger(dir, baseSha) : indexMerger(dir, baseSha), log = (s) => ctx.out.info(`merge plan: ${s}`);
  try {
    let onBase = /* @__PURE__ */ new Map();
    for (let p of prs) {
      let r = await merger.merge(baseSha, p.head);
      r.ok ? onBase.set(p.number, r.commit) : result.conflictsWithBase.push({ pr: p.number, files: r.files });
    }
    let fine = prs.filter((p) => onBase.has(p.number));
    for (let i = 0; i < fine.length; i++)
      for (let j = i + 1; j < fine.length; j++) {
        let r = await merger.merge(onBase.get(fine[i].number), fine[j].head);
        r.ok || result.pairs.push({ a: fine[i].number, b: fine[j].number, files: r.files });
      }
    let { clean } = mergeOrder(fine, result.pairs), tests = o.test ? testCommands(config.layout, config.projectName, config.repoPath) : [];
    o.test && !tests.length && ctx.out.warn("--test: the layout has no test command (layout.testCmd); merges are checked without tests"), tests.length && await setUpDependencies(config, dir, () => {
    });
    let cur = baseSha;
    for (let n of clean) {
      let p = fine.find((x) => x.number === n), r = await merger.merge(cur, p.head);
      if (!r.ok) {
        result.steps.push({ pr: n, merged: !1, files: r.files }), result.later.push({ pr: n, reason: `conflicts with the PRs before it in the order (${r.files.join(", ")})` });
        continue;
      }
      let step = { pr: n, merged: !0, files: [] };
      if (tests.length) {
        log(`testing #${n} merged onto ${base}${result.order.length ? ` with #${result.order.join(", #")}` : ""}`), await merger.show(r.commit), step.tests = [];
        for (let t of tests) {
          let run = await runTestCommand(t.cmd, path.join(dir, t.dir));
          step.tests.push({ name: t.name, pass: run.exitCode === 0, ...run.exitCode ? { tail: tail(run.output, 15) } : {} });
        }
      }
      if (result.steps.push(step), step.tests?.some((t) => !t.pass)) {
        result.later.push({ pr: n, reason: `tests fail once it is merged (${step.tests.filter((t) => !t.pass).map((t) => t.name).join(", ")})` });
        continue;
      }
      cur = r.commit, result.order.push(n);
    }
    for (let c of result.conflictsWithBase) result.later.push({ pr: c.pr, reason: `conflicts with ${base} itself (${c.files.join(", ")}): its worker must rebase` });
    for (let p of fine) {
      if (clean.includes(p.number)) continue;
      let against = result.pairs.filter((x) => x.a === p.number || x.b === p.number).map((x) => `#${x.a === p.number ? x.b : x.a} (${x.files.join(", ")})`);
      result.later.push({ pr: p.number, reason: `conflicts with ${against.join(", ")}: merge after those land and it is rebased` });
    }
  } finally {
    result.scratch = await removeScratch(project, merger, dir, label, baseSha);
  }
  return result;
}
async function removeScratch(project, merger, dir, label, start) {
  await merger.reset().catch(() => {
  });
  let head = (await gitTry(dir, ["rev-parse", "HEAD"])).out.trim(), branch = await currentBranch(dir), ours = head === start && !branch, dirty = ours ? (await dirtyFiles(dir).catch(() => ["?"])).length > 0 : !1;
  try {
    return await closeWorker(project, label, { force: ours && dirty, deleteBranch: !1, dir, verb: "remove the merge-plan scratch worktree" }), { dir, removed: !0 };
  } catch (e) {
    if (!(e instanceof RefusalError)) throw e;
    return { dir, removed: !1, reasons: e.message.split(`
`).filter((l) => l.startsWith("  - ")).map((l) => l.slice(4)) };
  }
}
export {
  mergePlanFlow
};
