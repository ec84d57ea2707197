import {
  REGISTRY_VERSION
} from "./chunk-FVQNOVXB.js";

// src/flows/batch/batches.ts
function newBatch(command, members) {
  let now = /* @__PURE__ */ new Date(), id = `b${now.toISOString().replace(/[-:T]/g, "").slice(0, 14)}-${Math.random().toString(36).slice(2, 6)}`;
  return { version: REGISTRY_VERSION, id, created: now.toISOString(), command, members, queue: [], cancelled: [], closed: [] };
}
function saveBatch(registry, b) {
  registry.putBatch(b);
}

export {
  newBatch,
  saveBatch
};
