import {
  sendPrompt,
  waitForTurnEnd
} from "./chunk-4R3W23LF.js";
import {
  inspectProject,
  limitKindOf,
  limitReason
} from "./chunk-NWFVAOPQ.js";
import {
  serverInfo
} from "./chunk-UNCGYCQB.js";
import {
  classifyScreen,
  keysToChoose,
  syncRemoteEvents
} from "./chunk-LIKMUZWK.js";
import {
  readRecentEvents
} from "./chunk-VBAG2ASZ.js";
import {
  remoteOf
} from "./chunk-PXCXQY5C.js";
import {
  readTail
} from "./chunk-RFRHITKX.js";
import {
  isRemote
} from "./chunk-C4EP7MAX.js";
import {
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";
import {
  causeJson,
  whyField,
  workerJson
} from "./chunk-SVBYXOYY.js";

// src/core/transcript.ts
function blocks(l) {
  let c = l.message?.content;
  return typeof c == "string" ? [{ type: "text", text: c }] : Array.isArray(c) ? c : [];
}
function isHumanPrompt(l) {
  if (l.type !== "user" || l.isMeta || l.message?.role !== "user") return !1;
  let b = blocks(l);
  return b.length > 0 && !b.some((x) => x.type === "tool_result") && b.some((x) => x.type === "text" && !(x.text ?? "").startsWith("<"));
}
function resultText(content) {
  return typeof content == "string" ? content : Array.isArray(content) ? content.map((c) => c.text ?? "").join(`
`) : "";
}
function lastTurnMarkdown(jsonl, full) {
  let lines = [];
  for (let raw of jsonl.split(`
`))
    if (raw.trim())
      try {
        lines.push(JSON.parse(raw));
      } catch {
      }
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (isHumanPrompt(lines[i])) {
    start = i;
    break;
  }
  if (start < 0) return { markdown: "(no turn yet)", reply: "", prompt: "" };
  let out = [], prompt = blocks(lines[start]).filter((b) => b.type === "text" && !(b.text ?? "").startsWith("<")).map((b) => b.text).join(`
`);
  out.push(`**Prompt**

${prompt.split(`
`).map((l) => `> ${l}`).join(`
`)}`);
  let reply = "";
  for (let l of lines.slice(start + 1))
    for (let b of blocks(l))
      if (l.type === "assistant" && b.type === "text" && b.text?.trim())
        out.push(b.text.trim()), reply = b.text.trim();
      else if (b.type === "tool_use") {
        let arg = b.input?.command ?? b.input?.file_path ?? b.input?.pattern ?? JSON.stringify(b.input ?? {});
        out.push(`**${b.name}** \`${String(arg).replace(/`/g, "'").slice(0, 200)}\``);
      } else if (b.type === "tool_result") {
        let rows = resultText(b.content).split(`
`), shown = full || rows.length <= 5 ? rows : [...rows.slice(0, 5), `\u2026 (${rows.length - 5} more lines; --full shows all)`];
        out.push(`${b.is_error ? "Error:" : "Result:"}
\`\`\`
${shown.join(`
`)}
\`\`\``);
      }
  return { markdown: out.join(`

`), reply, prompt };
}

// src/flows/worker/talk.ts
function requireWorker(project, name) {
  let rec = project.registry.getWorker(name);
  if (!rec) throw new UsageError(`no worker named ${name}`, "run `orch list` to see the names");
  return rec;
}
async function sendFlow(project, name, text, o) {
  let rec = requireWorker(project, name);
  if (!text.trim()) throw new UsageError("the prompt is empty");
  let until = Date.now() + o.timeoutMs;
  for (; ; ) {
    let f = (await inspectProject(project, { capture: !0, git: !1, names: [name] })).workers[0], s = f.state.state;
    if (s === "waiting-approval" && !o.force) throw new OrchError("waiting-approval", `${name} is waiting for a permission answer (${f.state.reason})`, { hint: `answer it with \`orch approve ${name}\` or \`orch deny ${name}\`, or pass --force` });
    if (s === "dead" || s === "not-launched" || s === "errored" && !f.window) throw new OrchError("not-running", `${name} is not running (${f.state.reason})`, { hint: `run \`orch resume ${name}\`` });
    if (o.force || f.screen?.kind === "idle") break;
    if (Date.now() > until) throw new OrchError("busy", `${name} stayed ${s} for ${Math.round(o.timeoutMs / 1e3)}s; nothing was sent`, { hint: "try again later, or pass --force to type anyway" });
    await new Promise((r) => setTimeout(r, 500));
  }
  let sent = await sendPrompt(project, rec, text, Math.max(5e3, Math.min(15e3, until - Date.now())));
  if (!o.wait) return { name, submitted: !0, reply: void 0 };
  let end = await waitForTurnEnd(project, rec, sent.submittedAt, Math.max(1e3, until - Date.now()));
  if (!end) throw new OrchError("timeout", `${name} did not finish its turn within the timeout`, { hint: `read progress with \`orch result ${name}\`` });
  let transcript = end.transcript ?? [...readRecentEvents(project.registry.eventsFile(name), 50)].reverse().find((e) => e.transcript)?.transcript, reply = end.message ?? "";
  for (let tries = 0; transcript && tries < 10; tries++) {
    try {
      let turn = lastTurnMarkdown(await readWorkerFile(project, rec, transcript), !1);
      if (turn.prompt.trim() === text.trim() && turn.reply) {
        reply = turn.reply;
        break;
      }
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, submitted: !0, reply };
}
async function resultFlow(project, name, full) {
  let rec = requireWorker(project, name);
  isRemote(rec.host) && await syncRemoteEvents(project, [rec]);
  let ev = [...readRecentEvents(project.registry.eventsFile(name), 200)].reverse().find((e) => e.transcript);
  if (!ev?.transcript) throw new OrchError("no-transcript", `${name} has no transcript yet (no hook event named one)`, { hint: `check it started: \`orch status ${name}\`` });
  let text;
  try {
    text = await readWorkerFile(project, rec, ev.transcript);
  } catch {
    throw new OrchError("no-transcript", `cannot read the transcript of ${name} at ${ev.transcript}`);
  }
  return { name, transcript: ev.transcript, ...lastTurnMarkdown(text, full) };
}
async function answerPermission(project, name, answer) {
  let rec = requireWorker(project, name), screen = classifyScreen(await project.mux.capture(rec.session, rec.window));
  if (screen.kind !== "permission-prompt") throw new OrchError("no-prompt", `${name} is not showing a permission prompt (screen: ${screen.kind})`, { hint: `see it with \`orch status ${name}\`` });
  let wanted = answer === "approve" ? "Yes" : answer === "always" ? "Yes, and" : "No", opt = answer === "approve" ? screen.options.find((o) => o.label === "Yes" || /^Yes$/i.test(o.label.trim())) : void 0, keys = opt ? keysToChoose(screen, opt.label) : keysToChoose(screen, wanted);
  if (!keys) throw new OrchError("no-option", `no "${wanted}" option on ${name}'s permission prompt`);
  return await project.mux.sendKeys(rec.session, rec.window, keys), { name, answer, tool: screen.tool };
}
async function readWorkerFile(project, rec, file) {
  let h = remoteOf(project, rec);
  if (!h) return readFileSync(file, "utf8");
  let text = await h.readFile(file);
  if (text === void 0) throw new Error(`${file} is missing on ${h.name}`);
  return text;
}

// src/core/why.ts
var q = (s, n = 200) => {
  let one = s.replace(/\s+/g, " ").trim();
  return `"${one.length > n ? `${one.slice(0, n - 3)}...` : one}"`;
}, lastLine = (s) => s.split(`
`).map((l) => l.trim()).filter(Boolean).pop() ?? s.trim(), TRANSIENT_RE = /\b5\d\d\b|internal server error|unable to connect|connection (?:refused|reset|error)|timed? ?out|ECONN|socket hang up|fetch failed|network/i;
function explain(i) {
  let out = [], ev = i.events, s = i.screen, lastPrompt = findLastIndex(ev, (e) => e.event === "UserPromptSubmit"), turn = ev.slice(lastPrompt + 1);
  if (i.limit && out.push({ kind: "limited", summary: limitReason(i.limit, i.now, i.limitBackoffMs), evidence: [`${i.limit.source}: ${q(i.limit.evidence)}`] }), s?.kind === "permission-prompt" || i.state.state === "waiting-approval") {
    let pre = [...turn].reverse().find((e) => e.event === "PreToolUse"), tool = s?.tool ?? (pre?.tool ? `${pre.tool}${pre.summary ? `: ${pre.summary}` : ""}` : void 0);
    out.push({
      kind: "permission",
      summary: `waiting on a permission${tool ? ` for ${tool}` : ""}`,
      evidence: [...s?.kind === "permission-prompt" ? [`screen: ${q(s.tail.split(`
`).find((l) => /Do you want/i.test(l)) ?? "a permission prompt is open")}`] : [], ...pre ? [`event: PreToolUse ${pre.tool ?? ""}${pre.summary ? ` ${q(pre.summary)}` : ""} at ${pre.at}`] : []]
    });
  }
  let stopIdx = findLastIndex(ev, (e) => e.event === "Stop"), stop = stopIdx > lastPrompt ? ev[stopIdx] : void 0, said = stop?.message ?? (s?.kind === "idle" ? s.lastAssistantText : void 0);
  if ((i.state.state === "asking" || stop && said && /\?\s*$/.test(said.trim())) && said) {
    let question = said.trim().split(`
`).filter((l) => l.trim()).pop();
    out.push({ kind: "question", summary: `asked a question: ${q(question)}`, evidence: [`event: Stop at ${stop?.at ?? "?"}: ${q(question, 400)}`] });
  }
  if (s?.kind === "api-error" && !i.limit) {
    let line = s.problem ?? lastLine(s.tail), transient = TRANSIENT_RE.test(line) && !limitKindOf(line);
    out.push({ kind: "api-error", summary: `API error: ${q(line)}`, evidence: [`screen: ${q(line, 300)}`], transient });
  }
  let loop = failingLoop(ev, i.loopAfter ?? 3);
  loop && out.push(loop);
  let compactions = ev.filter((e) => e.event === "PreCompact" || e.event === "PostCompact"), ctxLine = s?.tail.split(`
`).find((l) => /context (?:left|low)|auto-compact/i.test(l));
  if (compactions.length || ctxLine) {
    let pre = compactions.filter((e) => e.event === "PreCompact"), last = compactions.at(-1);
    out.push({
      kind: "context-full",
      summary: `context nearly full${pre.length ? ` (compacted ${pre.length} time${pre.length === 1 ? "" : "s"}${last?.trigger ? `, last ${last.trigger}` : ""})` : ""}`,
      evidence: [...compactions.slice(-3).map((e) => `event: ${e.event}${e.trigger ? ` (${e.trigger})` : ""} at ${e.at}`), ...ctxLine ? [`screen: ${q(ctxLine)}`] : []],
      nearlyFullNow: !!ctxLine
    });
  }
  let finished = ev.some((e) => e.event === "FinishSucceeded") || ev.some((e) => e.event === "PreToolUse" && /\borch\b.*\bfinish\b/.test(e.summary ?? ""));
  if (stop && !finished && (i.state.state === "idle" || i.state.state === "done" || i.state.state === "finish-failed") && !out.some((c) => c.kind === "question") && out.push({ kind: "no-finish", summary: "finished its turn without running `orch finish`", evidence: [`event: Stop at ${stop.at}${stop.message ? `: ${q(lastLine(stop.message))}` : ""}`, "no `orch finish` call among its events"] }), !out.length) {
    let kind = i.state.state === "working" ? "working" : "other";
    out.push({ kind, summary: `${i.state.state}: ${i.state.reason}`, evidence: ev.slice(-3).map((e) => `event: ${e.event}${e.tool ? ` ${e.tool}` : ""}${e.summary ? ` ${q(e.summary)}` : ""} at ${e.at}`) });
  }
  return out;
}
function failingLoop(ev, after) {
  let runs = ev.filter((e) => (e.event === "PostToolUse" || e.event === "PostToolUseFailure") && e.tool), last = runs.at(-1);
  if (!last || last.event !== "PostToolUseFailure") return;
  let n = 0;
  for (let k = runs.length - 1; k >= 0; k--) {
    let e = runs[k];
    if (e.event !== "PostToolUseFailure" || e.tool !== last.tool || e.summary !== last.summary) break;
    n++;
  }
  if (n < after) return;
  let error = last.error ? lastLine(last.error) : "no error text recorded";
  return {
    kind: "failing-loop",
    summary: `repeating a failing command: ${last.tool}${last.summary ? ` ${q(last.summary, 120)}` : ""} failed ${n} times in a row; last error: ${q(error)}`,
    evidence: [`events: ${n} \xD7 PostToolUseFailure ${last.tool}${last.summary ? ` ${q(last.summary)}` : ""}, last at ${last.at}`, `error: ${q(error, 300)}`]
  };
}
function renderCauses(name, causes) {
  return [`${name}: ${causes[0].summary}`, ...causes.flatMap((c, k) => [...k ? [`  also: ${c.summary}`] : [], ...c.evidence.map((e) => `    ${e}`)])].join(`
`);
}
function findLastIndex(a, p) {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k])) return k;
  return -1;
}

// src/flows/watch/why.ts
function causesFor(project, f, now = Date.now()) {
  return explain({
    now,
    state: f.state,
    events: readRecentEvents(project.registry.eventsFile(f.rec.name), 200),
    screen: f.screen,
    limit: f.limit,
    transcriptTail: f.transcript ? readTail(f.transcript, 64 * 1024) : void 0,
    limitBackoffMs: project.config.limits.backoffMin * 6e4
  });
}
async function whyFlow(project, name) {
  requireWorker(project, name);
  let f = (await inspectProject(project, { capture: !0, git: !1, names: [name] })).workers[0], causes = causesFor(project, f);
  return { data: { ...workerJson(f, { why: whyField(f.state.state, () => causes[0].summary), server: serverInfo(f.rec) }), causes: causes.map(causeJson) }, text: renderCauses(name, causes) };
}

export {
  requireWorker,
  sendFlow,
  resultFlow,
  answerPermission,
  causesFor,
  whyFlow
};
