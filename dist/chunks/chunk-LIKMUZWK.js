import {
  isRemote,
  sshFailed,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from "./chunk-LKC326JV.js";
import {
  require_proper_lockfile
} from "./chunk-FVQNOVXB.js";
import {
  __toESM
} from "./chunk-LHO2KLC4.js";

// src/flows/shared/map-limit.ts
async function mapLimit(items, limit, fn) {
  let out = new Array(items.length), next = 0, runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    for (; next < items.length; ) {
      let i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  return await Promise.all(runners), out;
}

// src/flows/worker/remote-events.ts
import path from "node:path";

// src/adapters/file-lock.ts
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
async function withFileLock(lockPath, fn) {
  let release = await import_proper_lockfile.default.lock(lockPath, { realpath: !1, lockfilePath: lockPath, stale: 1e4, retries: { retries: 100, minTimeout: 10, maxTimeout: 50 } });
  try {
    return await fn();
  } finally {
    await release();
  }
}

// src/core/event-offset.ts
function completeLines(chunk, offset) {
  let end = chunk.lastIndexOf(10);
  return end < 0 ? { text: "", next: offset } : { text: chunk.subarray(0, end + 1).toString("utf8"), next: offset + end + 1 };
}
function parseOffset(text) {
  let n = Number((text ?? "").trim());
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

// src/flows/worker/remote-events.ts
function offsetFile(registryDir, name) {
  return path.join(registryDir, "mirror", `${name}.offset`);
}
function dropMirror(registryDir, name) {
  rmSync(offsetFile(registryDir, name), { force: !0 });
}
var TAIL = [
  'd=$(git -C "$1" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) || { echo orch-clone:missing >&2; exit 4; }',
  'if [ -d "$4" ]; then echo orch-wt:1 >&2; else echo orch-wt:0 >&2; fi',
  'f="$d/session-orchestrator/events/$2.jsonl"',
  '[ -e "$f" ] || exit 0',
  'exec tail -c +"$3" "$f"'
].join(`
`);
async function syncRemoteEvents(project, recs) {
  let out = /* @__PURE__ */ new Map(), remote = recs.filter((r) => isRemote(r.host));
  return await mapLimit(remote, 6, async (rec) => {
    out.set(rec.name, await syncOne(project, rec).catch((e) => ({ name: rec.name, worktreeExists: void 0, added: 0, error: e.message.split(`
`)[0] })));
  }), out;
}
async function syncOne(project, rec) {
  let h = sshHost(project.config, rec.host), local = project.registry.eventsFile(rec.name), offFile = offsetFile(project.registry.dir, rec.name);
  return mkdirSync(path.dirname(local), { recursive: !0 }), mkdirSync(path.dirname(offFile), { recursive: !0 }), withFileLock(`${offFile}.lock`, async () => {
    let offset;
    try {
      offset = parseOffset(readFileSync(offFile, "utf8"));
    } catch {
      offset = 0;
    }
    let r = await h.execBytes(["sh", "-c", TAIL, "sh", h.config.repoPath, rec.name, String(offset + 1), rec.worktree]), wt = /orch-wt:([01])/.exec(r.stderr)?.[1];
    if (r.exitCode !== 0) throw sshFailed(r) ? h.unreachable(r.stderr) : new Error(`${h.name}: reading events of ${rec.name} failed: ${r.stderr.trim()}`);
    let { text, next } = completeLines(r.stdout, offset);
    return text && (appendFileSync(local, text), writeFileSync(offFile, String(next))), { name: rec.name, worktreeExists: wt === void 0 ? void 0 : wt === "1", added: next - offset };
  });
}
function pumpRemoteEvents(project, everyMs = 400) {
  if (!project.config.hosts.length) return () => {
  };
  let stopped = !1, timer, tick = async () => {
    if (stopped) return;
    let recs = project.registry.listWorkers().filter((r) => isRemote(r.host));
    recs.length && await syncRemoteEvents(project, recs).catch(() => {
    }), stopped || (timer = setTimeout(() => {
      tick();
    }, everyMs));
  };
  return timer = setTimeout(() => {
    tick();
  }, 0), () => {
    stopped = !0, timer && clearTimeout(timer);
  };
}

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
  ["focus-events", /\s*tmux focus-events off\b.*$/],
  ["focus", /\s*(?:add 'set -g focus-events on'.*|~\/\.tmux\.conf and reattach for focus tracking)$/],
  ["/effort", /\s*\S\s+\w+\s+·\s+\/effort\b/g],
  // "● high · /effort", "◐ medium · /effort"
  ["Auto-updat", /\s*Auto-updat\S*/g]
  // "Auto-updating…"
];
function screenLines(text) {
  return text.replace(ANSI_RE, "").replace(/\r\n?/g, `
`).replace(/\u00a0/g, " ").split(`
`).map((l) => l.trimEnd());
}
function stripHints(line) {
  let out = line;
  for (let [word, re] of HINT_RES) out.includes(word) && (out = out.replace(re, ""));
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

export {
  mapLimit,
  dropMirror,
  syncRemoteEvents,
  pumpRemoteEvents,
  keysToChoose,
  classifyScreen,
  screenFingerprint
};
