import {
  readTail
} from "./chunk-RFRHITKX.js";

// src/state/events.ts
import { appendFileSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
function appendEvent(file, e) {
  mkdirSync(path.dirname(file), { recursive: !0 }), appendFileSync(file, `${JSON.stringify({ at: (/* @__PURE__ */ new Date()).toISOString(), ...e })}
`);
}
function readRecentEvents(file, max = 50, bytes = 64 * 1024) {
  let key;
  try {
    let st = statSync(file);
    key = `${st.size}:${st.mtimeMs}:${st.ino}:${max}:${bytes}`;
  } catch {
    return [];
  }
  let known = recent.get(file);
  if (known?.key === key) return known.events.slice();
  let events = parseRecent(file, max, bytes);
  return bytes <= 256 * 1024 && recent.set(file, { key, events }), events.slice();
}
var recent = /* @__PURE__ */ new Map();
function parseRecent(file, max, bytes) {
  let text = readTail(file, bytes), lines = text.split(`
`);
  text.length >= bytes && lines.shift();
  let out = [];
  for (let l of lines.slice(-max - 1))
    if (l.trim())
      try {
        out.push(JSON.parse(l));
      } catch {
      }
  return out.slice(-max);
}
async function waitForEvent(file, pred, timeoutMs, pollMs = 100) {
  let until = Date.now() + timeoutMs;
  for (; ; ) {
    let hit = readRecentEvents(file, 200).reverse().find(pred);
    if (hit) return hit;
    if (Date.now() >= until) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export {
  appendEvent,
  readRecentEvents,
  waitForEvent
};
