import {
  causesFor
} from "./chunk-W5J37BMN.js";
import {
  serverSummary
} from "./chunk-3SU5PHYB.js";
import {
  collisionRadar,
  rowCollisions
} from "./chunk-IL72QI4B.js";
import {
  STATES_NEEDING_HUMAN,
  inspectProject
} from "./chunk-VYJLUQ7F.js";

// src/flows/watch/dash.ts
async function dashRows(project, forge, known, opts = {}) {
  let facts = known ?? await inspectProject(project, { capture: !0, git: !0 }), ci = /* @__PURE__ */ new Map(), withPr = facts.workers.filter((f) => f.rec.pr && f.rec.branch);
  if (forge && withPr.length) {
    let prs = await forge.pullRequestsForBranches(withPr.map((f) => f.rec.branch)).catch(() => /* @__PURE__ */ new Map());
    for (let f of withPr) {
      let st = prs.get(f.rec.branch);
      st && ci.set(f.rec.name, st.state === "OPEN" || st.state === "DRAFT" ? st.ci : st.state);
    }
  }
  let radar = opts.collisions === !1 ? void 0 : await collisionRadar(facts).catch(() => {
  });
  return facts.workers.map((f) => {
    let collisions = radar ? rowCollisions(radar.collisions, f.rec.name) : [], last = f.events[f.events.length - 1], lastTool = [...f.events].reverse().find((e) => e.tool);
    return {
      name: f.rec.name,
      ...f.rec.host ? { host: f.rec.host } : {},
      issue: f.rec.issue,
      branch: f.rec.branch,
      state: f.state.state,
      reason: f.state.reason,
      ...f.state.until ? { until: f.state.until } : {},
      lastActivity: last?.at,
      tool: lastTool ? `${lastTool.tool}${lastTool.summary ? `: ${lastTool.summary}` : ""}` : void 0,
      commits: f.git?.ahead ?? 0,
      pr: f.rec.pr,
      ci: ci.get(f.rec.name),
      server: serverSummary(f.rec),
      cost: f.usage,
      ...["working", "booting", "done"].includes(f.state.state) ? {} : { why: causesFor(project, f)[0].summary },
      ...collisions.length ? { collisions } : {}
    };
  });
}
function needsHuman(rows) {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state));
}

export {
  dashRows,
  needsHuman
};
