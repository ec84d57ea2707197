// src/core/api-budget.ts
function tightestBudget(budgets) {
  return [...budgets].sort((a, b) => a.remaining / Math.max(1, a.limit) - b.remaining / Math.max(1, b.limit))[0];
}
function pollDelay(o) {
  let b = o.budget;
  if (!b || b.limit <= 0) return { delayMs: o.intervalMs };
  let reserve = Math.max(100, Math.ceil(b.limit * 0.1)), untilReset = Math.max(0, b.resetAt - o.now), left = `${b.remaining} of ${b.limit} ${b.resource} requests left until ${new Date(b.resetAt).toISOString().slice(11, 16)} UTC`, usable = b.remaining - reserve;
  if (usable < Math.max(1, o.costPerCycle))
    return untilReset === 0 ? { delayMs: o.intervalMs } : { delayMs: Math.max(o.intervalMs, untilReset + 1e3), slowedBecause: `GitHub budget nearly spent (${left}): waiting for the reset` };
  let cycles = usable / Math.max(1, o.costPerCycle), needed = Math.ceil(untilReset / cycles);
  return needed <= o.intervalMs ? { delayMs: o.intervalMs } : { delayMs: needed, slowedBecause: `GitHub budget (${left}): polling every ${Math.ceil(needed / 1e3)}s instead of ${Math.ceil(o.intervalMs / 1e3)}s` };
}
function budgetText(b) {
  return `${b.remaining}/${b.limit} ${b.resource}, resets ${new Date(b.resetAt).toISOString().slice(11, 16)} UTC`;
}

export {
  tightestBudget,
  pollDelay,
  budgetText
};
