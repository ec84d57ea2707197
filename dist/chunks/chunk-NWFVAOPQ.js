import {
  classifyScreen,
  mapLimit,
  syncRemoteEvents
} from "./chunk-LIKMUZWK.js";
import {
  readRecentEvents
} from "./chunk-VBAG2ASZ.js";
import {
  remoteGitFacts
} from "./chunk-PXCXQY5C.js";
import {
  hostProblem
} from "./chunk-2Y7JVHO3.js";
import {
  readTail
} from "./chunk-RFRHITKX.js";
import {
  isRemote,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  existsSync,
  readdirSync,
  statSync
} from "./chunk-LKC326JV.js";
import {
  atomicWrite
} from "./chunk-FVQNOVXB.js";
import {
  aheadBehind,
  gitEach,
  gitRaw,
  gitTry,
  listWorktrees,
  originBranchHeads
} from "./chunk-IIWHDVOR.js";

// src/flows/watch/inspect.ts
import path2 from "node:path";

// src/core/limits.ts
var USAGE_RE = /usage limit|limit reached|hit your (?:usage |session |weekly )?limit|(?:5-hour|weekly|opus) limit|out of (?:extra )?usage|credit balance is too low/i, AUTH_RE = /\b401\b|\b403\b|invalid api key|invalid x-api-key|authentication[_ ](?:error|failed)|oauth token (?:has )?expired|please run \/login|not logged in/i, OVERLOAD_RE = /\b529\b|overloaded/i, RATE_RE = /\b429\b|rate[_ ]?limit/i;
function limitKindOf(text, status) {
  if (USAGE_RE.test(text)) return "usage-limit";
  if (status === 401 || status === 403 || AUTH_RE.test(text)) return "auth";
  if (status === 529 || OVERLOAD_RE.test(text)) return "overloaded";
  if (status === 429 || RATE_RE.test(text)) return "rate-limit";
}
function resetTimeIn(text, now) {
  let epoch = /(?:\||reset[s_ ]*(?:at)?[: ]*)(\d{10})\b/i.exec(text);
  if (epoch) return Number(epoch[1]) * 1e3;
  let iso = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))/.exec(text);
  if (iso && Number.isFinite(Date.parse(iso[1]))) return Date.parse(iso[1]);
  let clock = /resets?\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i.exec(text);
  if (clock) {
    let h = Number(clock[1]), m = Number(clock[2] ?? 0), ap = clock[3]?.toLowerCase();
    if (ap === "pm" && h < 12 && (h += 12), ap === "am" && h === 12 && (h = 0), h < 24 && m < 60 && (clock[2] !== void 0 || ap)) {
      let d = new Date(now);
      return d.setHours(h, m, 0, 0), d.getTime() <= now && d.setDate(d.getDate() + 1), d.getTime();
    }
  }
  let rel = /(?:try again|retry(?:ing)?)\s+in\s+(\d+)\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b/i.exec(text);
  if (rel) {
    let unit = rel[2].toLowerCase(), ms = unit.startsWith("h") ? 36e5 : unit.startsWith("m") ? 6e4 : 1e3;
    return now + Number(rel[1]) * ms;
  }
}
function lastApiError(tail) {
  let lines = tail.split(`
`);
  for (let i = lines.length - 1; i >= 0; i--) {
    let raw = lines[i];
    if (!raw.startsWith("{") || !(raw.includes('"assistant"') || raw.includes('"user"'))) continue;
    let l;
    try {
      l = JSON.parse(raw);
    } catch {
      continue;
    }
    if (l.type === "assistant" && l.isApiErrorMessage) {
      let c = l.message?.content, text = Array.isArray(c) ? c.map((b) => b.text ?? "").join(" ") : typeof c == "string" ? c : l.error ?? "API error";
      return { at: l.timestamp ?? "", status: l.apiErrorStatus, type: l.apiErrorType ?? l.error, text: text.trim() };
    }
    if (l.type === "assistant" || l.type === "user" && l.message?.role === "user") return;
  }
}
var STOP_FAILURE_KIND = {
  rate_limit: "rate-limit",
  overloaded: "overloaded",
  overloaded_error: "overloaded",
  authentication_failed: "auth",
  authentication_error: "auth",
  billing_error: "usage-limit"
};
function detectLimit(i) {
  let s = i.screen;
  if (s && (s.kind === "busy" || s.kind === "api-retrying" || s.kind === "permission-prompt")) return;
  let lastFailure = findLastIndex(i.events, (e) => e.event === "StopFailure"), wentOn = (lastFailure >= 0 ? i.events.slice(lastFailure + 1) : []).some((e) => e.event === "UserPromptSubmit" || e.event === "PreToolUse" || e.event === "Stop"), make = (kind, evidence, source, since) => {
    let resetAt = resetTimeIn(evidence, since ?? i.now);
    return { kind, accountWide: !0, ...since !== void 0 ? { since } : {}, ...resetAt !== void 0 ? { resetAt } : {}, resumable: kind !== "auth", evidence: evidence.slice(0, 300), source };
  }, t = i.transcriptError, tAt = t?.at ? Date.parse(t.at) : void 0, promptAfter = t && tAt !== void 0 && i.events.some((e) => e.event === "UserPromptSubmit" && Date.parse(e.at) > tAt);
  if (t && !promptAfter) {
    let kind = limitKindOf(t.text, t.status);
    if (kind) return make(kind, t.text, "transcript", tAt);
  }
  if (s?.kind === "api-error") {
    let line = s.problem ?? s.tail, kind = limitKindOf(line);
    if (kind) return make(kind, line, "screen", lastFailure >= 0 ? Date.parse(i.events[lastFailure].at) : void 0);
  }
  if (lastFailure >= 0 && !wentOn) {
    let e = i.events[lastFailure], kind = e.error && STOP_FAILURE_KIND[e.error] || limitKindOf(`${e.error ?? ""} ${e.message ?? ""}`);
    if (kind) return make(kind, e.message ?? e.error ?? "StopFailure", "event", Date.parse(e.at));
  }
}
var LABEL = {
  "usage-limit": "usage limit reached",
  "rate-limit": "rate limited (429)",
  overloaded: "API overloaded (529)",
  auth: "authentication failed"
};
function resumeAt(l, now, backoffMs) {
  if (l.resumable)
    return l.resetAt ?? (l.since ?? now) + backoffMs;
}
function limitReason(l, now, backoffMs) {
  let at = resumeAt(l, now, backoffMs), until = l.resumable ? at !== void 0 ? ` until ${new Date(at).toISOString()}${l.resetAt === void 0 ? " (no reset time given: backoff)" : ""}` : "" : " until a human fixes the login";
  return `${LABEL[l.kind]}${until}: "${l.evidence.replace(/\s+/g, " ").slice(0, 200)}"`;
}
function limitResumePrompt(l) {
  return `You were interrupted by an API limit (${LABEL[l.kind]}), which has now reset. CONTINUE the task in .claude-bootstrap.md from where you left off; do not restart from scratch. Check git status and git log first.`;
}
function findLastIndex(a, p) {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k])) return k;
  return -1;
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
  let failed = findLastIndex2(i.events, (e) => e.event === "FinishFailed"), succeeded = findLastIndex2(i.events, (e) => e.event === "FinishSucceeded");
  return failed > succeeded ? { state: "finish-failed", reason: `orch finish failed: ${i.events[failed].failure ?? "no details recorded"}` } : i.finish?.expected && succeeded < 0 && !i.finish.succeeded && !i.pr ? { state: "finish-failed", reason: `claims WORKTREE_STATUS: COMPLETE, but \`orch finish\` ${i.finish.missing ?? "has not opened a pull request for its branch"}` } : d;
}
function deriveClaimed(i) {
  let ev = i.events, last = ev[ev.length - 1], lastStopIdx = findLastIndex2(ev, (e) => e.event === "Stop"), activityAfterStop = ev.slice(lastStopIdx + 1).some((e) => ACTIVITY.has(e.event)), stopMsg = lastStopIdx >= 0 ? ev[lastStopIdx].message : void 0, completion = (activityAfterStop ? void 0 : completionIn(stopMsg)) ?? (i.screen?.completion && !isBusy(i.screen) ? i.screen.completion : void 0), prDone = i.pr && i.pr.state !== "open" ? `PR ${i.pr.state}` : i.pr ? "PR open" : void 0;
  if (!i.window.exists || i.window.dead)
    return !i.window.exists && !ev.length && !prDone && !completion ? { state: "not-launched", reason: "never launched: `orch resume` launches it" } : completion?.status === "COMPLETE" || prDone ? { state: "done", reason: completion ? "WORKTREE_STATUS: COMPLETE" : prDone } : completion?.status === "BLOCKED" ? { state: "blocked", reason: completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : i.window.dead && i.window.deadStatus !== void 0 && i.window.deadStatus !== 0 ? { state: "errored", reason: `process exited with status ${i.window.deadStatus}` } : { state: "dead", reason: i.window.exists ? "the worker process exited" : "the window is gone" };
  let s = i.screen;
  if (i.limit) {
    let at = resumeAt(i.limit, i.now, i.limitBackoffMs ?? 9e5);
    return { state: "limited", reason: limitReason(i.limit, i.now, i.limitBackoffMs ?? 15 * 6e4), ...at !== void 0 ? { until: new Date(at).toISOString() } : {} };
  }
  if (s?.kind === "permission-prompt") return { state: "waiting-approval", reason: s.tool ? `approve ${s.tool}?` : "a permission prompt is open" };
  if (s && ["root-refused", "api-error", "preflight-failed", "api-key-prompt", "theme-picker", "login-method", "oauth", "not-logged-in", "exited"].includes(s.kind))
    return { state: s.kind === "exited" ? "dead" : "errored", reason: `screen: ${s.kind}${s.problem ? `: "${s.problem}"` : ""}` };
  let derived;
  if (last) {
    let permissionPending = findLastIndex2(ev, (e) => e.event === "Notification" && e.notification === "permission_prompt"), resolvedAfter = ev.slice(permissionPending + 1).some((e) => e.event === "PostToolUse" || e.event === "Stop" || e.event === "UserPromptSubmit");
    permissionPending >= 0 && !resolvedAfter && (!s || s.kind !== "idle") ? derived = { state: "waiting-approval", reason: "permission notification" } : ACTIVITY.has(last.event) || last.event === "Notification" && last.notification !== "idle_prompt" && lastStopIdx < 0 ? derived = { state: "working", reason: last.tool ? `${last.tool}${last.summary ? `: ${last.summary}` : ""}` : last.event } : last.event === "Stop" || last.event === "Notification" && last.notification === "idle_prompt" ? completion?.status === "COMPLETE" ? derived = { state: "done", reason: "WORKTREE_STATUS: COMPLETE" } : completion?.status === "BLOCKED" ? derived = { state: "blocked", reason: completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : stopMsg && /\?\s*$/.test(stopMsg.trim()) ? derived = { state: "asking", reason: stopMsg.trim().split(`
`).pop().slice(0, 120) } : derived = { state: "idle", reason: "turn over" } : last.event === "SessionStart" ? derived = { state: s?.kind === "busy" ? "working" : "booting", reason: "session started" } : last.event === "SessionEnd" && (derived = { state: "dead", reason: "session ended" });
  }
  if (!derived && s && (s.completion?.status === "COMPLETE" ? derived = { state: "done", reason: "WORKTREE_STATUS: COMPLETE on screen" } : s.completion?.status === "BLOCKED" ? derived = { state: "blocked", reason: s.completion.reason ?? "WORKTREE_STATUS: BLOCKED" } : isBusy(s) ? derived = { state: "working", reason: "busy on screen" } : s.kind === "idle" ? derived = { state: ev.length ? "idle" : "booting", reason: ev.length ? "input box ready" : "no prompt submitted yet" } : (s.kind === "trust-folder" || s.kind === "bypass-warning" || s.kind === "blank") && (derived = { state: "booting", reason: `screen: ${s.kind}` })), derived ??= { state: "booting", reason: "no events yet" }, derived.state === "working" && s?.kind === "idle" && /^\s*⎿\s+Interrupted\b/m.test(s.tail) && (derived = { state: "idle", reason: "interrupted (Escape); waiting at its prompt" }), derived.state === "working" && s?.kind === "api-retrying" && (derived = { state: "errored", reason: `API errors, retrying${s.problem ? `: "${s.problem}"` : ""}` }), derived.state === "working") {
    let lastEventAt = last ? Date.parse(last.at) : 0, lastSign = Math.max(lastEventAt, i.lastChangeAt ?? 0);
    lastSign && i.now - lastSign > i.stuckAfterMs && (derived = { state: "stuck", reason: `no event, screen change or commit for ${Math.round((i.now - lastSign) / 6e4)} min` });
  }
  return prDone && (derived.state === "idle" || derived.state === "asking" || derived.state === "stuck" || derived.state === "booting") ? { state: "done", reason: prDone } : derived;
}
function isBusy(s) {
  return s.kind === "busy";
}
function findLastIndex2(a, p) {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k])) return k;
  return -1;
}

// src/state/usage-cache.ts
import path from "node:path";
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from "node:fs";

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

// src/state/usage-cache.ts
var fresh = (generation) => ({ v: 1, generation, events: { offset: 0, size: 0, mtimeMs: 0 }, transcripts: {}, acc: emptyUsage() });
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
function readWorkerUsage(stateDir, name, eventsFile, generation) {
  let dir = path.join(stateDir, "usage"), file = path.join(dir, `${name}.json`), cache, mine = held.get(file);
  if (mine) cache = mine.cache;
  else
    try {
      cache = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      cache = fresh(generation);
    }
  let changed = !1;
  (cache.v !== 1 || cache.generation !== generation) && (cache = fresh(generation), changed = !0);
  for (let attempt = 0; attempt < 2; attempt++) {
    let ev = readNew(eventsFile, cache.events);
    if (ev === void 0) {
      cache = fresh(generation), changed = !0;
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
    cache = fresh(generation);
  }
  let now = Date.now(), entry = held.get(file) ?? { cache, written: mine ? 0 : now, dirty: !1 };
  return entry.cache = cache, entry.dirty ||= changed, held.set(file, entry), entry.dirty && (!mine || now - entry.written >= WRITE_EVERY_MS) && write(file, entry, now), cache.acc;
}
var WRITE_EVERY_MS = 3e4, held = /* @__PURE__ */ new Map();
function write(file, entry, now) {
  try {
    mkdirSync(path.dirname(file), { recursive: !0 }), atomicWrite(file, entry.cache), entry.written = now, entry.dirty = !1;
  } catch {
  }
}
process.once("exit", () => {
  for (let [file, entry] of held) entry.dirty && write(file, entry, Date.now());
});

// src/flows/watch/inspect.ts
function finishExpectation(config, rec, origin) {
  let follows = config.worker.handshake === "claude" && (rec.kind === "issue" || rec.kind === "task");
  if (config.githubRepo) return { expected: follows, succeeded: rec.pr !== void 0, missing: "has not opened a pull request for its branch" };
  let checkable = follows && !isRemote(rec.host) && origin !== void 0 && origin.heads.size > 0 && rec.branch !== void 0, pushed = checkable && origin.head !== void 0 && origin.heads.get(rec.branch) === origin.head;
  return { expected: checkable, succeeded: pushed, missing: `has not pushed ${rec.branch ?? "its branch"} to origin (origin/${rec.branch ?? "?"} is not its HEAD)` };
}
async function inspectProject(project, opts) {
  let { config, registry, mux } = project, [windows, worktrees] = await Promise.all([mux.listWindows(config.session), listWorktrees(config.repoPath)]), all = registry.listWorkers(), recs = opts.names ? all.filter((r) => opts.names.includes(r.name)) : all, remote = config.hosts.length ? await syncRemoteEvents(project, recs) : void 0, hereOrThere = (r) => isRemote(r.host) ? remote?.get(r.name)?.worktreeExists ?? !0 : existsSync(r.worktree), known = new Set(worktrees.map((w) => path2.resolve(w.path))), byName = new Map(windows.map((w) => [w.name, w])), counted = opts.git ? batchAheadBehind(config.repoPath, recs, worktrees).catch(() => /* @__PURE__ */ new Map()) : void 0, originHeads = !config.githubRepo && config.worker.handshake === "claude" ? originBranchHeads(config.repoPath).catch(() => /* @__PURE__ */ new Map()) : void 0, headOf = (rec) => worktrees.find((w) => path2.resolve(w.path) === path2.resolve(rec.worktree))?.head || void 0, now = Date.now(), wantScreen = (rec) => {
    let w = byName.get(rec.window);
    return !!(w && (opts.capture || w.dead));
  }, shot = recs.filter(wantScreen), shots = mux.captureMany ? mux.captureMany(shot.map((r) => ({ session: r.session, name: r.window }))).catch(() => shot.map(() => {
  })) : void 0, screenOf = async (rec) => (shots ? (await shots)[shot.indexOf(rec)] : void 0) ?? mux.capture(rec.session, rec.window).catch(() => {
  }), local = opts.git ? recs.filter((r) => !isRemote(r.host) && existsSync(r.worktree)) : [], statuses = local.length ? gitEach(local.map((r) => ({ dir: r.worktree, args: STATUS_ARGS }))) : void 0, statusOf = async (rec) => {
    let r = statuses && local.includes(rec) ? (await statuses)[local.indexOf(rec)] : void 0;
    return r ? r.ok ? r.out : void 0 : gitRaw(rec.worktree, STATUS_ARGS).catch(() => {
    });
  }, workers = await mapLimit(recs, 8, async (rec) => {
    let window = byName.get(rec.window), worktreeExists = hereOrThere(rec), events = readRecentEvents(registry.eventsFile(rec.name), 50), [rawScreen, g] = await Promise.all([
      wantScreen(rec) ? screenOf(rec) : void 0,
      opts.git && worktreeExists && isRemote(rec.host) ? remoteGitFacts(sshHost(config, rec.host), rec.worktree, rec.base).catch(() => {
      }) : opts.git && worktreeExists ? gitFacts(rec.worktree, rec.base, statusOf(rec), counted?.then((m) => m.get(rec.name))) : void 0
    ]), screen = rawScreen === void 0 ? void 0 : classifyScreen(rawScreen);
    if (screen && !screen.completion && config.worker.handshake !== "claude") {
      let plain = plainCompletion(rawScreen);
      plain && (screen.completion = plain);
    }
    let transcript = [...events].reverse().find((e) => e.transcript)?.transcript, limit = window && !window.dead ? detectLimit({ now, screen, events, transcriptError: transcriptApiError(transcript) }) : void 0, finish = finishExpectation(config, rec, originHeads ? { heads: await originHeads, head: headOf(rec) } : void 0), state = deriveState({
      now,
      events,
      screen,
      limit,
      limitBackoffMs: config.limits.backoffMin * 6e4,
      window: { exists: !!window, dead: window?.dead ?? !1, deadStatus: window?.deadStatus },
      stuckAfterMs: config.stuckAfterMin * 6e4,
      finish
    }), unseen = hostProblem(mux, rec.host);
    unseen && Object.assign(state, { state: "errored", reason: `host ${rec.host} unreachable: ${unseen}` });
    let usage = summarize(readWorkerUsage(registry.dir, rec.name, registry.eventsFile(rec.name), rec.created), config.pricing);
    return { rec, window, worktreeExists, events, screen, rawScreen, git: g, state, usage, limit, transcript, finish };
  }), zombies = existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath, { withFileTypes: !0 }).filter((d) => d.isDirectory()).map((d) => path2.join(config.worktreesPath, d.name)).filter((p) => !known.has(path2.resolve(p))) : [], names = new Set(all.map((r) => r.window)), orphans = windows.filter((w) => !names.has(w.name)), missing = all.filter((r) => !hereOrThere(r)).map((r) => r.name);
  return { workers, zombies, orphans, missing, windows, worktrees };
}
var STATUS_ARGS = ["status", "--porcelain", "--branch", "--untracked-files=all"];
async function gitFacts(worktree, base, statusOut, known) {
  let [status, ab] = await Promise.all([
    statusOut,
    Promise.resolve(known).then((k) => k ?? aheadBehind(worktree, `origin/${base}`).then((r) => r ?? aheadBehind(worktree, base)))
  ]), files = status === void 0 ? void 0 : status.split(`
`).filter((l) => l && !l.startsWith("## ")).map((l) => l.slice(3).replace(/^.* -> /, "").replace(/^"(.*)"$/, "$1"));
  return { uncommitted: files ? files.length : null, files, ahead: ab?.ahead ?? 0, behind: ab?.behind ?? 0 };
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
function transcriptApiError(transcript) {
  if (!transcript) return;
  let key;
  try {
    let st = statSync(transcript);
    key = `${st.size}:${st.mtimeMs}`;
  } catch {
    return;
  }
  let known = apiErrors.get(transcript);
  if (known?.key === key) return known.error;
  let error = lastApiError(readTail(transcript, 64 * 1024));
  return apiErrors.set(transcript, { key, error }), error;
}
var apiErrors = /* @__PURE__ */ new Map();

export {
  limitKindOf,
  resumeAt,
  limitReason,
  limitResumePrompt,
  STATES_NEEDING_HUMAN,
  deriveState,
  summarize,
  sumSummaries,
  formatCost,
  formatTokens,
  costLine,
  readWorkerUsage,
  finishExpectation,
  inspectProject,
  aheadBehindMany,
  countAheadBehind
};
