// src/hook.ts
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
function summarize(tool, input) {
  if (!tool || !input) return;
  let v = input.command ?? input.file_path ?? input.path ?? input.pattern ?? input.url ?? input.description ?? input.prompt;
  if (typeof v != "string") return;
  let one = v.replace(/\s+/g, " ").trim();
  return one.length > 120 ? `${one.slice(0, 117)}...` : one;
}
function short(s, n = 400) {
  if (typeof s == "string")
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
function message(s, n = 400) {
  if (typeof s != "string" || s.length <= n) return short(s, n);
  let lines = s.split(`
`), kept = lines.filter((l) => /WORKTREE_STATUS:|^\s*REASON:/.test(l)).slice(-4), last = lines.findLast((l) => l.trim() !== "");
  return last !== void 0 && kept[kept.length - 1] !== last && kept.push(last), [short(s, n), ...kept.map((l) => short(l.trim(), 200))].join(`
`);
}
function runHook(event, argv, stdin, env, guard) {
  let i = argv.indexOf("--events"), file = i >= 0 ? argv[i + 1] : env.ORCH_EVENTS_FILE;
  if (!file) return { code: 0 };
  let p;
  try {
    p = JSON.parse(stdin);
  } catch {
    p = void 0;
  }
  let line = { at: (/* @__PURE__ */ new Date()).toISOString(), event }, verdict;
  if (!p || typeof p != "object") line.malformed = !0;
  else {
    line.session = p.session_id, line.transcript = p.transcript_path, p.tool_name && (line.tool = p.tool_name);
    let sum = summarize(p.tool_name, p.tool_input);
    sum && (line.summary = sum), p.notification_type && (line.notification = p.notification_type);
    let msg = message(p.message ?? p.last_assistant_message);
    msg && (line.message = msg), p.source && (line.source = p.source), p.reason && (line.reason = p.reason);
    let err = short(typeof p.error == "string" ? p.error : void 0, 300);
    err && (line.error = err), p.trigger && (line.trigger = p.trigger), event === "PreToolUse" && p.tool_name === "Bash" && typeof p.tool_input?.command == "string" && (verdict = guard ? guard(p.tool_input.command, readGuard(file)) : "the guard could not be loaded, so nothing runs unchecked; run `orch doctor`.", verdict && (line.blocked = verdict));
  }
  try {
    appendFileSync(file, `${JSON.stringify(line)}
`);
  } catch {
  }
  return verdict ? { code: 2, stderr: `orch guard: blocked. ${verdict}
` } : { code: 0 };
}
function readGuard(eventsFile) {
  try {
    return JSON.parse(readFileSync(path.join(path.dirname(eventsFile), "..", "guard.json"), "utf8"));
  } catch {
    return;
  }
}

export {
  runHook
};
