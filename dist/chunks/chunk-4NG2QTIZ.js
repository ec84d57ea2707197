import {
  copyEnvFiles,
  linkDependencyEntries
} from "./chunk-HJKLCHVG.js";
import {
  BRIEF_FILE
} from "./chunk-X7J22DY4.js";
import {
  dependencyFolders,
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  isRemote,
  sshHost
} from "./chunk-AQF2DLAR.js";
import {
  existsSync,
  mkdirSync,
  writeFileSync
} from "./chunk-6W26X32X.js";
import {
  run
} from "./chunk-OEPJEW6A.js";
import {
  GIT_HOOK_NAMES,
  chainHook,
  prePushHook
} from "./chunk-TPS3XHEN.js";
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
} from "./chunk-ULDQNVZI.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/adapters/push-hook.ts
import path from "node:path";
import { chmodSync, existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync, renameSync, rmSync, statSync, writeFileSync as writeFileSync2 } from "node:fs";
function pushHookDir(registryDir, name) {
  if (!name || name === "." || name === ".." || name !== path.basename(name)) throw new OrchError("bad-name", `not a worker name: ${JSON.stringify(name)}`);
  return path.join(registryDir, "hooks", name);
}
var shPath = (p) => process.platform === "win32" ? p.replace(/\\/g, "/") : p;
async function installPushHook(i) {
  let dir = pushHookDir(i.registryDir, i.name);
  await enableWorktreeConfig(i.repoPath);
  let chainsTo = await previousHooksDir(i.worktree, dir);
  mkdirSync2(dir, { recursive: !0 });
  let changed = !1;
  for (let hook of GIT_HOOK_NAMES) {
    let text = hook === "pre-push" ? prePushHook({ worker: i.name, branch: i.branch, hooksDir: shPath(chainsTo), eventsFile: shPath(i.eventsFile) }) : chainHook(hook, shPath(chainsTo));
    writeHook(path.join(dir, hook), text) && (changed = !0);
  }
  let current = await gitTry(i.worktree, ["config", "--worktree", "--get", "core.hooksPath"]);
  return (!current.ok || current.out !== dir) && (await setWorktreeHooksPath(i.worktree, dir), changed = !0), { dir, chainsTo, changed };
}
function removePushHook(registryDir, name) {
  let dir = pushHookDir(registryDir, name), existed = existsSync2(dir);
  return rmSync(dir, { recursive: !0, force: !0 }), existed;
}
async function enableWorktreeConfig(repo) {
  let on = await gitTry(repo, ["config", "--local", "--type=bool", "--get", "extensions.worktreeConfig"]);
  if (on.ok && on.out === "true") return;
  let common = await commonDir(repo), shared = path.join(common, "config"), mainOnly = path.join(common, "config.worktree"), bare = await gitTry(repo, ["config", "--file", shared, "--type=bool", "--get", "core.bare"]);
  bare.ok && bare.out === "true" && await moveSetting("core.bare", "true", shared, mainOnly, repo);
  let wt = await gitTry(repo, ["config", "--file", shared, "--get", "core.worktree"]);
  wt.ok && wt.out && await moveSetting("core.worktree", wt.out, shared, mainOnly, repo), await withLockRetry(() => gitRaw(repo, ["config", "--local", "extensions.worktreeConfig", "true"]));
}
async function moveSetting(key, value, from, to, repo) {
  await withLockRetry(() => gitRaw(repo, ["config", "--file", to, key, value])), await withLockRetry(() => gitRaw(repo, ["config", "--file", from, "--unset", key]));
}
async function previousHooksDir(worktree, ours) {
  let r = await gitTry(worktree, ["config", "--show-scope", "--type=path", "--get-all", "core.hooksPath"]), values = (r.ok ? r.out.split(`
`) : []).map((l) => ({ scope: l.slice(0, l.indexOf("	")), value: l.slice(l.indexOf("	") + 1) })).filter((v) => ["system", "global", "local"].includes(v.scope) && v.value), last = values[values.length - 1]?.value;
  return last && path.resolve(worktree, last) !== ours ? last : path.join(await commonDir(worktree), "hooks");
}
function writeHook(file, text) {
  if (existsSync2(file) && readFileSync(file, "utf8") === text && (statSync(file).mode & 73) !== 0) return !1;
  let tmp = `${file}.${process.pid}.tmp`;
  return writeFileSync2(tmp, text), chmodSync(tmp, 493), renameSync(tmp, file), !0;
}

// src/flows/worker/provision.ts
import path2 from "node:path";
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
    let { provisionRemote } = await import("./remote-4YVEH3XB.js");
    return provisionRemote(project, sshHost(config, p.host), p, rb, log);
  }
  let startPoint = p.reuseBranch ? "" : p.startPoint ?? await startPointFor(config, p.base);
  mkdirSync(config.worktreesPath, { recursive: !0 }), await serialPerRepo(config.repoPath, async () => {
    p.branch && p.reuseBranch ? await addWorktreeExisting(config.repoPath, p.worktree, p.branch) : p.branch ? await addWorktree(config.repoPath, p.worktree, p.branch, startPoint) : await addDetachedWorktree(config.repoPath, p.worktree, startPoint);
  }), rb.add(`removed worktree ${p.worktree}${p.branch ? ` and branch ${p.branch}` : ""}`, async () => {
    let { closeWorker } = await import("./teardown-W3KQD53A.js");
    await closeWorker(project, p.name, { force: !1, deleteBranch: !p.reuseBranch, dir: p.worktree, verb: "roll back" });
  }), await installPushHook({ repoPath: config.repoPath, worktree: p.worktree, registryDir: project.registry.dir, name: p.name, branch: p.branch, eventsFile: project.registry.eventsFile(p.name) });
  let copied = copyEnvFiles(config.repoPath, p.worktree, envFiles(config.layout));
  copied.length && log(`copied ${copied.join(", ")}`), await excludeEnvFiles(config);
  let links = await setUpDependencies(config, p.worktree, log);
  return writeFileSync(path2.join(p.worktree, BRIEF_FILE), p.brief), await excludeFromGit(config.repoPath, `/${BRIEF_FILE}`), { links };
}
async function excludeEnvFiles(config) {
  for (let rel of envFiles(config.layout)) await excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, "/").replace(/^\.\//, "")}`);
}
async function setUpDependencies(config, worktree, log) {
  let folders = dependencyFolders(config.layout), links = [];
  if (config.worktreeDeps === "junction") {
    for (let rel of folders) {
      let r = linkDependencyEntries(config.repoPath, worktree, rel);
      r.result === "linked" && links.push(rel), r.result === "source-missing" && log(`${rel} is missing in the main checkout: install dependencies there first`);
    }
    for (let rel of links) await excludeFromGit(config.repoPath, `/${rel.replace(/\\/g, "/")}`);
    return links;
  }
  let pkgDirs = [...new Set(folders.map((f) => path2.dirname(f)))].filter((d) => existsSync(path2.join(worktree, d, "package.json")));
  for (let d of pkgDirs) {
    let dir = path2.join(worktree, d), pm = existsSync(path2.join(dir, "pnpm-lock.yaml")) ? "pnpm" : existsSync(path2.join(dir, "yarn.lock")) ? "yarn" : "npm", args = pm === "npm" ? existsSync(path2.join(dir, "package-lock.json")) ? ["ci"] : ["install"] : ["install", "--frozen-lockfile"];
    log(`installing dependencies in ${d} with ${pm}`);
    let r = await run(pm, args, { cwd: dir });
    if (r.exitCode !== 0) throw new OrchError("install-failed", `${pm} ${args.join(" ")} failed in ${dir}: ${r.stderr.split(`
`).slice(-5).join(" | ")}`);
  }
  return links;
}

export {
  installPushHook,
  removePushHook,
  serialPerRepo,
  startPointFor,
  baseAheadWarning,
  provisionWorktree,
  excludeEnvFiles,
  setUpDependencies
};
