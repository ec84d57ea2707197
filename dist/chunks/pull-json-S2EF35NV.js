import {
  inspectWorkersJson
} from "./chunk-SQT3PIL2.js";
import "./chunk-MKX55MNS.js";
import "./chunk-4R3W23LF.js";
import "./chunk-NWFVAOPQ.js";
import "./chunk-UNCGYCQB.js";
import "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
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
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/flows/pr/pull-json.ts
async function pullJson(project, r) {
  let registered = r.rows.filter((x) => project.registry.getWorker(x.name)).map((x) => x.name), workers = await inspectWorkersJson(project, registered).catch(() => /* @__PURE__ */ new Map());
  return {
    base: r.base,
    incoming: r.incoming ?? null,
    rows: r.rows.map((x) => ({
      name: x.name,
      branch: x.branch,
      worker: workers.get(x.name) ?? null,
      pr: x.pr === void 0 ? null : { number: x.pr, state: x.state === "NO PR" ? null : x.state, ci: x.ci, review: x.review, url: x.url ?? null },
      title: x.title || null,
      mergeable: x.mergeable,
      failingChecks: x.failingChecks,
      worktreePresent: x.worktree,
      conflictsWithBase: x.conflictsWithBase ?? [],
      cost: x.cost ?? null,
      batch: x.batch ?? null
    })),
    costs: r.costs,
    becameConflicting: r.becameConflicting,
    applied: r.applied ? {
      newBase: r.applied.newBase ?? null,
      fastForwarded: r.applied.fastForwarded,
      landed: r.applied.landed,
      active: r.applied.active.map((a) => ({ name: a.name, prState: a.state })),
      refused: r.applied.refused,
      rebaseAsked: r.applied.rebaseAsked,
      rebaseNotAsked: r.applied.rebaseNotAsked
    } : null
  };
}
export {
  pullJson
};
