import {
  serverSummary
} from "./chunk-3SU5PHYB.js";
import {
  costTotals
} from "./chunk-GTEWL52C.js";
import {
  collisionRadar,
  rowCollisions
} from "./chunk-IL72QI4B.js";
import {
  inspectProject
} from "./chunk-VYJLUQ7F.js";

// src/flows/watch/list.ts
async function listFlow(project) {
  let facts = await inspectProject(project, { capture: !1, git: !0 }), radar = await collisionRadar(facts), workers = facts.workers.map((f) => ({
    name: f.rec.name,
    host: f.rec.host ?? "local",
    kind: f.rec.kind,
    issue: f.rec.issue,
    branch: f.rec.branch,
    worktree: f.rec.worktree,
    window: f.window ? f.window.dead ? "dead" : "alive" : "missing",
    state: f.state.state,
    reason: f.state.reason,
    ...f.state.until ? { until: f.state.until } : {},
    ahead: f.git?.ahead,
    behind: f.git?.behind,
    uncommitted: f.git?.uncommitted,
    batch: f.rec.batch,
    server: serverSummary(f.rec),
    collisions: rowCollisions(radar.collisions, f.rec.name),
    cost: f.usage
  })), queued = project.registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue, branch: q.branch, ...q.heldFor ? { heldFor: q.heldFor } : {} })));
  return {
    session: project.config.session,
    workers,
    collisions: radar.collisions,
    costs: costTotals(workers),
    queued,
    zombies: facts.zombies,
    orphanWindows: facts.orphans.map((w) => w.name),
    missingWorktrees: facts.missing
  };
}

export {
  listFlow
};
