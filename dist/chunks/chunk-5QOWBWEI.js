import {
  readRecentEvents
} from "./chunk-2UWHLUQ3.js";
import {
  addTranscriptText,
  emptyUsage,
  summarize
} from "./chunk-V2UVAP7T.js";
import {
  mapLimit
} from "./chunk-ZHHON4FE.js";
import {
  atomicWrite
} from "./chunk-77UQGDPZ.js";
import {
  aheadBehind,
  gitRaw,
  gitTry,
  listWorktrees
} from "./chunk-GU6YQQQ4.js";

// src/flows/watch/inspect.ts
import path2 from "node:path";
import { existsSync, readdirSync } from "node:fs";

// src/core/screens/content.ts
var TOOL_CALL_RE = /^● (?:[\w.:-]+\(|.{1,80}? \(MCP\)\(|.*\(ctrl\+[a-z] to expand\))/, DOLLAR_TOOL_RE = /^\s*⎿\s+(\$ .*)$/, TEXT_START_RE = /^● \S/, isToolCall = (line) => TOOL_CALL_RE.test(line);
function tagBlocks(lines, span) {
  let tags = new Array(lines.length).fill("other"), cur = "orphan";
  for (let i = span.start; i < span.end; i++) {
    let l = lines[i];
    l !== "" && /^\S/.test(l) ? l.startsWith("\u276F") ? cur = "user" : l.startsWith("\u25CF") ? cur = isToolCall(l) ? "tool" : "assistant" : cur = "other" : /^\s*⎿/.test(l) && (cur = "tool"), tags[i] = cur;
  }
  return tags;
}
function lastAssistantText(lay) {
  if (!lay.prompted && lay.bannerVisible) return;
  let { lines, turn } = lay, found;
  for (let i = turn.start; i < turn.end; i++) {
    let l = lines[i];
    if (!TEXT_START_RE.test(l) || isToolCall(l)) continue;
    let block = [l.slice(2)], j = i + 1;
    for (; j < turn.end; j++) {
      let c = lines[j];
      if (c !== "" && !/^\s/.test(c) || /^\s*⎿/.test(c)) break;
      block.push(c.replace(/^ {2}/, ""));
    }
    for (; block.length && block[block.length - 1] === ""; ) block.pop();
    found = block.join(`
`), i = j - 1;
  }
  return found;
}
function currentTool(lay) {
  let { lines, turn } = lay, tool;
  for (let i = turn.start; i < turn.end; i++) {
    let l = lines[i], dollar = DOLLAR_TOOL_RE.exec(l);
    dollar ? tool = dollar[1].trim() : isToolCall(l) ? tool = l.slice(2).trim() : TEXT_START_RE.test(l) && (tool = void 0);
  }
  return tool;
}
var STATUS_RE = /^(?:[-*•]\s+)?`?WORKTREE_STATUS:`?\s*`?(COMPLETE|BLOCKED)\b`?(?!\s*[|/])/, FIELD_RE = /^(?:[-*•]\s+)?`?(PR|REASON|TESTS_PASSED):`?\s*(.*)$/;
function bare(line) {
  return line.replace(/^● /, "").trim();
}
function parseCompletion(lay) {
  let { lines, conv } = lay, tags = tagBlocks(lines, conv), eligible = (i) => tags[i] === "assistant" || tags[i] === "orphan", at = -1, status;
  for (let i = conv.start; i < conv.end; i++) {
    if (!eligible(i)) continue;
    let m = STATUS_RE.exec(bare(lines[i]));
    m && (at = i, status = m[1]);
  }
  if (!status) return;
  let from = at;
  for (; from > conv.start && tags[from - 1] === tags[at] && !lines[from].startsWith("\u25CF"); ) from--;
  let result = { status };
  for (let i = from; i < conv.end; i++) {
    if (!eligible(i)) continue;
    let m = FIELD_RE.exec(bare(lines[i]));
    if (!m) continue;
    let value = m[2].trim();
    if (m[1] === "REASON")
      for (let j = i + 1; j < conv.end && eligible(j) && lines[j].trim() !== ""; j++) {
        let next = bare(lines[j]);
        if (STATUS_RE.test(next) || FIELD_RE.test(next) || lines[j].startsWith("\u25CF")) break;
        value += ` ${next}`;
      }
    value !== "" && (m[1] === "PR" ? result.pr = /https?:\/\/\S+/.exec(value)?.[0] ?? value : m[1] === "REASON" ? result.reason = value : result.tests = value);
  }
  return result;
}

// src/core/screens/layout.ts
var ANSI_RE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g, RULE_RE = /^ ?─{8,}$/, PROMPT_RE = /^❯/, BANNER_RE = /Claude Code v\d|^╰─+╯$|Welcome back!/, HINT_RES = [
  /\s*tmux focus-events off\b.*$/,
  /\s*(?:add 'set -g focus-events on'.*|~\/\.tmux\.conf and reattach for focus tracking)$/,
  /\s*\S\s+\w+\s+·\s+\/effort\b/g,
  // "● high · /effort", "◐ medium · /effort"
  /\s*Auto-updat\S*/g
  // "Auto-updating…"
];
function screenLines(text) {
  return text.replace(ANSI_RE, "").replace(/\r\n?/g, `
`).replace(/\u00a0/g, " ").split(`
`).map((l) => l.trimEnd());
}
function stripHints(line) {
  let out = line;
  for (let re of HINT_RES) out = out.replace(re, "");
  return out.trimEnd();
}
var isRule = (line) => RULE_RE.test(line), SPINNER_RE = /^[^\s\w❯●⎿│╭╰─] \S+…(?:\s|$)/, FINISHED_RE = /^[^\s\w❯●⎿│╭╰─] \S+ for \d/;
function analyzeLayout(text) {
  let lines = screenLines(text), n = lines.length, rules = [];
  lines.forEach((l, i) => {
    isRule(l) && rules.push(i);
  });
  let box;
  for (let k = rules.length - 2; k >= 0; k--) {
    let top = rules[k], bottom = rules[k + 1];
    if (bottom - top >= 2 && PROMPT_RE.test(lines[top + 1])) {
      box = { top, bottom };
      break;
    }
  }
  let lastRule = rules.length ? rules[rules.length - 1] : -1, conv, live;
  box ? (conv = { start: 0, end: box.top }, live = { start: box.bottom + 1, end: n }) : lastRule >= 0 ? (conv = { start: 0, end: lastRule }, live = { start: lastRule + 1, end: n }) : (conv = { start: 0, end: n }, live = { start: 0, end: n });
  let footer = [];
  if (box)
    for (let i = box.bottom + 1; i < n && lines[i].trim() !== ""; i++) footer.push(lines[i]);
  let input = box ? lines.slice(box.top + 1, box.bottom) : [], promptAt = -1;
  for (let i = conv.end - 1; i >= conv.start; i--)
    if (PROMPT_RE.test(lines[i])) {
      promptAt = i;
      break;
    }
  let prompted = promptAt >= 0, turn = { start: prompted ? promptAt + 1 : conv.start, end: conv.end }, bannerVisible = !1;
  for (let i = conv.start; i < conv.end; i++)
    if (BANNER_RE.test(lines[i])) {
      bannerVisible = !0;
      break;
    }
  return { lines, box, conv, live, footer, input, turn, prompted, bannerVisible };
}
function spanLines(lay, span) {
  return lay.lines.slice(span.start, span.end);
}

// src/core/screens/options.ts
var SELECTED_RE = /^(\s*)❯\s*(\S.*)$/, NUMBER_RE = /^(\d+)\.\s+/, indentOf = (line) => line.length - line.trimStart().length;
function parseOptions(lines) {
  let sel = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (SELECTED_RE.test(lines[i])) {
      sel = i;
      break;
    }
  if (sel < 0) return [];
  let selText = SELECTED_RE.exec(lines[sel])[2], col = lines[sel].length - selText.length, inGroup = (l) => l !== void 0 && l.trim() !== "" && indentOf(l) >= col, isStart = (i) => i === sel || indentOf(lines[i]) === col, a = sel;
  for (; inGroup(lines[a - 1]); ) a--;
  for (; a < sel && !isStart(a); ) a++;
  let b = sel;
  for (; inGroup(lines[b + 1]); ) b++;
  let raw = [];
  for (let i = a; i <= b; i++) {
    let l = lines[i];
    isStart(i) ? raw.push({ text: i === sel ? selText : l.trim(), selected: i === sel }) : raw[raw.length - 1].text += ` ${l.trim()}`;
  }
  return raw.map((o, pos) => {
    let num = NUMBER_RE.exec(o.text), label = o.text.replace(NUMBER_RE, "").replace(/\s*✔$/, "").trim();
    return { index: num ? Number(num[1]) : pos + 1, label, selected: o.selected };
  });
}
function keysToChoose(reading, wanted) {
  let opts = reading.options, needle = wanted.toLowerCase(), target = opts.findIndex((o) => o.label.toLowerCase().includes(needle)), from = opts.findIndex((o) => o.selected);
  if (target < 0 || from < 0) return;
  let step = target > from ? "Down" : "Up";
  return [...Array(Math.abs(target - from)).fill(step), "Enter"];
}

// src/core/screens/classify.ts
var DIALOGS = [
  ["api-key-prompt", /Detected a custom API key|Do you want to use this API key\?/],
  ["trust-folder", /Yes, I trust this folder|Quick safety check:|Do you trust the files in this folder\?/],
  ["bypass-warning", /Bypass Permissions mode/],
  ["permission-prompt", /^\s*Do you want to\b.*\?\s*$|Esc to cancel · Tab to amend/m],
  ["theme-picker", /Choose the text style that looks best|To change this later, run \/theme/],
  ["login-method", /Select login method:/],
  ["third-party-platform", /Using 3rd-party platforms/],
  ["oauth", /Opening browser to sign in|Browser didn't open\?|Paste code here if prompted|OAuth error:/],
  ["security-notes", /Security notes:/]
], SELECT_KINDS = /* @__PURE__ */ new Set([
  "api-key-prompt",
  "trust-folder",
  "bypass-warning",
  "permission-prompt",
  "theme-picker",
  "login-method",
  "third-party-platform"
]), ROOT_REFUSED_RE = /cannot be used with root\/sudo privileges/, PREFLIGHT_RE = /Unable to connect to Anthropic services/, RESUME_RE = /Resume this session with:|^claude --resume \S/m, PANE_DEAD_RE = /^Pane is dead \(status /, EXIT_PENDING_RE = /Press Ctrl-[CD] again to exit/, SLASH_ITEM_RE = /^\s*\/\S+\s{2,}\S/, RETRY_RE = /^[^\s●❯⎿].*\bRetrying in \d/, NOT_LOGGED_IN_FOOTER_RE = /Not logged in/, NOT_LOGGED_IN_TURN_RE = /^\s*⎿\s+Not logged in\b|^● Not logged in\b/, API_ERROR_RE = /^(?:● |\s*⎿\s+)(?:API Error\b|Invalid API key\b|Credit balance is too low|OAuth token (?:has expired|revoked)|.*· Fix external API key)/;
function footerModeOf(footer) {
  let f = footer.join(`
`);
  return /bypass permissions on/i.test(f) ? "bypass" : /accept edits on/i.test(f) ? "accept-edits" : /plan mode on/i.test(f) ? "plan" : /auto mode on/i.test(f) ? "auto" : /\? for shortcuts|esc to interrupt|← for agents/.test(f) ? "default" : "none";
}
function lastTurnLine(lay) {
  for (let i = lay.turn.end - 1; i >= lay.turn.start; i--) {
    let l = stripHints(lay.lines[i]);
    if (l.trim() !== "") return l;
  }
}
function decideKind(lay) {
  let { lines } = lay;
  if (lines.every((l) => l.trim() === "")) return "blank";
  let live = spanLines(lay, lay.live), liveText = live.join(`
`), lastLine = [...lines].reverse().find((l) => l.trim() !== "") ?? "";
  if (!lay.box && ROOT_REFUSED_RE.test(liveText)) return "root-refused";
  if (!lay.box && PREFLIGHT_RE.test(liveText)) return "preflight-failed";
  if (RESUME_RE.test(liveText) || PANE_DEAD_RE.test(lastLine)) return "exited";
  if (EXIT_PENDING_RE.test(liveText)) return "exit-pending";
  for (let [kind, re] of DIALOGS) if (re.test(liveText)) return kind;
  if (!lay.box) return "unknown";
  let turn = spanLines(lay, lay.turn);
  if (live.some((l) => SLASH_ITEM_RE.test(l))) return "slash-menu";
  if (turn.some((l) => RETRY_RE.test(l))) return "api-retrying";
  let last = lastTurnLine(lay);
  return lay.footer.some((l) => /esc to interrupt/i.test(l)) || last !== void 0 && SPINNER_RE.test(last) ? "busy" : lay.footer.some((l) => NOT_LOGGED_IN_FOOTER_RE.test(l)) || turn.some((l) => NOT_LOGGED_IN_TURN_RE.test(l)) ? "not-logged-in" : turn.some((l) => API_ERROR_RE.test(l)) ? "api-error" : "idle";
}
var PROBLEM_LINES = {
  "api-error": { re: API_ERROR_RE, where: "turn" },
  "api-retrying": { re: RETRY_RE, where: "turn" },
  "not-logged-in": { re: NOT_LOGGED_IN_TURN_RE, where: "turn" },
  "root-refused": { re: ROOT_REFUSED_RE, where: "live" },
  "preflight-failed": { re: PREFLIGHT_RE, where: "live" }
};
function problemLine(kind, lay) {
  let p = PROBLEM_LINES[kind];
  if (!p) return;
  let hit = [...spanLines(lay, p.where === "turn" ? lay.turn : lay.live)].reverse().find((l) => p.re.test(l));
  if (hit === void 0 && kind === "not-logged-in") {
    let f = lay.footer.find((l) => NOT_LOGGED_IN_FOOTER_RE.test(l));
    hit = f?.slice(f.search(NOT_LOGGED_IN_FOOTER_RE));
  }
  if (hit === void 0) return;
  let text = stripHints(hit).trim().replace(/^[^\p{L}\p{N}$"'(\[-]+\s+/u, "");
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
function dialogTool(live) {
  let body = live.map((l) => l.trim()).filter((l) => l !== "");
  return body.length < 2 || /^Do you want to\b/.test(body[1]) ? body[0] : `${body[0]}: ${body[1]}`;
}
function classifyScreen(text) {
  let lay = analyzeLayout(text), kind = decideKind(lay), live = spanLines(lay, lay.live), reading = {
    kind,
    footerMode: lay.box ? footerModeOf(lay.footer) : "none",
    options: SELECT_KINDS.has(kind) ? parseOptions(live) : [],
    inputText: lay.box ? lay.input.map((l, i) => i === 0 ? l.replace(/^❯ ?/, "") : l.replace(/^ {2}/, "")).join(`
`).trim() : "",
    tail: lay.lines.filter((l) => l.trim() !== "").slice(-8).join(`
`)
  }, problem = problemLine(kind, lay);
  problem && (reading.problem = problem);
  let said = lastAssistantText(lay);
  if (said !== void 0 && (reading.lastAssistantText = said), kind === "permission-prompt" || kind === "busy") {
    let tool = currentTool(lay) ?? (kind === "permission-prompt" ? dialogTool(live) : void 0);
    tool !== void 0 && (reading.tool = tool);
  }
  let completion = parseCompletion(lay);
  return completion && (reading.completion = completion), reading;
}

// src/core/screens/fingerprint.ts
function normalizeScreen(text) {
  let out = [];
  for (let line of screenLines(text)) {
    let l = stripHints(line);
    l.trim() !== "" && (/Retrying in \d/.test(l) ? l = l.replace(/^\S /, "<glyph> ").replace(/Retrying in \d+\s*s\b/, "Retrying in Ns") : SPINNER_RE.test(l) ? l = "<spinner>" : FINISHED_RE.test(l) && (l = l.replace(/^\S \S+ for /, "<done> for ")), out.push(l));
  }
  return out.join(`
`);
}
function cyrb53(s) {
  let h1 = 3735928559, h2 = 1103547991;
  for (let i = 0; i < s.length; i++) {
    let ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761), h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909), h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909), (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
function screenFingerprint(text) {
  return cyrb53(normalizeScreen(text));
}

// src/core/worker-state.ts
var STATES_NEEDING_HUMAN = ["waiting-approval", "asking", "blocked", "errored", "stuck", "dead", "finish-failed"], ACTIVITY = /* @__PURE__ */ new Set(["UserPromptSubmit", "PreToolUse", "PostToolUse", "SubagentStop", "PostToolUseFailure"]);
function completionIn(text) {
  if (!text) return;
  let all = [...text.matchAll(/WORKTREE_STATUS:\s*(COMPLETE|BLOCKED)/g)], last = all[all.length - 1];
  if (!last) return;
  let reason = /REASON:\s*(.+)/.exec(text.slice(last.index))?.[1]?.trim();
  return { status: last[1], ...reason ? { reason } : {} };
}
function plainCompletion(text) {
  return completionIn(text);
}
function deriveState(i) {
  let d = deriveClaimed(i);
  if (d.state !== "done") return d;
  let failed = findLastIndex(i.events, (e) => e.event === "FinishFailed"), succeeded = findLastIndex(i.events, (e) => e.event === "FinishSucceeded");
  return failed > succeeded ? { state: "finish-failed", reason: `orch finish failed: ${i.events[failed].failure ?? "no details recorded"}` } : i.finish?.expected && succeeded < 0 && !i.finish.succeeded && !i.pr ? { state: "finish-failed", reason: "claims WORKTREE_STATUS: COMPLETE, but `orch finish` has not opened a pull request for its branch" } : d;
}
function deriveClaimed(i) {
  let ev = i.events, last = ev[ev.length - 1], lastStopIdx = findLastIndex(ev, (e) => e.event === "Stop"), activityAfterStop = ev.slice(lastStopIdx + 1).some((e) => ACTIVITY.has(e.event)), stopMsg = lastStopIdx >= 0 ? ev[lastStopIdx].message : void 0, completion = (activityAfterStop ? void 0 : completionIn(stopMsg)) ?? (i.screen?.completion && !isBusy(i.screen) ? i.screen.completion : void 0), prDone = i.pr && i.pr.state !== "open" ? `PR ${i.pr.state}` : i.pr ? "PR open" : void 0;
  if (!i.window.exists || i.window.dead)
    return completion?.status === "COMPLETE" || prDone ? { state: "done", reason: completion ? "WORKTREE_STATUS: COMPLETE" : prDone } : completion?.status === "BLOCKED" ? { state: "blocked", reason: completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : i.window.dead && i.window.deadStatus !== void 0 && i.window.deadStatus !== 0 ? { state: "errored", reason: `process exited with status ${i.window.deadStatus}` } : { state: "dead", reason: i.window.exists ? "the worker process exited" : "the window is gone" };
  let s = i.screen;
  if (s?.kind === "permission-prompt") return { state: "waiting-approval", reason: s.tool ? `approve ${s.tool}?` : "a permission prompt is open" };
  if (s && ["root-refused", "api-error", "preflight-failed", "api-key-prompt", "theme-picker", "login-method", "oauth", "not-logged-in", "exited"].includes(s.kind))
    return { state: s.kind === "exited" ? "dead" : "errored", reason: `screen: ${s.kind}${s.problem ? `: "${s.problem}"` : ""}` };
  let derived;
  if (last) {
    let permissionPending = findLastIndex(ev, (e) => e.event === "Notification" && e.notification === "permission_prompt"), resolvedAfter = ev.slice(permissionPending + 1).some((e) => e.event === "PostToolUse" || e.event === "Stop" || e.event === "UserPromptSubmit");
    permissionPending >= 0 && !resolvedAfter && (!s || s.kind !== "idle") ? derived = { state: "waiting-approval", reason: "permission notification" } : ACTIVITY.has(last.event) || last.event === "Notification" && last.notification !== "idle_prompt" && lastStopIdx < 0 ? derived = { state: "working", reason: last.tool ? `${last.tool}${last.summary ? `: ${last.summary}` : ""}` : last.event } : last.event === "Stop" || last.event === "Notification" && last.notification === "idle_prompt" ? completion?.status === "COMPLETE" ? derived = { state: "done", reason: "WORKTREE_STATUS: COMPLETE" } : completion?.status === "BLOCKED" ? derived = { state: "blocked", reason: completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : stopMsg && /\?\s*$/.test(stopMsg.trim()) ? derived = { state: "asking", reason: stopMsg.trim().split(`
`).pop().slice(0, 120) } : derived = { state: "idle", reason: "turn over" } : last.event === "SessionStart" ? derived = { state: s?.kind === "busy" ? "working" : "booting", reason: "session started" } : last.event === "SessionEnd" && (derived = { state: "dead", reason: "session ended" });
  }
  if (!derived && s && (s.completion?.status === "COMPLETE" ? derived = { state: "done", reason: "WORKTREE_STATUS: COMPLETE on screen" } : s.completion?.status === "BLOCKED" ? derived = { state: "blocked", reason: s.completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : isBusy(s) ? derived = { state: "working", reason: "busy on screen" } : s.kind === "idle" ? derived = { state: ev.length ? "idle" : "booting", reason: ev.length ? "input box ready" : "no prompt submitted yet" } : (s.kind === "trust-folder" || s.kind === "bypass-warning" || s.kind === "blank") && (derived = { state: "booting", reason: `screen: ${s.kind}` })), derived ??= { state: "booting", reason: "no events yet" }, derived.state === "working" && s?.kind === "api-retrying" && (derived = { state: "errored", reason: `API errors, retrying${s.problem ? `: "${s.problem}"` : ""}` }), derived.state === "working") {
    let lastEventAt = last ? Date.parse(last.at) : 0, lastSign = Math.max(lastEventAt, i.lastChangeAt ?? 0);
    lastSign && i.now - lastSign > i.stuckAfterMs && (derived = { state: "stuck", reason: `no event, screen change or commit for ${Math.round((i.now - lastSign) / 6e4)} min` });
  }
  return prDone && (derived.state === "idle" || derived.state === "asking" || derived.state === "stuck" || derived.state === "booting") ? { state: "done", reason: prDone } : derived;
}
function isBusy(s) {
  return s.kind === "busy";
}
function findLastIndex(a, p) {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k])) return k;
  return -1;
}

// src/state/usage-cache.ts
import path from "node:path";
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from "node:fs";
var fresh = () => ({ v: 1, events: { offset: 0, size: 0, mtimeMs: 0 }, transcripts: {}, acc: emptyUsage() });
function readNew(file, mark) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    let st = fstatSync(fd);
    if (st.size === mark.size && st.mtimeMs === mark.mtimeMs) return null;
    if (st.size < mark.offset) return;
    let len = st.size - mark.offset, buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, mark.offset);
    let end = buf.lastIndexOf(10) + 1;
    return { text: buf.subarray(0, end).toString("utf8"), mark: { offset: mark.offset + end, size: st.size, mtimeMs: st.mtimeMs } };
  } finally {
    closeSync(fd);
  }
}
function transcriptsIn(text) {
  let out = [];
  for (let l of text.split(`
`))
    if (l.includes('"transcript"'))
      try {
        let t = JSON.parse(l).transcript;
        typeof t == "string" && t && !out.includes(t) && out.push(t);
      } catch {
      }
  return out;
}
function readWorkerUsage(stateDir, name, eventsFile) {
  let dir = path.join(stateDir, "usage"), file = path.join(dir, `${name}.json`), cache;
  try {
    cache = JSON.parse(readFileSync(file, "utf8")), cache.v !== 1 && (cache = fresh());
  } catch {
    cache = fresh();
  }
  let changed = !1;
  for (let attempt = 0; attempt < 2; attempt++) {
    let ev = readNew(eventsFile, cache.events);
    if (ev === void 0) {
      cache = fresh(), changed = !0;
      continue;
    }
    if (ev) {
      for (let t of transcriptsIn(ev.text)) cache.transcripts[t] ??= { offset: 0, size: 0, mtimeMs: 0 };
      cache.events = ev.mark, changed = !0;
    }
    let shrank = !1;
    for (let [t, mark] of Object.entries(cache.transcripts)) {
      let got = readNew(t, mark);
      if (got === void 0) {
        shrank = !0;
        break;
      }
      got && (addTranscriptText(cache.acc, got.text), cache.transcripts[t] = got.mark, changed = !0);
    }
    if (!shrank) break;
    cache = fresh();
  }
  return changed && (mkdirSync(dir, { recursive: !0 }), atomicWrite(file, cache)), cache.acc;
}

// src/flows/watch/inspect.ts
function finishExpectation(config, rec) {
  return { expected: !!config.githubRepo && config.worker.handshake === "claude" && (rec.kind === "issue" || rec.kind === "task"), succeeded: rec.pr !== void 0 };
}
async function inspectProject(project, opts) {
  let { config, registry, mux } = project, [windows, worktrees] = await Promise.all([mux.listWindows(config.session), listWorktrees(config.repoPath)]), all = registry.listWorkers(), recs = opts.names ? all.filter((r) => opts.names.includes(r.name)) : all, known = new Set(worktrees.map((w) => path2.resolve(w.path))), byName = new Map(windows.map((w) => [w.name, w])), counted = opts.git ? batchAheadBehind(config.repoPath, recs, worktrees).catch(() => /* @__PURE__ */ new Map()) : void 0, now = Date.now(), workers = await mapLimit(recs, 8, async (rec) => {
    let window = byName.get(rec.window), worktreeExists = existsSync(rec.worktree), events = readRecentEvents(registry.eventsFile(rec.name), 50), [rawScreen, g] = await Promise.all([
      window && (opts.capture || window.dead) ? mux.capture(rec.session, rec.window).catch(() => {
      }) : void 0,
      opts.git && worktreeExists ? gitFacts(rec.worktree, rec.base, counted?.then((m) => m.get(rec.name))) : void 0
    ]), screen = rawScreen === void 0 ? void 0 : classifyScreen(rawScreen);
    if (screen && !screen.completion && config.worker.handshake !== "claude") {
      let plain = plainCompletion(rawScreen);
      plain && (screen.completion = plain);
    }
    let state = deriveState({
      now,
      events,
      screen,
      window: { exists: !!window, dead: window?.dead ?? !1, deadStatus: window?.deadStatus },
      stuckAfterMs: config.stuckAfterMin * 6e4,
      finish: finishExpectation(config, rec)
    }), usage = summarize(readWorkerUsage(registry.dir, rec.name, registry.eventsFile(rec.name)), config.pricing);
    return { rec, window, worktreeExists, events, screen, rawScreen, git: g, state, usage };
  }), zombies = existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath, { withFileTypes: !0 }).filter((d) => d.isDirectory()).map((d) => path2.join(config.worktreesPath, d.name)).filter((p) => !known.has(path2.resolve(p))) : [], names = new Set(all.map((r) => r.window)), orphans = windows.filter((w) => !names.has(w.name)), missing = all.filter((r) => !existsSync(r.worktree)).map((r) => r.name);
  return { workers, zombies, orphans, missing, windows, worktrees };
}
async function gitFacts(worktree, base, known) {
  let [status, ab] = await Promise.all([
    gitRaw(worktree, ["status", "--porcelain", "--branch", "--untracked-files=all"]).catch(() => {
    }),
    Promise.resolve(known).then((k) => k ?? aheadBehind(worktree, `origin/${base}`).then((r) => r ?? aheadBehind(worktree, base)))
  ]);
  return { uncommitted: status === void 0 ? null : status.split(`
`).filter((l) => l && !l.startsWith("## ")).length, ahead: ab?.ahead ?? 0, behind: ab?.behind ?? 0 };
}
var BATCH_FROM = 4;
async function batchAheadBehind(repo, recs, worktrees) {
  let out = /* @__PURE__ */ new Map();
  if (recs.length < BATCH_FROM) return out;
  let headOf = new Map(worktrees.filter((w) => w.head).map((w) => [path2.resolve(w.path), w.head])), byBase = /* @__PURE__ */ new Map();
  for (let r of recs) {
    let head = headOf.get(path2.resolve(r.worktree));
    head && byBase.set(r.base, [...byBase.get(r.base) ?? [], { name: r.name, head }]);
  }
  return await Promise.all(
    [...byBase].map(async ([base, members]) => {
      let heads = members.map((m) => m.head), counts = await aheadBehindMany(repo, `origin/${base}`, heads) ?? await aheadBehindMany(repo, base, heads);
      for (let m of members) {
        let c = counts?.get(m.head);
        c && out.set(m.name, c);
      }
    })
  ), out;
}
async function aheadBehindMany(repo, base, heads) {
  let tips = [...new Set(heads)], b = await gitTry(repo, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  if (!b.ok || !b.out) return;
  let mb = await gitTry(repo, ["merge-base", "--octopus", b.out, ...tips]), common = mb.ok ? mb.out.split(`
`)[0]?.trim() : void 0;
  if (!common) return;
  let list = await gitTry(repo, ["rev-list", "--parents", b.out, ...tips, "--not", common]);
  if (list.ok)
    return countAheadBehind(list.out, b.out, tips);
}
function countAheadBehind(revList, base, heads) {
  let parents = /* @__PURE__ */ new Map();
  for (let line of revList.split(`
`)) {
    let [sha, ...ps] = line.trim().split(" ");
    sha && parents.set(sha, ps);
  }
  let reach = (tip) => {
    let seen = /* @__PURE__ */ new Set(), stack = [tip];
    for (; stack.length; ) {
      let c = stack.pop();
      seen.has(c) || !parents.has(c) || (seen.add(c), stack.push(...parents.get(c)));
    }
    return seen;
  }, fromBase = reach(base), out = /* @__PURE__ */ new Map();
  for (let h of heads) {
    let fromHead = reach(h), ahead = 0;
    for (let c of fromHead) fromBase.has(c) || ahead++;
    let behind = 0;
    for (let c of fromBase) fromHead.has(c) || behind++;
    out.set(h, { ahead, behind });
  }
  return out;
}

export {
  keysToChoose,
  classifyScreen,
  screenFingerprint,
  STATES_NEEDING_HUMAN,
  deriveState,
  finishExpectation,
  inspectProject
};
