/** GitHub's rate-limit budget as the flows see it, and how fast a poll loop may spend it. Pure: table-tested. */

/** One rate-limit window: `resource` is GitHub's x-ratelimit-resource (`core`, `graphql`, ...); `resetAt` epoch ms. */
export interface RateBudget {
  resource: string;
  limit: number;
  remaining: number;
  resetAt: number;
}

/** The budget a loop must respect: the tightest window (least left, as a share of its limit). */
export function tightestBudget(budgets: RateBudget[]): RateBudget | undefined {
  return [...budgets].sort((a, b) => a.remaining / Math.max(1, a.limit) - b.remaining / Math.max(1, b.limit))[0];
}

export interface PollPace {
  delayMs: number;
  /** Set when the loop was slowed down: one line saying why. */
  slowedBecause?: string;
}

/**
 * How long to wait before the next poll cycle. At the asked interval while the budget, spent at `costPerCycle`
 * per cycle, lasts until the window resets with a reserve kept (10% of the limit, at least 100) for the workers'
 * own `orch finish` and the human's commands; otherwise stretched so that it does, and when only the reserve is
 * left, until the window resets.
 */
export function pollDelay(o: { intervalMs: number; costPerCycle: number; budget: RateBudget | undefined; now: number }): PollPace {
  const b = o.budget;
  if (!b || b.limit <= 0) return { delayMs: o.intervalMs };
  const reserve = Math.max(100, Math.ceil(b.limit * 0.1));
  const untilReset = Math.max(0, b.resetAt - o.now);
  const left = `${b.remaining} of ${b.limit} ${b.resource} requests left until ${new Date(b.resetAt).toISOString().slice(11, 16)} UTC`;
  const usable = b.remaining - reserve;
  if (usable < Math.max(1, o.costPerCycle)) {
    if (untilReset === 0) return { delayMs: o.intervalMs };
    return { delayMs: Math.max(o.intervalMs, untilReset + 1000), slowedBecause: `GitHub budget nearly spent (${left}): waiting for the reset` };
  }
  const cycles = usable / Math.max(1, o.costPerCycle);
  const needed = Math.ceil(untilReset / cycles);
  if (needed <= o.intervalMs) return { delayMs: o.intervalMs };
  return { delayMs: needed, slowedBecause: `GitHub budget (${left}): polling every ${Math.ceil(needed / 1000)}s instead of ${Math.ceil(o.intervalMs / 1000)}s` };
}

/** `4,870/5,000 core, resets 14:05 UTC` for dash. */
export function budgetText(b: RateBudget): string {
  return `${b.remaining}/${b.limit} ${b.resource}, resets ${new Date(b.resetAt).toISOString().slice(11, 16)} UTC`;
}
