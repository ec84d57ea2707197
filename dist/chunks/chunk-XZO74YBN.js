import {
  costTotals
} from "./chunk-PQ2RME7U.js";
import {
  collisionRadar,
  rowCollisions
} from "./chunk-KPOPMPXN.js";
import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";

// src/flows/watch/list.ts
var collisionJson = (c) => ({ a: c.a, b: c.b, file: c.file, lines: c.lines.map((l) => ({ start: l.start, end: l.end })), whole: !!c.whole });
async function listFlow(project) {
  let facts = await inspectProject(project, { capture: !1, git: !0 }), radar = await collisionRadar(facts), workers = facts.workers.map((f) => workerJsonOf(project, f, { why: !1, collisions: rowCollisions(radar.collisions, f.rec.name) })), queued = project.registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue ?? null, branch: q.branch, heldFor: q.heldFor ?? null })));
  return {
    session: project.config.session,
    workers,
    collisions: radar.collisions.map(collisionJson),
    costs: costTotals(workers.map((w) => ({ batch: w.batch ?? void 0, cost: w.cost }))),
    queued,
    zombies: facts.zombies,
    orphanWindows: facts.orphans.map((w) => w.name),
    missingWorktrees: facts.missing
  };
}

export {
  listFlow
};
