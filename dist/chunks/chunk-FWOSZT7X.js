import {
  collisionRadar,
  rowCollisions
} from "./chunk-KPOPMPXN.js";
import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  STATES_NEEDING_HUMAN,
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  stateCounts
} from "./chunk-SVBYXOYY.js";

// src/flows/watch/dash.ts
async function dashRows(project, forge, known, opts = {}) {
  let facts = known ?? await inspectProject(project, { capture: !0, git: !0 }), prs = /* @__PURE__ */ new Map(), withPr = facts.workers.filter((f) => f.rec.pr && f.rec.branch);
  if (forge && withPr.length) {
    let got = await forge.pullRequestsForBranches(withPr.map((f) => f.rec.branch)).catch(() => /* @__PURE__ */ new Map());
    for (let f of withPr) {
      let st = got.get(f.rec.branch);
      st && prs.set(f.rec.name, st);
    }
  }
  let radar = opts.collisions === !1 ? void 0 : await collisionRadar(facts).catch(() => {
  });
  return facts.workers.map((f) => {
    let last = f.events[f.events.length - 1], lastTool = [...f.events].reverse().find((e) => e.tool), st = prs.get(f.rec.name);
    return {
      ...workerJsonOf(project, f, {
        collisions: radar ? rowCollisions(radar.collisions, f.rec.name) : [],
        pr: st ? { state: st.state, ci: st.ci, review: st.reviewDecision, url: st.url } : void 0
      }),
      lastActivity: last?.at ?? null,
      tool: lastTool ? `${lastTool.tool}${lastTool.summary ? `: ${lastTool.summary}` : ""}` : null
    };
  });
}
function needsHuman(rows) {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state.name));
}
function dashAnswer(rows, costs, budget) {
  let seen = /* @__PURE__ */ new Set(), collisions = rows.flatMap(
    (r) => r.collisions.filter((c) => c.with > r.name && !seen.has(`${r.name}\0${c.with}\0${c.file}`) && seen.add(`${r.name}\0${c.with}\0${c.file}`)).map((c) => ({ a: r.name, b: c.with, file: c.file, lines: c.lines, whole: c.whole }))
  );
  return {
    workers: rows,
    totals: { workers: rows.length, states: stateCounts(rows), cost: costs },
    needsHuman: needsHuman(rows).map((r) => r.name),
    collisions,
    apiBudget: budget ? { resource: budget.resource, limit: budget.limit, remaining: budget.remaining, resetAt: new Date(budget.resetAt).toISOString() } : null
  };
}

export {
  dashRows,
  needsHuman,
  dashAnswer
};
