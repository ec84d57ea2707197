import {
  sendPrompt,
  waitForTurnEnd
} from "./chunk-Q5XUUU2P.js";
import {
  classifyScreen,
  inspectProject,
  keysToChoose
} from "./chunk-5QOWBWEI.js";
import {
  readRecentEvents
} from "./chunk-2UWHLUQ3.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/talk.ts
import { readFileSync } from "node:fs";

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
  if (start < 0) return { markdown: "(no turn yet)", reply: "" };
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

`), reply };
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
    if (s === "dead" || s === "errored" && !f.window) throw new OrchError("not-running", `${name} is not running (${f.state.reason})`, { hint: `run \`orch resume ${name}\`` });
    if (o.force || f.screen?.kind === "idle") break;
    if (Date.now() > until) throw new OrchError("busy", `${name} stayed ${s} for ${Math.round(o.timeoutMs / 1e3)}s; nothing was sent`, { hint: "try again later, or pass --force to type anyway" });
    await new Promise((r) => setTimeout(r, 500));
  }
  let sent = await sendPrompt(project, rec, text, Math.max(5e3, Math.min(15e3, until - Date.now())));
  if (!o.wait) return { name, submitted: !0, reply: void 0 };
  let end = await waitForTurnEnd(project, rec, sent.submittedAt, Math.max(1e3, until - Date.now()));
  if (!end) throw new OrchError("timeout", `${name} did not finish its turn within the timeout`, { hint: `read progress with \`orch result ${name}\`` });
  let transcript = end.transcript ?? [...readRecentEvents(project.registry.eventsFile(name), 50)].reverse().find((e) => e.transcript)?.transcript, reply = end.message ?? "";
  if (transcript)
    try {
      reply = lastTurnMarkdown(readFileSync(transcript, "utf8"), !1).reply || reply;
    } catch {
    }
  return { name, submitted: !0, reply };
}
function resultFlow(project, name, full) {
  requireWorker(project, name);
  let ev = [...readRecentEvents(project.registry.eventsFile(name), 200)].reverse().find((e) => e.transcript);
  if (!ev?.transcript) throw new OrchError("no-transcript", `${name} has no transcript yet (no hook event named one)`, { hint: `check it started: \`orch status ${name}\`` });
  let text;
  try {
    text = readFileSync(ev.transcript, "utf8");
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

export {
  requireWorker,
  sendFlow,
  resultFlow,
  answerPermission
};
