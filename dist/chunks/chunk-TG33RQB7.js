// src/core/table.ts
function renderTable(headers, rows) {
  let widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))), line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(headers), ...rows.map(line)].join(`
`);
}
function ago(fromIso, now) {
  if (!fromIso) return "-";
  let s = Math.max(0, Math.round((now - Date.parse(fromIso)) / 1e3));
  return s < 60 ? `${s}s ago` : s < 3600 ? `${Math.round(s / 60)}m ago` : s < 86400 ? `${Math.round(s / 3600)}h ago` : `${Math.round(s / 86400)}d ago`;
}

export {
  renderTable,
  ago
};
