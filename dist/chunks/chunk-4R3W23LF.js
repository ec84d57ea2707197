import {
  classifyScreen,
  pumpRemoteEvents,
  syncRemoteEvents
} from "./chunk-LIKMUZWK.js";
import {
  readRecentEvents,
  waitForEvent
} from "./chunk-VBAG2ASZ.js";
import {
  isRemote
} from "./chunk-C4EP7MAX.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/converse.ts
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function eventCount(project, name) {
  return readRecentEvents(project.registry.eventsFile(name), 1e5, 4 * 1024 * 1024).length;
}
async function sendPrompt(project, rec, text, timeoutMs = 1e4) {
  if (!isRemote(rec.host)) return sendPromptHere(project, rec, text, timeoutMs);
  await syncRemoteEvents(project, [rec]);
  let stop = pumpRemoteEvents(project, 300);
  try {
    return await sendPromptHere(project, rec, text, timeoutMs);
  } finally {
    stop();
  }
}
async function sendPromptHere(project, rec, text, timeoutMs) {
  let { mux } = project, file = project.registry.eventsFile(rec.name), before = eventCount(project, rec.name), since = (/* @__PURE__ */ new Date()).toISOString();
  await mux.sendLiteral(rec.session, rec.window, text), await sleep(250);
  let until = Date.now() + timeoutMs;
  for (; ; ) {
    await mux.sendKeys(rec.session, rec.window, ["Enter"]);
    let hit = await waitForEvent(file, (e) => e.event === "UserPromptSubmit" && e.at >= since, Math.min(2e3, Math.max(0, until - Date.now())));
    if (hit) return { submittedAt: hit.at };
    if (Date.now() >= until) break;
    let screen = classifyScreen(await mux.capture(rec.session, rec.window).catch(() => ""));
    if (screen.kind === "busy") return { submittedAt: since };
    if (!screen.inputText.includes(text.slice(0, 20)) && eventCount(project, rec.name) > before)
      return { submittedAt: since };
  }
  throw new OrchError("prompt-not-submitted", `${rec.name}: the prompt was typed but no UserPromptSubmit event arrived within ${Math.round(timeoutMs / 1e3)}s`, {
    hint: `attach (${mux.attachHint(rec.session, rec.window)}) and press Enter, or check the worker's hooks with \`orch status ${rec.name}\``
  });
}
async function waitForTurnEnd(project, rec, since, timeoutMs) {
  let stop = isRemote(rec.host) ? pumpRemoteEvents(project, 300) : () => {
  };
  try {
    return await waitForEvent(project.registry.eventsFile(rec.name), (e) => (e.event === "Stop" || e.event === "SessionEnd") && e.at >= since, timeoutMs, 150);
  } finally {
    stop();
  }
}

export {
  sendPrompt,
  waitForTurnEnd
};
