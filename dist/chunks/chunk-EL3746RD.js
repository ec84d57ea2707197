import {
  formatLines
} from "./chunk-KPOPMPXN.js";
import {
  ago,
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  formatCost
} from "./chunk-NWFVAOPQ.js";

// src/core/dashboard.ts
function collisionSummary(rows) {
  let out = [];
  for (let r of rows)
    for (let c of r.collisions ?? []) {
      if (c.with < r.name) continue;
      let where = c.whole ? "the whole file" : formatLines(c.lines);
      out.push(`${r.name} and ${c.with}: ${c.file} (${where})`);
    }
  return out;
}
var STATE_SYMBOL = {
  booting: "\u2026",
  working: "\u25B6",
  idle: "\u25CB",
  "waiting-approval": "?",
  asking: "?",
  blocked: "\u25A0",
  errored: "\u2716",
  stuck: "!",
  done: "\u2714",
  dead: "\u271D",
  "finish-failed": "\u2716",
  limited: "\u23F8",
  "not-launched": "\xB7"
}, COLOR = { booting: 36, working: 34, idle: 37, "waiting-approval": 33, asking: 33, blocked: 35, errored: 31, stuck: 31, done: 32, dead: 90, "finish-failed": 31, limited: 33, "not-launched": 90 };
function totalsLine(rows) {
  let counts = /* @__PURE__ */ new Map();
  for (let r of rows) {
    let key = r.state.name === "waiting-approval" ? "waiting" : r.state.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let parts = ["working", "waiting", "asking", "booting", "idle", "stuck", "limited", "blocked", "errored", "finish-failed", "dead", "not-launched", "done"].filter((k) => counts.get(k)).map((k) => `${k} ${counts.get(k)}`);
  return `Total: ${rows.length}${parts.length ? ` | ${parts.join(" | ")}` : ""}`;
}
function serverText(list) {
  return list.length ? list.map((s) => `${list.length > 1 ? `${s.part} ` : ""}${s.url}${s.running ? "" : " (down)"}`).join("; ") : "-";
}
function ciText(pr) {
  return pr?.state ? pr.state === "OPEN" || pr.state === "DRAFT" ? pr.ci ?? "-" : pr.state : "-";
}
function renderDashboard(rows, now, color) {
  if (!rows.length) return "No workers. Start some with `orch start-issues <n>...` or `orch start <name> --task ...`.";
  let paint = (s, text) => color ? `\x1B[${COLOR[s]}m${text}\x1B[0m` : text, hosts = rows.some((r) => r.host !== "local"), lines = renderTable(
    [...hosts ? ["NAME", "HOST"] : ["NAME"], "ISSUE", "BRANCH", "STATE", "LAST ACTIVITY", "TOOL / LAST", "COMMITS", "PR", "CI", "COST", "SERVER"],
    rows.map((r) => [r.name, ...hosts ? [r.host] : [], r.issue ? `#${r.issue}` : "-", r.branch ?? "-", `${STATE_SYMBOL[r.state.name]} ${r.state.name}`, ago(r.lastActivity ?? void 0, now), (r.tool ?? "-").slice(0, 40), String(r.ahead ?? 0), r.pr ? `#${r.pr.number}` : "-", ciText(r.pr), r.cost ? formatCost(r.cost.usd) : "-", serverText(r.server)])
  ).split(`
`);
  return `${[lines[0], ...lines.slice(1).map((l, i) => l.replace(`${STATE_SYMBOL[rows[i].state.name]} ${rows[i].state.name}`, (m) => paint(rows[i].state.name, m)))].join(`
`)}

${totalsLine(rows)}`;
}

export {
  collisionSummary,
  STATE_SYMBOL,
  serverText,
  renderDashboard
};
