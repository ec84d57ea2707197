import {
  readWorkerUsage,
  sumSummaries,
  summarize
} from "./chunk-NWFVAOPQ.js";

// src/flows/watch/costs.ts
function workerCost(project, name) {
  return summarize(readWorkerUsage(project.registry.dir, name, project.registry.eventsFile(name), project.registry.getWorker(name)?.created), project.config.pricing);
}
function costTotals(rows) {
  let byBatch = /* @__PURE__ */ new Map();
  for (let r of rows) r.batch && byBatch.set(r.batch, [...byBatch.get(r.batch) ?? [], r.cost]);
  return { total: sumSummaries(rows.map((r) => r.cost)), batches: Object.fromEntries([...byBatch].map(([id, all]) => [id, sumSummaries(all)])) };
}

export {
  workerCost,
  costTotals
};
