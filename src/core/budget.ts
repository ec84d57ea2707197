/** Budgets per worker and per batch: how much of each is used, and what that calls for. Pure. */
import type { CostSummary } from './usage.js';

export interface BudgetLimits { tokens?: number | undefined; costUsd?: number | undefined; turns?: number | undefined; wallMin?: number | undefined }

export type BudgetDimension = keyof BudgetLimits;

export interface BudgetReading {
  level: 'ok' | 'warn' | 'over';
  /** The dimension closest to (or furthest past) its limit; absent when no limit is set. */
  dimension?: BudgetDimension;
  used?: number;
  limit?: number;
  fraction: number;
}

const usedOf = (u: CostSummary, d: BudgetDimension): number | null =>
  d === 'tokens' ? u.tokens.total : d === 'costUsd' ? u.usd : d === 'turns' ? u.turns : u.wallMs / 60_000;

/** The most used dimension decides; a cost that is unknown (a model without a price) cannot reach a cost budget. */
export function readBudget(u: CostSummary, limits: BudgetLimits, warnAt: number): BudgetReading {
  let best: BudgetReading = { level: 'ok', fraction: 0 };
  for (const d of ['tokens', 'costUsd', 'turns', 'wallMin'] as const) {
    const limit = limits[d];
    if (!limit) continue;
    const used = usedOf(u, d);
    if (used === null) continue;
    const fraction = used / limit;
    if (fraction >= best.fraction || best.dimension === undefined) best = { level: 'ok', dimension: d, used, limit, fraction };
  }
  best.level = best.fraction >= 1 ? 'over' : best.fraction >= warnAt ? 'warn' : 'ok';
  return best;
}

const UNIT: Record<BudgetDimension, (n: number) => string> = {
  tokens: (n) => `${Math.round(n)} tokens`,
  costUsd: (n) => `$${n.toFixed(2)}`,
  turns: (n) => `${Math.round(n)} turns`,
  wallMin: (n) => `${Math.round(n)} min`,
};

/** `turns: 4 turns of 5 (80%)` */
export function budgetText(r: BudgetReading, scope: 'worker' | 'batch'): string {
  if (!r.dimension) return `no ${scope} budget`;
  return `${scope} budget ${r.dimension}: ${UNIT[r.dimension](r.used!)} of ${UNIT[r.dimension](r.limit!)} (${Math.round(r.fraction * 100)}%)`;
}

/** Told once at the warning level. */
export function wrapUpPrompt(r: BudgetReading, scope: 'worker' | 'batch', orchCommand: string, name: string): string {
  return `Budget: you have used ${Math.round(r.fraction * 100)}% of your ${scope} budget (${budgetText(r, scope)}). Wrap up now: commit your work, run the tests, then \`${orchCommand} finish ${name}\`. Do not start anything new.`;
}
