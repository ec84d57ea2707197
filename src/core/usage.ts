/**
 * Token usage and estimated cost from Claude Code transcripts. Pure: the caller feeds it transcript text
 * (whole or in increments) and a price table.
 */

/** The four kinds of tokens the Messages API bills. */
export interface TokenCounts { input: number; output: number; cacheRead: number; cacheWrite: number }

/** USD per million tokens of each kind. */
export interface ModelPrice { input: number; output: number; cacheRead: number; cacheWrite: number }
export type PriceTable = Record<string, ModelPrice>;

/** What a worker used: tokens per model, model turns (API responses), first and last transcript times. */
export interface UsageTotals {
  models: Record<string, TokenCounts>;
  turns: number;
  firstAt?: string | undefined;
  lastAt?: string | undefined;
}

/** UsageTotals plus what incremental reading needs: the message ids already counted. */
export interface UsageAccumulator extends UsageTotals { seen: string[] }

export const emptyUsage = (): UsageAccumulator => ({ models: {}, turns: 0, seen: [] });
const zero = (): TokenCounts => ({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

interface Line { type?: string; timestamp?: string; requestId?: string; message?: { id?: string; model?: string; usage?: Record<string, unknown> } }

/**
 * Adds complete transcript lines to `acc` (mutated and returned). The CLI writes one line per content block of
 * an answer, each repeating the answer's usage, so an answer is counted once, by message id. Error placeholders
 * (`<synthetic>` model) carry no billed tokens and are not turns.
 */
export function addTranscriptText(acc: UsageAccumulator, text: string): UsageAccumulator {
  const seen = new Set(acc.seen);
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let l: Line;
    try {
      l = JSON.parse(raw) as Line;
    } catch {
      continue; // a line being written right now is never passed here; anything else unreadable is skipped
    }
    if (typeof l.timestamp === 'string') {
      if (!acc.firstAt || l.timestamp < acc.firstAt) acc.firstAt = l.timestamp;
      if (!acc.lastAt || l.timestamp > acc.lastAt) acc.lastAt = l.timestamp;
    }
    const m = l.message;
    if (l.type !== 'assistant' || !m?.usage || !m.model || m.model === '<synthetic>') continue;
    const key = m.id ?? l.requestId;
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
      acc.seen.push(key);
    }
    const t = (acc.models[m.model] ??= zero());
    t.input += num(m.usage.input_tokens);
    t.output += num(m.usage.output_tokens);
    t.cacheRead += num(m.usage.cache_read_input_tokens);
    t.cacheWrite += num(m.usage.cache_creation_input_tokens);
    acc.turns++;
  }
  return acc;
}

/** The price of a model: an exact key, else the longest key that prefixes it (`claude-opus-4-5` for `claude-opus-4-5-20251101`); `[1m]` and similar suffixes are ignored. */
export function priceFor(model: string, prices: PriceTable): ModelPrice | undefined {
  const id = model.replace(/\[[^\]]*\]$/, '');
  if (prices[id]) return prices[id];
  let best: string | undefined;
  for (const k of Object.keys(prices)) if (id.startsWith(k) && (!best || k.length > best.length)) best = k;
  return best ? prices[best] : undefined;
}

/** Estimated USD; null when any model with tokens has no price (unknown, never 0). */
export function costOf(models: Record<string, TokenCounts>, prices: PriceTable): number | null {
  let usd = 0;
  for (const [model, t] of Object.entries(models)) {
    if (t.input + t.output + t.cacheRead + t.cacheWrite === 0) continue;
    const p = priceFor(model, prices);
    if (!p) return null;
    usd += (t.input * p.input + t.output * p.output + t.cacheRead * p.cacheRead + t.cacheWrite * p.cacheWrite) / 1e6;
  }
  return Math.round(usd * 1e10) / 1e10;
}

/** What `list`, `status`, `dash`, `pull` and `--json` show for one worker or a batch. */
export interface CostSummary {
  tokens: TokenCounts & { total: number };
  models: Record<string, TokenCounts>;
  turns: number;
  /** First to last transcript entry, in ms. */
  wallMs: number;
  /** Estimated USD; null = a model without a price. */
  usd: number | null;
  unpricedModels: string[];
}

export function summarize(u: UsageTotals, prices: PriceTable): CostSummary {
  const tokens = { ...zero(), total: 0 };
  for (const t of Object.values(u.models)) {
    tokens.input += t.input;
    tokens.output += t.output;
    tokens.cacheRead += t.cacheRead;
    tokens.cacheWrite += t.cacheWrite;
  }
  tokens.total = tokens.input + tokens.output + tokens.cacheRead + tokens.cacheWrite;
  const wallMs = u.firstAt && u.lastAt ? Math.max(0, Date.parse(u.lastAt) - Date.parse(u.firstAt)) : 0;
  const unpricedModels = Object.keys(u.models).filter((m) => !priceFor(m, prices));
  return { tokens, models: structuredClone(u.models), turns: u.turns, wallMs, usd: costOf(u.models, prices), unpricedModels };
}

/** Sum of several summaries (a batch); the cost is unknown as soon as one member's is. */
export function sumSummaries(all: CostSummary[]): CostSummary {
  const models: Record<string, TokenCounts> = {};
  let cost: number | null = 0;
  const out: CostSummary = { tokens: { ...zero(), total: 0 }, models, turns: 0, wallMs: 0, usd: 0, unpricedModels: [] };
  for (const s of all) {
    for (const k of ['input', 'output', 'cacheRead', 'cacheWrite', 'total'] as const) out.tokens[k] += s.tokens[k];
    for (const [m, t] of Object.entries(s.models)) {
      const into = (models[m] ??= zero());
      for (const k of ['input', 'output', 'cacheRead', 'cacheWrite'] as const) into[k] += t[k];
    }
    out.turns += s.turns;
    out.wallMs += s.wallMs;
    cost = cost === null || s.usd === null ? null : cost + s.usd;
    for (const m of s.unpricedModels) if (!out.unpricedModels.includes(m)) out.unpricedModels.push(m);
  }
  out.usd = cost === null ? null : Math.round(cost * 1e10) / 1e10;
  return out;
}

/** `$0.0200`, `$12.34`, or `unknown`. */
export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined) return 'unknown';
  return usd < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

/** 1234 -> 1.2k, 2_500_000 -> 2.5M. */
export function formatTokens(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1e6) return `${(n / 1000).toFixed(1)}k`;
  return `${(n / 1e6).toFixed(1)}M`;
}

/** One-line summary: `$0.0200 · 27.7k tok · 2 turns · 1m`. */
export function costLine(s: CostSummary): string {
  const mins = Math.round(s.wallMs / 60000);
  return `${formatCost(s.usd)} · ${formatTokens(s.tokens.total)} tok · ${s.turns} turn${s.turns === 1 ? '' : 's'} · ${mins < 60 ? `${mins}m` : `${Math.floor(mins / 60)}h${String(mins % 60).padStart(2, '0')}`}`;
}
