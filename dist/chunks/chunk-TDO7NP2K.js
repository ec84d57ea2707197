import {
  distScript
} from "./chunk-DE7BE6BW.js";
import {
  runHook
} from "./chunk-NTUE2UVK.js";
import {
  findExecutable
} from "./chunk-RZIVDDZH.js";

// src/adapters/hook-sh.ts
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var PROBES = [
  ["PostToolUse", { session_id: "s-1", transcript_path: '/t/a "b".jsonl', tool_name: "Read", tool_input: { file_path: '/src/\xE9 \u{1F600} \\ "q".ts' }, tool_response: { message: "nested", file: { content: `{"tool_name":"Bash"}
` } } }],
  ["Stop", { session_id: "s-1", last_assistant_message: `${`Done, "\xE9" \\ \u4E2D	
`.repeat(40)}WORKTREE_STATUS: COMPLETE
  REASON: ok

` }],
  ["PreToolUse", { tool_name: "Grep", tool_input: { pattern: `  a
	b${" x".repeat(80)}` } }]
], checked;
function shHookScript(env = process.env) {
  return shHook(env)?.script;
}
function shHook(env = process.env) {
  if (!(env.ORCH_HOOK_SH === "0" || process.platform === "win32")) {
    if (!checked) {
      let script = distScript("hook.sh"), key = checkKey(script, env), known = key ? remembered(key) : void 0;
      if (known) checked = { script: known.ok ? script : void 0, shell: known.shell };
      else {
        let ok = existsSync(script) && writesNodeLines(script, "sh");
        checked = { script: ok ? script : void 0, shell: ok && findExecutable("bash", env) && writesNodeLines(script, "bash") ? "bash" : "sh" }, key && remember(key, { ok, shell: checked.shell });
      }
    }
    return checked.script ? { script: checked.script, shell: checked.shell } : void 0;
  }
}
function checkKey(script, env) {
  try {
    let h = createHash("sha256").update(readFileSync(script));
    for (let tool of ["sh", "bash", "awk", "date"]) {
      let exe = findExecutable(tool, env), st = exe ? statSync(exe) : void 0;
      h.update(`\0${tool}\0${exe ?? ""}\0${st?.size ?? ""}\0${st?.mtimeMs ?? ""}\0${st?.ino ?? ""}`);
    }
    return h.digest("hex");
  } catch {
    return;
  }
}
var cacheFile = () => path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "orch", "hook-sh-check.json");
function remembered(key) {
  try {
    let v = JSON.parse(readFileSync(cacheFile(), "utf8"))[key];
    return v && typeof v.ok == "boolean" && (v.shell === "bash" || v.shell === "sh") ? v : void 0;
  } catch {
    return;
  }
}
function remember(key, v) {
  try {
    let file = cacheFile();
    mkdirSync(path.dirname(file), { recursive: !0 });
    let tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ [key]: v })}
`), renameSync(tmp, file);
  } catch {
  }
}
function writesNodeLines(script, shell) {
  let dir = mkdtempSync(path.join(os.tmpdir(), "orch-hook-probe-"));
  try {
    return PROBES.every(([event, payload], i) => {
      let viaSh = path.join(dir, `sh-${i}.jsonl`);
      return spawnSync(shell, [script, event, viaSh], { input: JSON.stringify(payload), encoding: "utf8", timeout: 5e3 }).status === 0 && existsSync(viaSh) && sameAsNodeHook(event, payload, readFileSync(viaSh, "utf8"));
    });
  } catch {
    return !1;
  } finally {
    rmSync(dir, { recursive: !0, force: !0 });
  }
}
async function shHookWritesNodeLines(run) {
  for (let [event, payload] of PROBES) {
    let line = await run(event, JSON.stringify(payload)).catch(() => {
    });
    if (line === void 0 || !sameAsNodeHook(event, payload, line)) return !1;
  }
  return !0;
}
function sameAsNodeHook(event, payload, shLine) {
  let dir = mkdtempSync(path.join(os.tmpdir(), "orch-hook-node-"));
  try {
    let viaNode = path.join(dir, "node.jsonl");
    runHook(event, ["--events", viaNode], JSON.stringify(payload), {});
    let { at, ...sh } = JSON.parse(shLine), { at: _, ...node } = JSON.parse(readFileSync(viaNode, "utf8"));
    return typeof at == "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at) && JSON.stringify(sh) === JSON.stringify(node);
  } catch {
    return !1;
  } finally {
    rmSync(dir, { recursive: !0, force: !0 });
  }
}

export {
  shHookScript,
  shHook,
  shHookWritesNodeLines
};
