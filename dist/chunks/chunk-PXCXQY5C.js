import {
  isInside
} from "./chunk-AV3MXERG.js";
import {
  orchInvocation,
  shellQuote
} from "./chunk-2Y7JVHO3.js";
import {
  BRIEF_FILE
} from "./chunk-HMAPWGVG.js";
import {
  dependencyFolders,
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  shHook,
  shHookWritesNodeLines
} from "./chunk-TDO7NP2K.js";
import {
  isRemote,
  sshFailed,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync
} from "./chunk-LKC326JV.js";
import {
  GIT_HOOK_NAMES,
  chainHook,
  prePushHook
} from "./chunk-TPS3XHEN.js";
import {
  distScript
} from "./chunk-DE7BE6BW.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  atomicWrite,
  atomicWriteIfChanged
} from "./chunk-FVQNOVXB.js";
import {
  addDetachedWorktree,
  addWorktree,
  addWorktreeExisting,
  commonDir,
  excludeFromGit,
  fetch,
  gitRaw,
  gitTry,
  hasRemote,
  refExists,
  setWorktreeHooksPath,
  withLockRetry
} from "./chunk-IIWHDVOR.js";
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
import path5 from "node:path";
import { createHash as createHash3 } from "node:crypto";

// src/flows/worker/provision.ts
import path3 from "node:path";

// src/adapters/links.ts
import path from "node:path";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync as existsSync2, linkSync, lstatSync, mkdirSync as mkdirSync2, readdirSync, readlinkSync, realpathSync, symlinkSync, unlinkSync } from "node:fs";
var KNOWN_CACHES = [".cache", ".vite", ".vitest", ".jest-cache", ".parcel-cache", ".eslintcache", ".turbo", ".next/cache"], CACHE_NAMES = new Set(KNOWN_CACHES.filter((c) => !c.includes("/")));
function linkKind() {
  return process.platform === "win32" ? "junction" : "dir";
}
function linkDependencyEntries(repo, worktree, rel, templates) {
  let source = path.join(repo, rel), dest = path.join(worktree, rel);
  if (!existsSync2(source)) return { result: "source-missing", added: 0 };
  if (lstatExists(dest) && linkState(repo, worktree, rel) !== "entries") return { result: "exists", added: 0 };
  let template = templates && process.platform !== "win32" ? path.join(templates, createHash("sha256").update(source).digest("hex").slice(0, 16)) : void 0, added = 0, fill = (from, to, depth) => {
    mkdirSync2(to, { recursive: !0 });
    for (let e of readdirSync(from, { withFileTypes: !0 })) {
      if (depth === 0 && CACHE_NAMES.has(e.name)) continue;
      let src = path.join(from, e.name), dst = path.join(to, e.name);
      if (depth === 0 && e.name.startsWith("@") && e.isDirectory()) {
        (!lstatExists(dst) || lstatSync(dst).isDirectory() && !lstatSync(dst).isSymbolicLink()) && fill(src, dst, 1);
        continue;
      }
      if (lstatExists(dst)) continue;
      let kept = template && keptLink(src, path.join(template, path.relative(source, src)));
      kept && hardLink(kept, dst) || symlinkSync(src, dst, e.isDirectory() || e.isSymbolicLink() && isDirectory(src) ? linkKind() : "file"), added++;
    }
  };
  return fill(source, dest, 0), { result: "linked", added };
}
function keptLink(target, at) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (readlinkSync(at) === target) return at;
      unlinkSync(at);
    } catch {
    }
    try {
      return symlinkSync(target, at), at;
    } catch (e) {
      e.code === "ENOENT" && mkdirSync2(path.dirname(at), { recursive: !0 });
    }
  }
}
function hardLink(from, to) {
  try {
    return linkSync(from, to), !0;
  } catch {
    return !1;
  }
}
function isDirectory(p) {
  try {
    return lstatSync(realpathSync(p)).isDirectory();
  } catch {
    return !1;
  }
}
function entryLinks(repo, worktree, rel) {
  let dir = path.join(worktree, rel), into = path.join(repo, rel), out = [], look = (d, depth) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let e of entries) {
      let p = path.join(d, e.name);
      if (e.isSymbolicLink()) {
        let raw = readlinkSync(p), target = path.resolve(d, raw);
        isInside(target, into) && out.push({ path: p, raw, target, intoMain: !0 });
      } else depth === 0 && e.isDirectory() && e.name.startsWith("@") && look(p, 1);
    }
  };
  return look(dir, 0), out;
}
function linkDependency(repo, worktree, rel) {
  let source = path.join(repo, rel), link = path.join(worktree, rel);
  return existsSync2(source) ? lstatExists(link) ? "exists" : (mkdirSync2(path.dirname(link), { recursive: !0 }), symlinkSync(source, link, process.platform === "win32" ? "junction" : "dir"), "linked") : "source-missing";
}
function linkState(repo, worktree, rel) {
  let link = path.join(worktree, rel);
  if (!lstatExists(link)) return existsSync2(path.join(repo, rel)) ? "missing" : "source-missing";
  let st = lstatSync(link);
  return st.isSymbolicLink() ? path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(repo, rel) ? "linked" : "wrong-target" : st.isDirectory() && entryLinks(repo, worktree, rel).length ? "entries" : "real-dir";
}
function detachEntryLinks(repo, worktree, rel) {
  let found = entryLinks(repo, worktree, rel), done = [];
  for (let l of found)
    try {
      unlinkSync(l.path), done.push(l);
    } catch {
    }
  return done;
}
function detachLink(worktree, rel) {
  let link = path.join(worktree, rel);
  return lstatExists(link) ? lstatSync(link).isSymbolicLink() ? (unlinkSync(link), "detached") : "real-dir" : "absent";
}
function copyEnvFiles(repo, worktree, files) {
  let copied = [];
  for (let rel of files) {
    let src = path.join(repo, rel), dst = path.join(worktree, rel);
    !existsSync2(src) || lstatExists(dst) || (mkdirSync2(path.dirname(dst), { recursive: !0 }), copyFileSync(src, dst), copied.push(rel));
  }
  return copied;
}
function lstatExists(p) {
  try {
    return lstatSync(p), !0;
  } catch {
    return !1;
  }
}

// src/adapters/push-hook.ts
import path2 from "node:path";
import { createHash as createHash2 } from "node:crypto";
import { chmodSync, existsSync as existsSync3, mkdirSync as mkdirSync3, readFileSync as readFileSync2, renameSync, rmSync, statSync, writeFileSync as writeFileSync2 } from "node:fs";
function pushHookDir(registryDir, name) {
  if (!name || name === "." || name === ".." || name !== path2.basename(name)) throw new OrchError("bad-name", `not a worker name: ${JSON.stringify(name)}`);
  return path2.join(registryDir, "hooks", name);
}
var shPath = (p) => process.platform === "win32" ? p.replace(/\\/g, "/") : p;
async function installPushHook(i) {
  let dir = pushHookDir(i.registryDir, i.name);
  await enableWorktreeConfig(i.repoPath);
  let chainsTo = await previousHooksDir(i.worktree, dir, path2.dirname(i.registryDir));
  mkdirSync3(dir, { recursive: !0 });
  let changed = !1, chains = GIT_HOOK_NAMES.filter((h) => h !== "pre-push").map((hook) => ({ hook, text: chainHook(hook, shPath(chainsTo)) })), shared = i.fresh ? sharedChainHooks(i.registryDir, chains) : void 0;
  for (let { hook, text } of [...chains, { hook: "pre-push", text: prePushHook({ worker: i.name, branch: i.branch, hooksDir: shPath(chainsTo), eventsFile: shPath(i.eventsFile) }) }]) {
    let file = path2.join(dir, hook);
    i.fresh && !existsSync3(file) ? (shared && hook !== "pre-push" && hardLink(path2.join(shared, hook), file) || writeFileSync2(file, text, { mode: 493 }), changed = !0) : writeHook(file, text) && (changed = !0);
  }
  let current = i.fresh ? void 0 : await gitTry(i.worktree, ["config", "--worktree", "--get", "core.hooksPath"]);
  return (!current?.ok || current.out !== dir) && (await setWorktreeHooksPath(i.worktree, dir), changed = !0), { dir, chainsTo, changed };
}
function removePushHook(registryDir, name) {
  let dir = pushHookDir(registryDir, name), existed = existsSync3(dir);
  return rmSync(dir, { recursive: !0, force: !0 }), existed;
}
async function enableWorktreeConfig(repo) {
  let on = await gitTry(repo, ["config", "--local", "--type=bool", "--get", "extensions.worktreeConfig"]);
  if (on.ok && on.out === "true") return;
  let common = await commonDir(repo), shared = path2.join(common, "config"), mainOnly = path2.join(common, "config.worktree"), bare = await gitTry(repo, ["config", "--file", shared, "--type=bool", "--get", "core.bare"]);
  bare.ok && bare.out === "true" && await moveSetting("core.bare", "true", shared, mainOnly, repo);
  let wt = await gitTry(repo, ["config", "--file", shared, "--get", "core.worktree"]);
  wt.ok && wt.out && await moveSetting("core.worktree", wt.out, shared, mainOnly, repo), await withLockRetry(() => gitRaw(repo, ["config", "--local", "extensions.worktreeConfig", "true"]));
}
async function moveSetting(key, value, from, to, repo) {
  await withLockRetry(() => gitRaw(repo, ["config", "--file", to, key, value])), await withLockRetry(() => gitRaw(repo, ["config", "--file", from, "--unset", key]));
}
async function previousHooksDir(worktree, ours2, common) {
  let r = await gitTry(worktree, ["config", "--show-scope", "--type=path", "--get-all", "core.hooksPath"]), values = (r.ok ? r.out.split(`
`) : []).map((l) => ({ scope: l.slice(0, l.indexOf("	")), value: l.slice(l.indexOf("	") + 1) })).filter((v) => ["system", "global", "local"].includes(v.scope) && v.value), last = values[values.length - 1]?.value;
  return last && path2.resolve(worktree, last) !== ours2 ? last : path2.join(common, "hooks");
}
function sharedChainHooks(registryDir, chains) {
  let key = createHash2("sha256").update(chains.map((c) => `${c.hook}\0${c.text}`).join("\0")).digest("hex").slice(0, 16), dir = path2.join(registryDir, "hooks", `.chain-${key}`);
  if (existsSync3(dir)) return dir;
  let tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync3(tmp, { recursive: !0 });
    for (let c of chains) writeFileSync2(path2.join(tmp, c.hook), c.text, { mode: 493 });
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: !0, force: !0 });
  }
  return existsSync3(dir) ? dir : void 0;
}
function writeHook(file, text) {
  if (existsSync3(file) && readFileSync2(file, "utf8") === text && (statSync(file).mode & 73) !== 0) return !1;
  let tmp = `${file}.${process.pid}.tmp`;
  return writeFileSync2(tmp, text), chmodSync(tmp, 493), renameSync(tmp, file), !0;
}

// src/flows/worker/provision.ts
var queues = /* @__PURE__ */ new Map();
function serialPerRepo(repo, fn) {
  let next = (queues.get(repo) ?? Promise.resolve()).then(fn, fn);
  return queues.set(repo, next.catch(() => {
  })), next;
}
async function startPointFor(config, base) {
  if (await hasRemote(config.repoPath) && (await fetch(config.repoPath, "origin", base).catch(() => {
  }), await refExists(config.repoPath, `refs/remotes/origin/${base}`)))
    return `origin/${base}`;
  if (await refExists(config.repoPath, base)) return base;
  throw new OrchError("no-base", `base branch ${base} exists neither on origin nor locally`, { hint: "check defaultBranch in the config or pass --base <branch>", exitCode: 2 });
}
async function baseAheadWarning(config, base) {
  if (!await refExists(config.repoPath, `refs/remotes/origin/${base}`) || !await refExists(config.repoPath, `refs/heads/${base}`)) return;
  let r = await gitTry(config.repoPath, ["rev-list", "--count", `refs/remotes/origin/${base}..refs/heads/${base}`]), n = Number(r.out);
  if (!(!r.ok || !(n > 0)))
    return `${base} is ${n} commit${n === 1 ? "" : "s"} ahead of origin/${base}: workers start from origin/${base} (push ${base} first if they need ${n === 1 ? "it" : "them"})`;
}
async function provisionWorktree(project, p, rb, log) {
  let { config } = project;
  if (isRemote(p.host)) {
    let { provisionRemote: provisionRemote2 } = await import("./remote-KEMQCVKX.js");
    return provisionRemote2(project, sshHost(config, p.host), p, rb, log);
  }
  let startPoint = p.reuseBranch ? "" : p.startPoint ?? await startPointFor(config, p.base);
  mkdirSync(config.worktreesPath, { recursive: !0 }), await serialPerRepo(config.repoPath, async () => {
    p.branch && p.reuseBranch ? await addWorktreeExisting(config.repoPath, p.worktree, p.branch) : p.branch ? await addWorktree(config.repoPath, p.worktree, p.branch, startPoint) : await addDetachedWorktree(config.repoPath, p.worktree, startPoint);
  }), rb.add(`removed worktree ${p.worktree}${p.branch ? ` and branch ${p.branch}` : ""}`, async () => {
    let { closeWorker } = await import("./teardown-YUO5DPV3.js"), closed = await closeWorker(project, p.name, { force: !1, deleteBranch: !p.reuseBranch, dir: p.worktree, verb: "roll back" });
    if (!p.reuseBranch && closed.branch?.action === "kept") throw new Error(`kept branch ${closed.branch.name}: ${closed.branch.why}`);
  }), await installPushHook({ repoPath: config.repoPath, worktree: p.worktree, registryDir: project.registry.dir, name: p.name, branch: p.branch, eventsFile: project.registry.eventsFile(p.name), fresh: !0 });
  let copied = copyEnvFiles(config.repoPath, p.worktree, envFiles(config.layout));
  copied.length && log(`copied ${copied.join(", ")}`), await excludeEnvFiles(config);
  let links = await setUpDependencies(config, p.worktree, log, path3.join(project.registry.dir, "links"));
  return writeFileSync(path3.join(p.worktree, BRIEF_FILE), p.brief), await excludeFromGit(config.repoPath, `/${BRIEF_FILE}`), { links };
}
async function excludeEnvFiles(config) {
  for (let rel of envFiles(config.layout)) await excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, "/").replace(/^\.\//, "")}`);
}
async function setUpDependencies(config, worktree, log, templates) {
  let folders = dependencyFolders(config.layout), links = [];
  if (config.worktreeDeps === "junction") {
    for (let rel of folders) {
      let r = linkDependencyEntries(config.repoPath, worktree, rel, templates);
      r.result === "linked" && links.push(rel), r.result === "source-missing" && log(`${rel} is missing in the main checkout: install dependencies there first`);
    }
    for (let rel of links) await excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, "/")}`);
    return links;
  }
  let pkgDirs = [...new Set(folders.map((f) => path3.dirname(f)))].filter((d) => existsSync(path3.join(worktree, d, "package.json")));
  for (let d of pkgDirs) {
    let dir = path3.join(worktree, d), pm = existsSync(path3.join(dir, "pnpm-lock.yaml")) ? "pnpm" : existsSync(path3.join(dir, "yarn.lock")) ? "yarn" : "npm", args = pm === "npm" ? existsSync(path3.join(dir, "package-lock.json")) ? ["ci"] : ["install"] : ["install", "--frozen-lockfile"];
    log(`installing dependencies in ${d} with ${pm}`);
    let r = await run(pm, args, { cwd: dir });
    if (r.exitCode !== 0) throw new OrchError("install-failed", `${pm} ${args.join(" ")} failed in ${dir}: ${r.stderr.split(`
`).slice(-5).join(" | ")}`);
  }
  return links;
}

// src/flows/worker/remote.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/flows/worker/hooks-install.ts
import path4 from "node:path";

// src/core/claude-http-hooks.ts
var HTTP_HOOKS_SINCE = "2.1.63";
function parseVersion(text) {
  let m = /(\d+)\.(\d+)\.(\d+)/.exec(text ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : void 0;
}
function supportsHttpHooks(version) {
  let v = parseVersion(version), since = parseVersion(HTTP_HOOKS_SINCE);
  if (!v) return !1;
  for (let i = 0; i < 3; i++) if (v[i] !== since[i]) return v[i] > since[i];
  return !0;
}
var NOT_BASH = "^(?!Bash$).*", HTTP_HOOK_PATH = "/orch-hook/";
function httpHook(event, door, eventsFile) {
  return { type: "http", url: `http://127.0.0.1:${door.port}${HTTP_HOOK_PATH}${event}`, headers: { "x-orch-key": door.clientKey, "x-orch-events": eventsFile }, timeout: 10 };
}

// src/flows/worker/hooks-install.ts
var HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "PostToolUseFailure", "Notification", "Stop", "StopFailure", "SubagentStop", "PreCompact", "PostCompact", "SessionEnd"], MARK = "orch-hook", COMMAND_ONLY = /* @__PURE__ */ new Set(["SessionStart"]), ours = (h) => typeof h.command == "string" && h.command.includes(MARK) || h.type === "http" && typeof h.url == "string" && h.url.includes(HTTP_HOOK_PATH);
function mergeHooks(existing, commandFor, httpFor) {
  let hooks = { ...existing.hooks ?? {} };
  for (let ev of HOOK_EVENTS) {
    let kept = (hooks[ev] ?? []).map((e) => ({ ...e, hooks: (e.hooks ?? []).filter((h) => !ours(h)) })).filter((e) => e.hooks.length), command = { type: "command", command: commandFor(ev), timeout: 10 }, mine = !httpFor || COMMAND_ONLY.has(ev) ? [{ matcher: "", hooks: [command] }] : ev === "PreToolUse" ? [{ matcher: "Bash", hooks: [command] }, { matcher: NOT_BASH, hooks: [httpFor(ev)] }] : [{ matcher: "", hooks: [httpFor(ev)] }];
    hooks[ev] = [...kept, ...mine];
  }
  return { ...existing, hooks };
}
function hookCommand(event, eventsFile, env = process.env) {
  let sh = shHook(env);
  return sh ? [sh.shell, sh.script, event, eventsFile, process.execPath, distScript("hook.mjs")] : [...orchInvocation(), "hook", event, "--events", eventsFile];
}
async function installHooks(project, rec, door) {
  let file = path4.join(rec.worktree, ".claude", "settings.local.json");
  mkdirSync(path4.dirname(file), { recursive: !0 });
  let existing = {};
  if (existsSync(file))
    try {
      existing = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      existing = {};
    }
  let events = project.registry.eventsFile(rec.name);
  atomicWrite(file, mergeHooks(existing, (ev) => `${shellQuote(hookCommand(ev, events))} # ${MARK}`, door ? (ev) => httpHook(ev, door, events) : void 0)), atomicWriteIfChanged(path4.join(project.registry.dir, "guard.json"), { ...project.config.guard, base: project.config.defaultBranch }), await excludeFromGit(project.config.repoPath, "/.claude/settings.local.json");
}

// src/flows/worker/remote.ts
var posix = path5.posix;
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
  if (sshFailed(f)) throw h.unreachable(f.stderr);
  for (let ref of [`refs/remotes/origin/${base}`, `refs/heads/${base}`])
    if ((await h.exec(["git", "-C", repo, "rev-parse", "--verify", "--quiet", ref])).exitCode === 0) return ref === `refs/heads/${base}` ? base : `origin/${base}`;
  throw new OrchError("no-base", `${h.name}: base branch ${base} exists neither on origin nor in ${repo}`, { exitCode: 2, hint: `check the clone: ssh ${h.config.ssh} git -C ${repo} fetch origin` });
}
async function provisionRemote(project, h, p, rb, log) {
  let { config } = project, repo = h.config.repoPath, fetched = await remoteStartPoint(h, p.base), startPoint = p.startPoint && !p.startPoint.startsWith("origin/") ? p.startPoint : fetched;
  await h.must(["mkdir", "-p", h.config.worktreesPath], `creating ${h.config.worktreesPath}`), await serialPerRepo(`${h.name}:${repo}`, async () => {
    let add = await h.exec(["git", "-C", repo, "worktree", "add", "--quiet", ...p.branch ? ["-b", p.branch] : ["--detach"], p.worktree, startPoint], { timeoutMs: 12e4 });
    if (add.exitCode !== 0) {
      if (sshFailed(add)) throw h.unreachable(add.stderr);
      if (p.branch && (await h.exec(["test", "-e", p.worktree])).exitCode !== 0) {
        let [b, s] = await Promise.all([h.exec(["git", "-C", repo, "rev-parse", "--verify", "--quiet", `refs/heads/${p.branch}`]), h.exec(["git", "-C", repo, "rev-parse", "--verify", "--quiet", `${startPoint}^{commit}`])]);
        b.exitCode === 0 && b.stdout.trim() === s.stdout.trim() && await h.exec(["git", "-C", repo, "branch", "-D", p.branch]);
      }
      throw new OrchError("remote", `${h.name}: git worktree add ${p.worktree} failed: ${add.stderr.trim().split(`
`).slice(-2).join(" | ")}`);
    }
  }), rb.add(`removed worktree ${p.worktree} on ${h.name}${p.branch ? ` and branch ${p.branch}` : ""}`, async () => {
    let { closeWorker } = await import("./teardown-YUO5DPV3.js");
    await closeWorker(project, p.name, { force: !1, deleteBranch: !0, dir: p.worktree, host: h.name, verb: "roll back" });
  }), await installRemotePushHook(h, { name: p.name, branch: p.branch, worktree: p.worktree });
  let copied = [];
  for (let rel of envFiles(config.layout)) {
    let src = path5.join(config.repoPath, rel);
    existsSync(src) && await h.writeFile(posix.join(p.worktree, rel.replace(/\\/g, "/")), readFileSync(src, "utf8"), { overwrite: !1, mode: "600" }) && copied.push(rel);
  }
  copied.length && log(`copied ${copied.join(", ")} to ${h.name}`);
  for (let rel of envFiles(config.layout)) await remoteExclude(h, `/${rel.replace(/\\/g, "/").replace(/^\.\//, "")}`);
  return await h.writeFile(posix.join(p.worktree, BRIEF_FILE), p.brief, { overwrite: !0 }), await remoteExclude(h, `/${BRIEF_FILE}`), { links: [] };
}
async function ensureRemoteHook(h) {
  let text = readFileSync(distScript("hook.mjs"), "utf8"), hash = createHash3("sha256").update(text).digest("hex").slice(0, 12), file = posix.join(await h.home(), ".cache", "orch", `hook-${hash}.mjs`);
  return await h.writeFile(file, text, { overwrite: !1 }), file;
}
var shHooks = /* @__PURE__ */ new Map();
function ensureRemoteShHook(h) {
  if (process.env.ORCH_HOOK_SH === "0") return Promise.resolve(void 0);
  let found = shHooks.get(h.name);
  return found || (found = (async () => {
    let text = readFileSync(distScript("hook.sh"), "utf8"), hash = createHash3("sha256").update(text).digest("hex").slice(0, 12), file = posix.join(await h.home(), ".cache", "orch", `hook-${hash}.sh`);
    return await h.writeFile(file, text, { overwrite: !1 }), await shHookWritesNodeLines(async (event, stdin) => {
      let r = await h.exec(["sh", "-c", 'f=$(mktemp) || exit 1; sh "$1" "$2" "$f" && cat "$f"; s=$?; rm -f "$f"; exit $s', "sh", file, event], { input: stdin, timeoutMs: 15e3 });
      return r.exitCode === 0 ? r.stdout : void 0;
    }) ? file : void 0;
  })().catch(() => {
  }), shHooks.set(h.name, found)), found;
}
async function installRemoteHooks(project, h, rec) {
  let [hook, sh, events, state] = await Promise.all([ensureRemoteHook(h), ensureRemoteShHook(h), remoteEventsFile(h, rec.name), remoteStateDir(h)]), file = posix.join(rec.worktree, ".claude", "settings.local.json"), existing = {};
  try {
    existing = JSON.parse(await h.readFile(file) ?? "{}");
  } catch {
    existing = {};
  }
  let commandFor = (ev) => `${(0, import_shell_quote.quote)(sh ? ["sh", sh, ev, events, "node", hook] : ["node", hook, ev, "--events", events])} # orch-hook`;
  return await h.writeFile(file, `${JSON.stringify(mergeHooks(existing, commandFor), null, 2)}
`), await h.writeFile(posix.join(state, "guard.json"), `${JSON.stringify({ ...project.config.guard, base: project.config.defaultBranch }, null, 2)}
`), await h.must(["mkdir", "-p", posix.dirname(events)], "creating the events folder"), await remoteExclude(h, "/.claude/settings.local.json"), events;
}
async function remoteWorkerEnv(project, h, rec) {
  return { ...Object.fromEntries(Object.entries({ ...project.config.worker.setEnv, ...h.config.env }).filter(([k]) => !GITHUB_TOKEN_VARS.includes(k))), ORCH_WORKER: rec.name, ORCH_EVENTS_FILE: await remoteEventsFile(h, rec.name), ORCH_NODE: process.execPath };
}
var GITHUB_TOKEN_VARS = ["GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"];
async function resumeOnHost(ctx, project, h, rec) {
  let { config, mux } = project;
  if ((await h.exec(["test", "-d", rec.worktree])).exitCode !== 0)
    throw new OrchError("missing", `the worktree of ${rec.name} is gone on ${h.name} (${rec.worktree})`, { hint: `run \`orch close ${rec.name}\` to drop it, then \`orch start\` again` });
  let win = await mux.findWindow(rec.session, rec.window);
  if (win && !win.dead) {
    let { inspectProject } = await import("./inspect-V6IEJLCS.js"), state = (await inspectProject(project, { capture: !0, git: !1, names: [rec.name] })).workers[0]?.state;
    return { name: rec.name, host: h.name, action: "left alone (window alive)", state: state?.state, reason: state?.reason, repairs: [] };
  }
  let repairs = [];
  for (let rel of envFiles(config.layout)) {
    let src = path5.join(config.repoPath, rel);
    existsSync(src) && await h.writeFile(posix.join(rec.worktree, rel.replace(/\\/g, "/")), readFileSync(src, "utf8"), { overwrite: !1, mode: "600" }) && repairs.push(`copied ${rel} to ${h.name}`);
  }
  win?.dead && await mux.killWindow(rec.session, rec.window);
  let { launchWorker } = await import("./launch-SMUMYV5C.js");
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
  let { GIT_HOOK_NAMES: GIT_HOOK_NAMES2, chainHook: chainHook2, prePushHook: prePushHook2 } = await import("./git-hook-scripts-KDNCSYZV.js"), repo = h.config.repoPath, state = await remoteStateDir(h), dir = posix.join(state, "hooks", rec.name), cfg = await h.exec(["git", "-C", repo, "config", "--local", "--get", "core.worktree"]);
  if (cfg.exitCode === 0 && cfg.stdout.trim()) throw new OrchError("remote", `${h.name}: the clone at ${repo} sets core.worktree; per-worktree hooks cannot be set up there`, { hint: "use a plain clone as hosts[].repoPath" });
  await h.must(["git", "-C", repo, "config", "--local", "extensions.worktreeConfig", "true"], "enabling per-worktree config");
  let prev = (await h.exec(["git", "-C", rec.worktree, "config", "--get", "core.hooksPath"])).stdout.trim(), chainsTo = prev && prev !== dir ? prev : posix.join(posix.dirname(state), "hooks"), events = await remoteEventsFile(h, rec.name), files = Object.fromEntries(GIT_HOOK_NAMES2.map((hook) => [hook, hook === "pre-push" ? prePushHook2({ worker: rec.name, branch: rec.branch, hooksDir: chainsTo, eventsFile: events }) : chainHook2(hook, chainsTo)]));
  return await h.must(["node", "-e", WRITE_HOOKS], "writing the git hooks", { input: JSON.stringify({ dir, files }) }), await h.must(["git", "-C", rec.worktree, "config", "--worktree", "core.hooksPath", dir], "setting core.hooksPath"), dir;
}
async function removeRemotePushHook(h, name) {
  !name || name.includes("/") || name === "." || name === ".." || await h.exec(["rm", "-rf", "--", posix.join(await remoteStateDir(h), "hooks", name)]);
}

export {
  KNOWN_CACHES,
  linkDependency,
  linkState,
  detachEntryLinks,
  detachLink,
  copyEnvFiles,
  lstatExists,
  installPushHook,
  removePushHook,
  supportsHttpHooks,
  installHooks,
  remoteOf,
  remoteStateDir,
  remoteEventsFile,
  remoteExclude,
  remoteStartPoint,
  provisionRemote,
  ensureRemoteHook,
  ensureRemoteShHook,
  installRemoteHooks,
  remoteWorkerEnv,
  resumeOnHost,
  remoteGitFacts,
  installRemotePushHook,
  removeRemotePushHook,
  serialPerRepo,
  startPointFor,
  baseAheadWarning,
  provisionWorktree,
  excludeEnvFiles,
  setUpDependencies
};
