// src/core/usage.ts
var emptyUsage = () => ({ models: {}, turns: 0, seen: [] }), zero = () => ({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }), num = (v) => typeof v == "number" && Number.isFinite(v) && v > 0 ? v : 0;
function addTranscriptText(acc, text) {
  let seen = new Set(acc.seen);
  for (let raw of text.split(`
`)) {
    if (!raw.trim()) continue;
    let l;
    try {
      l = JSON.parse(raw);
    } catch {
      continue;
    }
    typeof l.timestamp == "string" && ((!acc.firstAt || l.timestamp < acc.firstAt) && (acc.firstAt = l.timestamp), (!acc.lastAt || l.timestamp > acc.lastAt) && (acc.lastAt = l.timestamp));
    let m = l.message;
    if (l.type !== "assistant" || !m?.usage || !m.model || m.model === "<synthetic>") continue;
    let key = m.id ?? l.requestId;
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key), acc.seen.push(key);
    }
    let t = acc.models[m.model] ??= zero();
    t.input += num(m.usage.input_tokens), t.output += num(m.usage.output_tokens), t.cacheRead += num(m.usage.cache_read_input_tokens), t.cacheWrite += num(m.usage.cache_creation_input_tokens), acc.turns++;
  }
  return acc;
}
function priceFor(model, prices) {
  let id = model.replace(/\[[^\]]*\]$/, "");
  if (prices[id]) return prices[id];
  let best;
  for (let k of Object.keys(prices)) id.startsWith(k) && (!best || k.length > best.length) && (best = k);
  return best ? prices[best] : void 0;
}
function costOf(models, prices) {
  let usd = 0;
  for (let [model, t] of Object.entries(models)) {
    if (t.input + t.output + t.cacheRead + t.cacheWrite === 0) continue;
    let p = priceFor(model, prices);
    if (!p) return null;
    usd += (t.input * p.input + t.output * p.output + t.cacheRead * p.cacheRead + t.cacheWrite * p.cacheWrite) / 1e6;
  }
  return Math.round(usd * 1e10) / 1e10;
}
function summarize(u, prices) {
  let tokens = { ...zero(), total: 0 };
  for (let t of Object.values(u.models))
    tokens.input += t.input, tokens.output += t.output, tokens.cacheRead += t.cacheRead, tokens.cacheWrite += t.cacheWrite;
  tokens.total = tokens.input + tokens.output + tokens.cacheRead + tokens.cacheWrite;
  let wallMs = u.firstAt && u.lastAt ? Math.max(0, Date.parse(u.lastAt) - Date.parse(u.firstAt)) : 0, unpricedModels = Object.keys(u.models).filter((m) => !priceFor(m, prices));
  return { tokens, models: structuredClone(u.models), turns: u.turns, wallMs, usd: costOf(u.models, prices), unpricedModels };
}
function sumSummaries(all) {
  let models = {}, cost = 0, out = { tokens: { ...zero(), total: 0 }, models, turns: 0, wallMs: 0, usd: 0, unpricedModels: [] };
  for (let s of all) {
    for (let k of ["input", "output", "cacheRead", "cacheWrite", "total"]) out.tokens[k] += s.tokens[k];
    for (let [m, t] of Object.entries(s.models)) {
      let into = models[m] ??= zero();
      for (let k of ["input", "output", "cacheRead", "cacheWrite"]) into[k] += t[k];
    }
    out.turns += s.turns, out.wallMs += s.wallMs, cost = cost === null || s.usd === null ? null : cost + s.usd;
    for (let m of s.unpricedModels) out.unpricedModels.includes(m) || out.unpricedModels.push(m);
  }
  return out.usd = cost === null ? null : Math.round(cost * 1e10) / 1e10, out;
}
function formatCost(usd) {
  return usd == null ? "unknown" : usd < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
function formatTokens(n) {
  return n < 1e3 ? String(n) : n < 1e6 ? `${(n / 1e3).toFixed(1)}k` : `${(n / 1e6).toFixed(1)}M`;
}
function costLine(s) {
  let mins = Math.round(s.wallMs / 6e4);
  return `${formatCost(s.usd)} \xB7 ${formatTokens(s.tokens.total)} tok \xB7 ${s.turns} turn${s.turns === 1 ? "" : "s"} \xB7 ${mins < 60 ? `${mins}m` : `${Math.floor(mins / 60)}h${String(mins % 60).padStart(2, "0")}`}`;
}

export {
  emptyUsage,
  addTranscriptText,
  summarize,
  sumSummaries,
  formatCost,
  formatTokens,
  costLine
};
