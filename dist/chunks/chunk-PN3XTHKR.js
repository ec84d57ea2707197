import {
  workerCost
} from "./chunk-PQ2RME7U.js";
import {
  deliver
} from "./chunk-KPOPMPXN.js";
import {
  sendPrompt
} from "./chunk-4R3W23LF.js";
import {
  limitReason,
  limitResumePrompt,
  resumeAt,
  sumSummaries
} from "./chunk-NWFVAOPQ.js";
import {
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  atomicWrite
} from "./chunk-FVQNOVXB.js";

// src/flows/watch/budget.ts
import path from "node:path";

// src/core/budget.ts
var usedOf = (u, d) => d === "tokens" ? u.tokens.total : d === "costUsd" ? u.usd : d === "turns" ? u.turns : u.wallMs / 6e4;
function readBudget(u, limits, warnAt) {
  let best = { level: "ok", fraction: 0 };
  for (let d of ["tokens", "costUsd", "turns", "wallMin"]) {
    let limit = limits[d];
    if (!limit) continue;
    let used = usedOf(u, d);
    if (used === null) continue;
    let fraction = used / limit;
    (fraction >= best.fraction || best.dimension === void 0) && (best = { level: "ok", dimension: d, used, limit, fraction });
  }
  return best.level = best.fraction >= 1 ? "over" : best.fraction >= warnAt ? "warn" : "ok", best;
}
var UNIT = {
  tokens: (n) => `${Math.round(n)} tokens`,
  costUsd: (n) => `$${n.toFixed(2)}`,
  turns: (n) => `${Math.round(n)} turns`,
  wallMin: (n) => `${Math.round(n)} min`
};
function budgetText(r, scope) {
  return r.dimension ? `${scope} budget ${r.dimension}: ${UNIT[r.dimension](r.used)} of ${UNIT[r.dimension](r.limit)} (${Math.round(r.fraction * 100)}%)` : `no ${scope} budget`;
}
function wrapUpPrompt(r, scope, orchCommand, name) {
  return `Budget: you have used ${Math.round(r.fraction * 100)}% of your ${scope} budget (${budgetText(r, scope)}). Wrap up now: commit your work, run the tests, then \`${orchCommand} finish ${name}\`. Do not start anything new.`;
}

// src/flows/watch/budget.ts
var memoFile = (project) => path.join(project.registry.dir, "budget.json");
function readMemo(project) {
  try {
    return JSON.parse(readFileSync(memoFile(project), "utf8"));
  } catch {
    return {};
  }
}
function budgetHeldBatches(project) {
  return readMemo(project).heldBatches ?? {};
}
function budgetStopped(project, name) {
  return readMemo(project).stopped?.[name];
}
async function handleBudgets(ctx, project, workers, now, orchCommand) {
  let { config, registry, mux } = project, actions = /* @__PURE__ */ new Map(), { worker: perWorker, batch: perBatch, warnAt } = config.budget, anyWorker = Object.values(perWorker).some(Boolean), anyBatch = Object.values(perBatch).some(Boolean);
  if (!anyWorker && !anyBatch) return actions;
  let memo = readMemo(project), before = JSON.stringify(memo), batchReading = /* @__PURE__ */ new Map();
  if (anyBatch) {
    let members = /* @__PURE__ */ new Map();
    for (let r of registry.listWorkers()) r.batch && members.set(r.batch, [...members.get(r.batch) ?? [], r.name]);
    for (let [id, names] of members) batchReading.set(id, readBudget(sumSummaries(names.map((n) => workerCost(project, n))), perBatch, warnAt));
  }
  let rank = { ok: 0, warn: 1, over: 2 };
  for (let f of workers) {
    if (!f.window || f.window.dead || f.state.state === "done") continue;
    let name = f.rec.name, own = anyWorker ? readBudget(f.usage, perWorker, warnAt) : void 0, batch = f.rec.batch ? batchReading.get(f.rec.batch) : void 0, [r, scope] = own && (!batch || rank[own.level] >= rank[batch.level]) ? [own, "worker"] : [batch, "batch"];
    if (!r || r.level === "ok") continue;
    let text = budgetText(r, scope);
    if (r.level === "over") {
      if (memo.stopped?.[name]) {
        actions.set(name, `stopped at its budget (${memo.stopped[name].why}); window kept for you`);
        continue;
      }
      await mux.sendKeys(f.rec.session, f.rec.window, ["Escape"]), (memo.stopped ??= {})[name] = { at: now, why: text }, f.rec.batch && ((memo.heldBatches ??= {})[f.rec.batch] = `${name} reached its ${text}`), actions.set(name, `stopped at its budget (${text}); window kept for you`), (config.notify.webhook || config.notify.command?.length) && await deliver(config, { worker: name, state: "budget-stopped", detail: `${text}; stopped with Escape, window and worktree kept${f.rec.batch ? `; batch ${f.rec.batch} dispatches nothing more` : ""}`, pr: f.rec.pr ?? null, at: new Date(now).toISOString() }, (s) => ctx.out.info(s));
      continue;
    }
    if (!memo.warned?.[name]) {
      if (f.state.state === "working" || f.state.state === "booting") {
        actions.set(name, `budget: ${text}; wrap-up message waits for the end of the turn`);
        continue;
      }
      try {
        await sendPrompt(project, f.rec, wrapUpPrompt(r, scope, orchCommand, name), 15e3), (memo.warned ??= {})[name] = now, actions.set(name, `told to wrap up (${text})`);
      } catch (e) {
        actions.set(name, `wrap-up message failed: ${e.message.split(`
`)[0]}`);
      }
    }
  }
  return JSON.stringify(memo) !== before && atomicWrite(memoFile(project), memo), actions;
}

// src/flows/watch/limits.ts
import path2 from "node:path";
var memoFile2 = (project) => path2.join(project.registry.dir, "limits.json");
function readMemo2(project) {
  try {
    return JSON.parse(readFileSync(memoFile2(project), "utf8"));
  } catch {
    return {};
  }
}
function accountLimitHold(workers, now, backoffMs) {
  let w = workers.find((f) => f.limit?.accountWide);
  return w ? `${w.rec.name} is ${limitReason(w.limit, now, backoffMs)}` : void 0;
}
async function handleLimits(ctx, project, workers, now) {
  let { config } = project, backoffMs = config.limits.backoffMin * 6e4, actions = /* @__PURE__ */ new Map(), memo = readMemo2(project), before = JSON.stringify(memo), limited = workers.filter((f) => f.limit), notify = async (state, worker, detail) => {
    !config.notify.webhook && !config.notify.command?.length || await deliver(config, { worker, state, detail, pr: null, at: new Date(now).toISOString() }, (s) => ctx.out.info(s));
  };
  if (limited.length && memo.activeSince === void 0) {
    memo.activeSince = now, memo.resumed = {};
    let first = limited[0];
    await notify("limited", limited.map((f) => f.rec.name).join(", "), `${limitReason(first.limit, now, backoffMs)}${config.limits.autoResume && first.limit.resumable ? "; orch resumes the limited workers after the reset" : ""}`);
  }
  if (config.limits.autoResume) {
    let stagger = config.limits.staggerSec * 1e3;
    for (let f of limited) {
      if (budgetStopped(project, f.rec.name)) {
        actions.set(f.rec.name, "limited, and stopped at its budget: not resumed");
        continue;
      }
      let at = resumeAt(f.limit, now, backoffMs);
      if (at === void 0) {
        actions.set(f.rec.name, "limited: needs a human (no automatic resume)");
        continue;
      }
      if (now < at) {
        actions.set(f.rec.name, `limited: resumes at ${new Date(at).toISOString()}`);
        continue;
      }
      if (memo.lastResumeAt !== void 0 && now - memo.lastResumeAt < stagger) {
        actions.set(f.rec.name, "limited: waiting for its turn to resume (staggered)");
        continue;
      }
      try {
        await sendPrompt(project, f.rec, limitResumePrompt(f.limit), 15e3), memo.lastResumeAt = now, (memo.resumed ??= {})[f.rec.name] = now, actions.set(f.rec.name, "resumed after the limit");
      } catch (e) {
        actions.set(f.rec.name, `resume failed: ${e.message.split(`
`)[0]}`);
      }
    }
  } else
    for (let f of limited) actions.set(f.rec.name, "limited: limits.autoResume is off; resume it yourself");
  let stillLimited = limited.filter((f) => !actions.get(f.rec.name)?.startsWith("resumed"));
  if (memo.activeSince !== void 0 && !stillLimited.length) {
    let names = Object.keys(memo.resumed ?? {});
    await notify("resumed", names.join(", ") || "-", names.length ? `work resumed after the limit: ${names.join(", ")}` : "the limit is over"), delete memo.activeSince, delete memo.resumed;
  }
  return JSON.stringify(memo) !== before && atomicWrite(memoFile2(project), memo), actions;
}

export {
  budgetHeldBatches,
  budgetStopped,
  handleBudgets,
  accountLimitHold,
  handleLimits
};
