import "./chunk-LHO2KLC4.js";

// src/flows/batch/queue-hook.ts
async function dispatchQueued(ctx, project) {
  if (!project.registry.listBatches().some((b) => b.queue.length)) return [];
  let { dispatchFromQueue } = await import("./start-issues-WUSD23B3.js"), started = await dispatchFromQueue(project, ctx);
  for (let n of started) ctx.out.info(`monitor: dispatched ${n} from the queue`);
  return started;
}
export {
  dispatchQueued
};
