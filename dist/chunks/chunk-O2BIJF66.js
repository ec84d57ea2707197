import {
  accountLimitHold,
  budgetHeldBatches
} from "./chunk-PN3XTHKR.js";
import {
  dispatchWorker,
  existingWork,
  totalSlots
} from "./chunk-35FEY2DM.js";
import {
  collisionRadar,
  workersTouching
} from "./chunk-KPOPMPXN.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import {
  startPointFor
} from "./chunk-PXCXQY5C.js";

// src/flows/batch/dispatch-retry.ts
import os from "node:os";

// src/core/load.ts
function loadAllows(load1, cores) {
  return load1 < Math.max(1, cores);
}

// src/flows/batch/dispatch-retry.ts
var DEFAULT_WAIT_MS = 12e4;
async function waitForLoad(maxMs, pollMs = 2e3) {
  let cores = os.availableParallelism(), until = Date.now() + maxMs;
  for (; ; ) {
    let load = os.loadavg()[0] ?? 0;
    if (loadAllows(load, cores) || Date.now() >= until) return load;
    await new Promise((r) => setTimeout(r, Math.min(pollMs, Math.max(0, until - Date.now()))));
  }
}
async function dispatchWithRetry(project, plan, opts) {
  try {
    return await dispatchWorker(project, plan, opts);
  } catch (e) {
    let lines = e.message.split(`
`), first = lines[0]?.replace(/^[^:]*: /, "") ?? String(e), wait = Number((opts.env ?? process.env).ORCH_DISPATCH_RETRY_WAIT_MS ?? DEFAULT_WAIT_MS), undone = lines.find((l) => l.startsWith("rolled back: "));
    opts.log(`dispatch failed (${first})${undone ? `; ${undone}` : ""}; retrying once when the load drops (waiting up to ${Math.round(wait / 1e3)}s)`);
    let load = await waitForLoad(Number.isFinite(wait) ? wait : DEFAULT_WAIT_MS);
    return opts.log(`retrying (1-minute load ${load.toFixed(2)} on ${os.availableParallelism()} cores)`), await dispatchWorker(project, plan, opts);
  }
}

// src/flows/batch/queue.ts
import path from "node:path";
var MAX_DISPATCH_FAILURES = 3;
function occupiedSlots(project, facts) {
  let live = facts.workers.filter((w) => w.window && !w.window.dead && w.state.state !== "done").length, registered = new Set(project.registry.listWorkers().map((r) => r.name)), reserved = project.registry.listBatches().flatMap((b) => b.members.filter((m) => !registered.has(m) && !b.closed.includes(m) && !b.cancelled.some((c) => c.name === m)));
  return live + new Set(reserved).size;
}
async function liveWorkerCount(project) {
  return occupiedSlots(project, await inspectProject(project, { capture: !0, git: !1 }));
}
function doneNames(project, facts) {
  let done = new Set(facts.workers.filter((w) => w.state.state === "done").map((w) => w.rec.name));
  for (let b of project.registry.listBatches()) for (let c of b.closed) done.add(c);
  return done;
}
function queuedItemFor(plan) {
  return {
    name: plan.name,
    kind: plan.kind === "issue" ? "issue" : "task",
    ...plan.issue !== void 0 ? { issue: plan.issue } : {},
    ...plan.title ? { title: plan.title } : {},
    branch: plan.branch ?? `feature/${plan.name}`,
    base: plan.base,
    brief: plan.brief,
    dependsOn: [],
    stopOnError: !1,
    ...plan.host ? { host: plan.host } : {}
  };
}
function collisionHold(radar, predicted) {
  if (!predicted?.length) return;
  let hits = workersTouching(radar.workers, predicted);
  if (!hits.length) return;
  let names = hits.map((h) => h.name).join(", ");
  return `held: may collide with ${hits.map((h) => `${h.name} (${h.files.slice(0, 3).join(", ")}${h.files.length > 3 ? ", ..." : ""})`).join("; ")} (queue.avoidCollisions); starts when ${names} ${hits.length > 1 ? "are" : "is"} done`;
}
async function updateBatch(project, id, fn) {
  await project.registry.withLock(() => {
    let b = project.registry.getBatch(id);
    b && (fn(b), project.registry.putBatch(b));
  });
}
async function dispatchFromQueue(project, ctx, o = {}) {
  let { registry, config } = project;
  if (!registry.listBatches().some((b) => b.queue.length)) return [];
  let taken = await registry.withLock(async () => {
    let facts = await inspectProject(project, { capture: !0, git: !1 }), limit = accountLimitHold(facts.workers, Date.now(), config.limits.backoffMin * 6e4);
    if (limit)
      return ctx.out.info(`queue held: ${limit}`), [];
    let done = doneNames(project, facts), free = Math.max(0, totalSlots(config) - occupiedSlots(project, facts)), out = [], radar = config.queue.avoidCollisions && registry.listBatches().some((b) => b.queue.some((q) => q.predictedFiles?.length)) ? await collisionRadar(facts) : void 0, overBudget = budgetHeldBatches(project);
    for (let b of registry.listBatches()) {
      if (!free) break;
      if (overBudget[b.id]) continue;
      let holdChanged = !1, held = /* @__PURE__ */ new Set();
      if (radar)
        for (let q of b.queue) {
          let why = collisionHold(radar, q.predictedFiles);
          why && held.add(q), why !== q.heldFor && (why ? q.heldFor = why : delete q.heldFor, holdChanged = !0);
        }
      let start = b.queue.filter((q) => !held.has(q) && (q.failures ?? 0) < MAX_DISPATCH_FAILURES && q.dependsOn.every((d) => done.has(d))).slice(0, free);
      holdChanged && !start.length && registry.putBatch(b), start.length && (b.queue = b.queue.filter((q) => !start.includes(q)), b.members = [...b.members, ...start.map((q) => q.name)], registry.putBatch(b), free -= start.length, out.push(...start.map((item) => ({ batch: b.id, item }))));
    }
    return out;
  }), fetched = /* @__PURE__ */ new Map(), startFrom = (base) => (fetched.has(base) || fetched.set(base, startPointFor(config, base)), fetched.get(base));
  return (await mapLimit(taken, 4, async ({ batch, item }) => {
    let fail = async (reason) => {
      ctx.out.warn(`${item.name}: not started from the queue: ${reason}`), await updateBatch(project, batch, (b) => {
        b.members = b.members.filter((m) => m !== item.name), b.cancelled.push({ name: item.name, reason });
      });
    }, exists = await existingWork(project, item.name, item.branch);
    if (exists) return fail(exists);
    let startPoint = item.baseFrom ? registry.getWorker(item.baseFrom)?.branch : void 0, here = !item.host || item.host === "local", plan = {
      name: item.name,
      kind: item.kind,
      branch: item.branch,
      base: item.base,
      ...startPoint ? { startPoint } : {},
      worktree: path.join(config.worktreesPath, item.name),
      ...item.issue !== void 0 ? { issue: item.issue } : {},
      ...item.title ? { title: item.title } : {},
      batch,
      brief: item.brief,
      ...item.host ? { host: item.host } : {}
    };
    try {
      return !plan.startPoint && here && !config.hosts.length && (plan.startPoint = await startFrom(item.base)), await dispatchWithRetry(project, plan, { launch: o.launch ?? !0, log: (s) => ctx.out.info(`${item.name}: ${s}`), env: ctx.env }), item.name;
    } catch (e) {
      let reason = e.message.split(`
`)[0].replace(/^[^:]*: /, ""), failures = (item.failures ?? 0) + 1;
      ctx.out.warn(`${item.name}: dispatch failed twice (${reason}); re-queued${failures >= MAX_DISPATCH_FAILURES ? " for a person to look at" : ""}`), await updateBatch(project, batch, (b) => {
        b.members = b.members.filter((m) => m !== item.name), b.queue.push({ ...item, failures, lastFailure: reason });
      });
      return;
    }
  })).filter((n) => !!n);
}

export {
  dispatchWithRetry,
  MAX_DISPATCH_FAILURES,
  liveWorkerCount,
  queuedItemFor,
  collisionHold,
  updateBatch,
  dispatchFromQueue
};
