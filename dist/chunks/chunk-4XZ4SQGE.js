import {
  distScript,
  orchInvocation,
  shellQuote
} from "./chunk-35GFNY2N.js";
import {
  BRIEF_FILE
} from "./chunk-X7J22DY4.js";
import {
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  isRemote,
  sshHost
} from "./chunk-AQF2DLAR.js";
import {
  existsSync,
  mkdirSync,
  readFileSync
} from "./chunk-6W26X32X.js";
import {
  atomicWrite
} from "./chunk-JCYC3BIM.js";
import {
  excludeFromGit
} from "./chunk-ULDQNVZI.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";
import {
  require_shell_quote
} from "./chunk-HJUAAMKQ.js";
import {
  __toESM
} from "./chunk-LHO2KLC4.js";

// src/flows/worker/remote.ts
import path2 from "node:path";
import { createHash } from "node:crypto";
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/flows/worker/hooks-install.ts
import path from "node:path";
var HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "PostToolUseFailure", "Notification", "Stop", "StopFailure", "SubagentStop", "PreCompact", "PostCompact", "SessionEnd"], MARK = "orch-hook";
function mergeHooks(existing, commandFor) {
  let hooks = { ...existing.hooks ?? {} };
  for (let ev of HOOK_EVENTS) {
    let kept = (hooks[ev] ?? []).map((e) => ({ ...e, hooks: e.hooks.filter((h) => !h.command.includes(MARK)) })).filter((e) => e.hooks.length);
    hooks[ev] = [...kept, { matcher: "", hooks: [{ type: "command", command: commandFor(ev), timeout: 10 }] }];
  }
  return { ...existing, hooks };
}
async function installHooks(project, rec) {
  let file = path.join(rec.worktree, ".claude", "settings.local.json");
  mkdirSync(path.dirname(file), { recursive: !0 });
  let existing = {};
  if (existsSync(file))
    try {
      existing = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      existing = {};
    }
  let events = project.registry.eventsFile(rec.name);
  atomicWrite(file, mergeHooks(existing, (ev) => `${shellQuote([...orchInvocation(), "hook", ev, "--events", events])} # ${MARK}`)), atomicWrite(path.join(project.registry.dir, "guard.json"), { ...project.config.guard, base: project.config.defaultBranch }), await excludeFromGit(project.config.repoPath, "/.claude/settings.local.json");
}

// src/flows/worker/remote.ts
var posix = path2.posix;
function remoteOf(project, rec) {
  return isRemote(rec.host) ? sshHost(project.config, rec.host) : void 0;
}
var stateDirs = /* @__PURE__ */ new Map();
function remoteStateDir(h) {
  let p = stateDirs.get(h);
  return p || (p = h.must(["git", "-C", h.config.repoPath, "rev-parse", "--path-format=absolute", "--git-common-dir"], `reading the clone at ${h.config.repoPath}`).then((d) => posix.join(d.trim(), "session-orchestrator")), p.catch(() => stateDirs.delete(h)), stateDirs.set(h, p)), p;
}
async function remoteEventsFile(h, name) {
  return posix.join(await remoteStateDir(h), "events", `${name}.jsonl`);
}
async function remoteExclude(h, pattern) {
  await h.must(
    [
      "sh",
      "-c",
      'f="$(git -C "$1" rev-parse --path-format=absolute --git-common-dir)/info/exclude" || exit 1; mkdir -p "$(dirname "$f")" && touch "$f" && { grep -qxF -- "$2" "$f" || printf "%s\\n" "$2" >> "$f"; }',
      "sh",
      h.config.repoPath,
      pattern
    ],
    `excluding ${pattern} from git`
  );
}
async function remoteStartPoint(h, base) {
  let repo = h.config.repoPath, f = await h.exec(["git", "-C", repo, "fetch", "--quiet", "origin", base], { timeoutMs: 12e4 });
  if (f.exitCode === 255 && !f.stdout && /ssh|connect|resolve/i.test(f.stderr) && !/fatal:/.test(f.stderr)) throw h.unreachable(f.stderr);
  for (let ref of [`refs/remotes/origin/${base}`, `refs/heads/${base}`])
    if ((await h.exec(["git", "-C", repo, "rev-parse", "--verify", "--quiet", ref])).exitCode === 0) return ref === `refs/heads/${base}` ? base : `origin/${base}`;
  throw new OrchError("no-base", `${h.name}: base branch ${base} exists neither on origin nor in ${repo}`, { exitCode: 2, hint: `check the clone: ssh ${h.config.ssh} git -C ${repo} fetch origin` });
}
async function provisionRemote(project, h, p, rb, log) {
  let { config } = project, repo = h.config.repoPath, fetched = await remoteStartPoint(h, p.base), startPoint = p.startPoint && !p.startPoint.startsWith("origin/") ? p.startPoint : fetched;
  await h.must(["mkdir", "-p", h.config.worktreesPath], `creating ${h.config.worktreesPath}`), await h.must(["git", "-C", repo, "worktree", "add", "--quiet", ...p.branch ? ["-b", p.branch] : ["--detach"], p.worktree, startPoint], `git worktree add ${p.worktree}`, { timeoutMs: 12e4 }), rb.add(`removed worktree ${p.worktree} on ${h.name}${p.branch ? ` and branch ${p.branch}` : ""}`, async () => {
    let { closeWorker } = await import("./teardown-W3KQD53A.js");
    await closeWorker(project, p.name, { force: !1, deleteBranch: !0, dir: p.worktree, host: h.name, verb: "roll back" });
  }), await installRemotePushHook(h, { name: p.name, branch: p.branch, worktree: p.worktree });
  let copied = [];
  for (let rel of envFiles(config.layout)) {
    let src = path2.join(config.repoPath, rel);
    existsSync(src) && await h.writeFile(posix.join(p.worktree, rel.replace(/\\/g, "/")), readFileSync(src, "utf8"), { overwrite: !1, mode: "600" }) && copied.push(rel);
  }
  copied.length && log(`copied ${copied.join(", ")} to ${h.name}`);
  for (let rel of envFiles(config.layout)) await remoteExclude(h, `/${rel.replace(/\\/g, "/").replace(/^\.\//, "")}`);
  return await h.writeFile(posix.join(p.worktree, BRIEF_FILE), p.brief, { overwrite: !0 }), await remoteExclude(h, `/${BRIEF_FILE}`), { links: [] };
}
async function ensureRemoteHook(h) {
  let text = readFileSync(distScript("remote-hook.mjs"), "utf8"), hash = createHash("sha256").update(text).digest("hex").slice(0, 12), file = posix.join(await h.home(), ".cache", "orch", `hook-${hash}.mjs`);
  return await h.writeFile(file, text, { overwrite: !1 }), file;
}
async function installRemoteHooks(project, h, rec) {
  let [hook, events, state] = await Promise.all([ensureRemoteHook(h), remoteEventsFile(h, rec.name), remoteStateDir(h)]), file = posix.join(rec.worktree, ".claude", "settings.local.json"), existing = {};
  try {
    existing = JSON.parse(await h.readFile(file) ?? "{}");
  } catch {
    existing = {};
  }
  let commandFor = (ev) => `${(0, import_shell_quote.quote)(["node", hook, ev, "--events", events])} # orch-hook`;
  return await h.writeFile(file, `${JSON.stringify(mergeHooks(existing, commandFor), null, 2)}
`), await h.writeFile(posix.join(state, "guard.json"), `${JSON.stringify({ ...project.config.guard, base: project.config.defaultBranch }, null, 2)}
`), await h.must(["mkdir", "-p", posix.dirname(events)], "creating the events folder"), await remoteExclude(h, "/.claude/settings.local.json"), events;
}
async function remoteWorkerEnv(project, h, rec) {
  return { ...project.config.worker.setEnv, ...h.config.env, ORCH_WORKER: rec.name, ORCH_EVENTS_FILE: await remoteEventsFile(h, rec.name) };
}
async function resumeOnHost(ctx, project, h, rec) {
  let { config, mux } = project;
  if ((await h.exec(["test", "-d", rec.worktree])).exitCode !== 0)
    throw new OrchError("missing", `the worktree of ${rec.name} is gone on ${h.name} (${rec.worktree})`, { hint: `run \`orch close ${rec.name}\` to drop it, then \`orch start\` again` });
  let win = await mux.findWindow(rec.session, rec.window);
  if (win && !win.dead) {
    let { inspectProject } = await import("./inspect-5MMB4XGK.js"), state = (await inspectProject(project, { capture: !0, git: !1, names: [rec.name] })).workers[0]?.state;
    return { name: rec.name, host: h.name, action: "left alone (window alive)", state: state?.state, reason: state?.reason, repairs: [] };
  }
  let repairs = [];
  for (let rel of envFiles(config.layout)) {
    let src = path2.join(config.repoPath, rel);
    existsSync(src) && await h.writeFile(posix.join(rec.worktree, rel.replace(/\\/g, "/")), readFileSync(src, "utf8"), { overwrite: !1, mode: "600" }) && repairs.push(`copied ${rel} to ${h.name}`);
  }
  win?.dead && await mux.killWindow(rec.session, rec.window);
  let { launchWorker } = await import("./launch-REKKPIEO.js");
  return await launchWorker(project, rec, { resume: !0, log: (s) => ctx.out.info(s) }), { name: rec.name, host: h.name, action: "relaunched with a continue prompt", state: "working", reason: "resumed", repairs };
}
async function remoteGitFacts(h, worktree, base) {
  let r = await h.exec([
    "sh",
    "-c",
    `if s=$(git -C "$1" status --porcelain --untracked-files=all); then printf "%s\\n" "$s" | awk 'NF{n++} END{print n+0}'; else echo unknown; fi; git -C "$1" rev-list --left-right --count "origin/$2...HEAD" 2>/dev/null || git -C "$1" rev-list --left-right --count "$2...HEAD" 2>/dev/null`,
    "sh",
    worktree,
    base
  ]), [first = "", second = ""] = r.stdout.split(`
`), n = /^\d+$/.test(first.trim()) ? Number(first.trim()) : null, m = /^(\d+)\s+(\d+)/.exec(second.trim());
  return { uncommitted: n, behind: m ? Number(m[1]) : 0, ahead: m ? Number(m[2]) : 0 };
}
var WRITE_HOOKS = "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const fs=require('fs'),p=require('path');const d=JSON.parse(s);fs.mkdirSync(d.dir,{recursive:true});for(const[n,t]of Object.entries(d.files)){const f=p.join(d.dir,p.basename(n));fs.writeFileSync(f+'.tmp',t,{mode:0o755});fs.chmodSync(f+'.tmp',0o755);fs.renameSync(f+'.tmp',f)}})";
async function installRemotePushHook(h, rec) {
  let { GIT_HOOK_NAMES, chainHook, prePushHook } = await import("./git-hook-scripts-KDNCSYZV.js"), repo = h.config.repoPath, state = await remoteStateDir(h), dir = posix.join(state, "hooks", rec.name), cfg = await h.exec(["git", "-C", repo, "config", "--local", "--get", "core.worktree"]);
  if (cfg.exitCode === 0 && cfg.stdout.trim()) throw new OrchError("remote", `${h.name}: the clone at ${repo} sets core.worktree; per-worktree hooks cannot be set up there`, { hint: "use a plain clone as hosts[].repoPath" });
  await h.must(["git", "-C", repo, "config", "--local", "extensions.worktreeConfig", "true"], "enabling per-worktree config");
  let prev = (await h.exec(["git", "-C", rec.worktree, "config", "--get", "core.hooksPath"])).stdout.trim(), chainsTo = prev && prev !== dir ? prev : posix.join(posix.dirname(state), "hooks"), events = await remoteEventsFile(h, rec.name), files = Object.fromEntries(GIT_HOOK_NAMES.map((hook) => [hook, hook === "pre-push" ? prePushHook({ worker: rec.name, branch: rec.branch, hooksDir: chainsTo, eventsFile: events }) : chainHook(hook, chainsTo)]));
  return await h.must(["node", "-e", WRITE_HOOKS], "writing the git hooks", { input: JSON.stringify({ dir, files }) }), await h.must(["git", "-C", rec.worktree, "config", "--worktree", "core.hooksPath", dir], "setting core.hooksPath"), dir;
}
async function removeRemotePushHook(h, name) {
  !name || name.includes("/") || name === "." || name === ".." || await h.exec(["rm", "-rf", "--", posix.join(await remoteStateDir(h), "hooks", name)]);
}

export {
  installHooks,
  remoteOf,
  remoteStateDir,
  remoteEventsFile,
  remoteExclude,
  remoteStartPoint,
  provisionRemote,
  ensureRemoteHook,
  installRemoteHooks,
  remoteWorkerEnv,
  resumeOnHost,
  remoteGitFacts,
  installRemotePushHook,
  removeRemotePushHook
};
