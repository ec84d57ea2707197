import {
  classifyScreen,
  keysToChoose,
  syncRemoteEvents
} from "./chunk-LIKMUZWK.js";
import {
  waitForEvent
} from "./chunk-VBAG2ASZ.js";
import {
  cpuTicks
} from "./chunk-KGQECQ7J.js";
import {
  installHooks,
  installRemoteHooks,
  remoteOf,
  remoteWorkerEnv,
  supportsHttpHooks
} from "./chunk-PXCXQY5C.js";
import {
  BRIEF_FILE,
  FIRST_PROMPT,
  RESUME_PROMPT
} from "./chunk-HMAPWGVG.js";
import {
  shHookScript
} from "./chunk-TDO7NP2K.js";
import {
  mkdirSync
} from "./chunk-LKC326JV.js";
import {
  ensureGuardServer,
  guardServerRunning,
  startGuardServer,
  startGuardServerFor
} from "./chunk-57DJHKGH.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";
import {
  findExecutable
} from "./chunk-RZIVDDZH.js";

// src/flows/worker/handshake.ts
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function bootFailure(r, preset) {
  let cmd = preset.cmd;
  switch (r.kind) {
    case "root-refused":
      return new OrchError("root-refused", `${cmd} refused to run with --dangerously-skip-permissions as root`, {
        hint: "run orch as a normal user, or set IS_SANDBOX=1 in workerCli.setEnv when this machine is a disposable sandbox"
      });
    case "api-key-prompt":
      return new OrchError("api-key-prompt", `${cmd} asks whether to use the custom API key in your environment ("Detected a custom API key")`, {
        hint: `answer it once by hand: run \`${cmd}\` in a terminal, choose, exit; orch never chooses for you`
      });
    case "theme-picker":
    case "login-method":
    case "oauth":
    case "third-party-platform":
    case "security-notes":
    case "not-logged-in":
      return new OrchError("not-logged-in", `claude is not logged in on this machine: run \`${cmd}\` once by hand`, {
        hint: "finish the login and onboarding screens in a terminal, then run `orch resume <name>`"
      });
    case "preflight-failed":
      return new OrchError("no-network", `${cmd} cannot reach Anthropic services (Unable to connect to Anthropic services)`, {
        hint: "check the network or proxy, then run `orch resume <name>`"
      });
    default:
      return;
  }
}
async function bootHandshake(t, opts = {}) {
  let start = Date.now(), deadline = start + (opts.timeoutMs ?? t.preset.bootWaitSec * 1e3), answered = [], lastScreen = "", seenSince = { kind: "", at: 0 };
  for (; ; ) {
    let seen = t.mux.windowAndScreen ? await t.mux.windowAndScreen(t.session, t.window) : void 0, win = seen ? seen.window : await t.mux.findWindow(t.session, t.window);
    if (!win) throw new OrchError("window-gone", `the window ${t.window} closed during boot`, { hint: "check the worker command and run `orch resume <name>`" });
    win.dead && await sleep(300);
    let screen = seen && !win.dead ? seen.screen : await t.mux.capture(t.session, t.window).catch(() => "");
    if (lastScreen = screen, t.preset.handshake === "claude") {
      let r = classifyScreen(screen), fail = bootFailure(r, t.preset) ?? (win.dead ? rootRefusalByFacts(win.deadStatus, t.preset) : void 0);
      if (fail) throw fail;
      if (win.dead) throw exited(win.deadStatus, r.tail || tailOf(screen));
      if (r.kind === "trust-folder" || r.kind === "bypass-warning") {
        if (seenSince.kind !== r.kind) {
          seenSince = { kind: r.kind, at: Date.now() }, await sleep(400);
          continue;
        }
        let keys = keysToChoose(r, r.kind === "trust-folder" ? "Yes, I trust" : "Yes, I accept");
        if (!keys) {
          if (Date.now() > deadline) throw new OrchError("unknown-screen", `cannot find the accepting option on the ${r.kind} screen:
${quote(r.tail)}`);
          await sleep(200);
          continue;
        }
        if (answered.filter((a) => a === r.kind).length >= 3) throw new OrchError("boot-stuck", `the ${r.kind} prompt does not go away:
${quote(r.tail)}`);
        await t.mux.sendKeys(t.session, t.window, keys), answered.push(r.kind), await waitUntilGone(t, r.kind, 3e3);
        continue;
      }
      if (r.kind === "idle" && (r.footerMode === "bypass" || t.preset.ready.some((s) => screen.includes(s)))) return { ms: Date.now() - start, answered };
    } else {
      if (win.dead) throw exited(win.deadStatus, tailOf(screen));
      let flat = screen.replace(/\s+/g, "");
      if (t.preset.accept.matchAny.length && !answered.includes("accept") && t.preset.accept.matchAny.some((m) => flat.includes(m.replace(/\s+/g, "")))) {
        let r = classifyScreen(screen), keys = t.preset.accept.send ? keysToChoose(r, t.preset.accept.send) : void 0;
        keys ? await t.mux.sendKeys(t.session, t.window, keys) : (t.preset.accept.send && await t.mux.sendLiteral(t.session, t.window, t.preset.accept.send), await t.mux.sendKeys(t.session, t.window, ["Enter"])), answered.push("accept");
      }
      if (!t.preset.ready.length || t.preset.ready.some((m) => flat.includes(m.replace(/\s+/g, "")))) return { ms: Date.now() - start, answered };
    }
    if (Date.now() > deadline)
      throw new OrchError("boot-timeout", `the worker was not ready after ${Math.round((Date.now() - start) / 1e3)}s; its screen ends with:
${quote(tailOf(lastScreen))}`, {
        hint: "attach to the window to see it, or raise workerCli.bootWaitSec"
      });
    await nextLook(seen && !win.host ? win.pid : void 0, start, opts.pollMs);
  }
}
async function nextLook(pid, start, pollMs) {
  let first = pollMs === void 0 ? cpuTicks(pid) : void 0;
  if (first === void 0) return sleep(pollMs ?? (Date.now() - start < 2e3 ? 150 : 300));
  let until = Date.now() + 1e3, last = first, worked = !1;
  for (; Date.now() < until; ) {
    await sleep(100);
    let now = cpuTicks(pid);
    if (now === void 0) return;
    if (now !== last) worked = !0;
    else if (worked) return;
    last = now;
  }
}
async function submitPrompt(t, prompt, confirm) {
  await t.mux.sendLiteral(t.session, t.window, prompt), await sleep(t.preset.handshake === "claude" ? 300 : 30);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await t.mux.sendKeys(t.session, t.window, ["Enter"]), t.preset.handshake !== "claude" && !confirm) return;
    let until = Date.now() + 4e3, lookedAt = 0;
    for (; Date.now() < until; ) {
      if (await sleep(100), confirm && await confirm() || t.preset.handshake !== "claude") return;
      if (confirm && Date.now() - lookedAt < 500) continue;
      lookedAt = Date.now();
      let r = classifyScreen(await t.mux.capture(t.session, t.window).catch(() => "")), head = prompt.slice(0, 20);
      if (r.kind === "busy" || r.kind !== "idle" && r.kind !== "unknown" && r.kind !== "blank" || r.kind === "idle" && !r.inputText.includes(head) && !confirm) return;
    }
  }
  throw new OrchError("prompt-not-submitted", "the prompt was typed but not submitted (the input box still holds it after two Enter presses)", {
    hint: 'attach to the window and press Enter, or run `orch send <name> "..."`'
  });
}
async function waitUntilGone(t, kind, ms) {
  let until = Date.now() + ms;
  for (; Date.now() < until; )
    if (await sleep(150), classifyScreen(await t.mux.capture(t.session, t.window).catch(() => "")).kind !== kind) return;
}
function rootRefusalByFacts(status, preset) {
  let root = process.getuid?.() === 0, bypass = preset.args.includes("--dangerously-skip-permissions"), sandbox = preset.setEnv.IS_SANDBOX === "1" || process.env.IS_SANDBOX === "1" && !preset.clearEnv.includes("IS_SANDBOX");
  if (!(status !== 1 || !root || !bypass || sandbox))
    return bootFailure({ kind: "root-refused" }, preset);
}
function exited(status, tail) {
  return new OrchError("worker-exited", `the worker exited${status === void 0 ? "" : ` with status ${status}`} during boot; its screen ends with:
${quote(tail)}`, {
    hint: "fix what the screen says, then run `orch resume <name>`"
  });
}
function tailOf(screen) {
  return screen.split(`
`).map((l) => l.trimEnd()).filter(Boolean).slice(-8).join(`
`);
}
function quote(s) {
  return (s || "(empty screen)").split(`
`).map((l) => `  | ${l}`).join(`
`);
}

// src/adapters/claude-version.ts
import path from "node:path";
import { readFileSync, realpathSync } from "node:fs";
var known = /* @__PURE__ */ new Map();
function claudeVersion(cmd, env = process.env) {
  let exe = findExecutable(cmd, env);
  if (!exe) return Promise.resolve(void 0);
  let real = exe;
  try {
    real = realpathSync(exe);
  } catch {
  }
  return known.has(real) || known.set(real, Promise.resolve(fromFiles(real) ?? asked(exe, env))), known.get(real);
}
function fromFiles(real) {
  let dir = path.dirname(real);
  for (let i = 0; i < 4; i++, dir = path.dirname(dir))
    try {
      let pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
      if (pkg.name === "@anthropic-ai/claude-code" && typeof pkg.version == "string") return pkg.version;
      if (pkg.name) break;
    } catch {
    }
  return /[/\\]versions[/\\](\d+\.\d+\.\d+)(?:[/\\]|$)/.exec(real)?.[1];
}
async function asked(exe, env) {
  let r = await run(exe, ["--version"], { env, extendEnv: !1, timeoutMs: 15e3 });
  return r.exitCode === 0 ? /\d+\.\d+\.\d+/.exec(r.stdout)?.[0] : void 0;
}

// src/flows/worker/launch.ts
function workerEnv(project, rec) {
  return {
    ...project.config.worker.setEnv,
    ORCH_WORKER: rec.name,
    ORCH_EVENTS_FILE: project.registry.eventsFile(rec.name),
    // The Node dist/orch.sh runs orch with (the brief's command line), whatever the worker's PATH.
    ORCH_NODE: process.execPath
  };
}
function guardServerEnv(project, rec) {
  let env = { ...process.env, ...workerEnv(project, rec) };
  for (let k of project.config.worker.clearEnv) k in project.config.worker.setEnv || delete env[k];
  return env;
}
async function httpHookDoor(project, rec, env) {
  let preset = project.config.worker;
  if (!(preset.name !== "claude" || process.platform === "win32" || env.ORCH_HTTP_HOOKS === "0" || !shHookScript()) && supportsHttpHooks(await claudeVersion(preset.cmd, env)))
    return ensureGuardServer(project.registry.dir, env);
}
function keepGuardServer(project, live) {
  let here = live.filter((r) => !remoteOf(project, r));
  project.config.worker.name !== "claude" || project.mux.kind === "headless" || !here.length || guardServerRunning(project.registry.dir) || startGuardServer(project.registry.dir, guardServerEnv(project, here[0]));
}
async function launchWorker(project, rec, opts) {
  let { config, mux, registry } = project, preset = config.worker;
  mkdirSync(registry.logsDir(), { recursive: !0 });
  let remote = remoteOf(project, rec), headless = !remote && mux.kind === "headless", serverEnv = remote || headless ? void 0 : guardServerEnv(project, rec);
  remote ? await installRemoteHooks(project, remote, rec) : await installHooks(project, rec, serverEnv ? await httpHookDoor(project, rec, serverEnv) : void 0), preset.name === "claude" && serverEnv && shHookScript() && startGuardServerFor(registry.dir, serverEnv);
  let args = [...preset.args, ...opts.resume ? preset.resumeArgs : []], command = headless && preset.name === "claude" ? [preset.cmd, ...args, "-p", opts.resume ? RESUME_PROMPT : FIRST_PROMPT] : [preset.cmd, ...args];
  if (await mux.newWindow({
    session: rec.session,
    name: rec.window,
    cwd: rec.worktree,
    command,
    env: { ...remote ? await remoteWorkerEnv(project, remote, rec) : workerEnv(project, rec), ...headless ? { ORCH_BRIEF_FILE: BRIEF_FILE } : {} },
    unsetEnv: preset.clearEnv.filter((k) => !(k in preset.setEnv)),
    logFile: `${registry.logsDir()}/${rec.name}.log`
  }), headless) return;
  let target = { mux, session: rec.session, window: rec.window, preset }, boot = await bootHandshake(target);
  opts.log(`${rec.name}: ready after ${(boot.ms / 1e3).toFixed(1)}s${boot.answered.length ? ` (answered ${boot.answered.join(", ")})` : ""}`);
  let events = registry.eventsFile(rec.name), since = Date.now(), sync = remote ? () => syncRemoteEvents(project, [rec]).then(() => {
  }) : () => Promise.resolve(), confirm = preset.name === "claude" ? async () => (await sync(), waitForEvent(events, (e) => e.event === "UserPromptSubmit" && Date.parse(e.at) >= since - 1e3, 0)) : void 0;
  await submitPrompt(target, opts.resume ? RESUME_PROMPT : FIRST_PROMPT, confirm ? async () => !!await confirm() : void 0);
}

export {
  workerEnv,
  guardServerEnv,
  keepGuardServer,
  launchWorker
};
