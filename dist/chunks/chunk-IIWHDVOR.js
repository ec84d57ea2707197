import {
  scratchDir,
  spawnViaShell
} from "./chunk-R2EOHSIJ.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/adapters/git.ts
import path from "node:path";
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
var GIT_ENV_ALLOWED = ["GIT_TERMINAL_PROMPT", "GIT_OPTIONAL_LOCKS", "GIT_SSL_CAINFO", "GIT_SSL_CAPATH", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"];
process.env.GIT_TERMINAL_PROMPT = "0";
process.env.GIT_OPTIONAL_LOCKS = "0";
function git(dir, unsafe) {
  return { raw: async (args) => (await simpleGitFor(dir, unsafe)).raw(args) };
}
async function simpleGitFor(dir, unsafe) {
  let { simpleGit } = await import("./dist-45WNGJ46.js");
  return simpleGit({
    baseDir: dir,
    trimmed: !0,
    allowEnvironment: GIT_ENV_ALLOWED,
    ...unsafe ? { unsafe } : {},
    // simple-git only fails when stderr has text; `rev-parse --quiet` and friends fail silently with exit 1.
    errors(error, result) {
      if (error) return error;
      if (result.exitCode !== 0)
        return Buffer.from(Buffer.concat([...result.stdErr, ...result.stdOut]).toString("utf8") || `exit code ${result.exitCode}`);
    }
  });
}
var READ_ONLY = /* @__PURE__ */ new Set(["rev-parse", "rev-list", "status", "merge-base", "log", "diff", "diff-tree", "ls-files", "show", "cat-file", "cherry", "for-each-ref", "grep"]), CONFIG_READS = /* @__PURE__ */ new Set(["--get", "--get-all", "--get-regexp", "--get-urlmatch"]), CONFIG_WRITES = /* @__PURE__ */ new Set(["--add", "--edit", "-e"]);
function isRead(args) {
  let [sub = "", next] = args;
  return READ_ONLY.has(sub) ? !0 : sub === "worktree" ? next === "list" : sub === "remote" ? args.length === 1 || next === "get-url" : sub === "ls-remote" ? !0 : sub === "config" ? args.some((a) => CONFIG_READS.has(a)) && !args.some((a) => CONFIG_WRITES.has(a) || a.startsWith("--replace") || a.startsWith("--unset") || a.startsWith("--rename") || a.startsWith("--remove")) : sub === "symbolic-ref" ? args.slice(1).filter((a) => !a.startsWith("-")).length === 1 : !1;
}
function gitEnv() {
  let allowed = new Set(GIT_ENV_ALLOWED.map((k) => k.toLowerCase())), guarded = /* @__PURE__ */ new Set(["editor", "pager", "prefix", "ssh_askpass", "visual"]), env = {};
  for (let [k, v] of Object.entries(process.env)) {
    let key = k.toLowerCase().trim();
    (key.startsWith("git_") || guarded.has(key)) && !allowed.has(key) || (env[k] = v);
  }
  return env.GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS = "true", env;
}
function readGit(dir, args) {
  let viaShell = spawnViaShell("git", args, { cwd: dir, env: gitEnv() });
  return viaShell ? viaShell.then((r) => {
    if (r.code === 0) return r.stdout.toString("utf8").trim();
    throw new Error(Buffer.concat([r.stderr, r.stdout]).toString("utf8") || `exit code ${r.code}`);
  }) : new Promise((resolve, reject) => {
    let out = [], err = [], settled = !1, child = spawn("git", args, { cwd: dir, env: gitEnv(), windowsHide: !0, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err.push(c)), child.on("error", (e) => {
      settled || reject(new Error(e.stack ?? String(e))), settled = !0;
    }), child.on("close", (code) => {
      settled || (settled = !0, code === 0 ? resolve(Buffer.concat(out).toString("utf8").trim()) : reject(new Error(Buffer.concat([...err, ...out]).toString("utf8") || `exit code ${code}`)));
    });
  });
}
var EACH_JOB = 'i=$1; cd "$2" 2>/dev/null || exit 0; shift 2; git "$@" >"$0/$i.out" 2>"$0/$i.err"; echo $? >"$0/$i.rc"';
async function gitEach(jobs, limit = 8) {
  let one = (j) => gitTry(j.dir, j.args), results = new Array(jobs.length), arity = new Set(jobs.map((j) => j.args.length));
  if (process.platform !== "win32" && jobs.length > 2 && arity.size === 1 && jobs.every((j) => isRead(j.args))) {
    let tmp = scratchDir("orch-git-");
    try {
      let xargs = ["-0", "-n", String(2 + jobs[0].args.length), "-P", String(limit), "sh", "-c", EACH_JOB, tmp], input = jobs.map((j, i) => [String(i), j.dir, ...j.args].map((a) => `${a}\0`).join("")).join(""), viaShell = spawnViaShell("xargs", xargs, { env: gitEnv(), input });
      if ((viaShell ? await viaShell.then((r) => r.code, () => null) : await new Promise((resolve) => {
        let child = spawn("xargs", xargs, { env: gitEnv(), windowsHide: !0, stdio: ["pipe", "ignore", "ignore"] });
        child.on("error", () => resolve(null)), child.on("close", (c) => resolve(c)), child.stdin.on("error", () => {
        }), child.stdin.end(input);
      })) !== null)
        for (let [i] of jobs.entries()) {
          let rc;
          try {
            rc = Number(readFileSync(path.join(tmp, `${i}.rc`), "utf8"));
          } catch {
            continue;
          }
          let out = readFileSync(path.join(tmp, `${i}.out`));
          rc === 0 ? results[i] = { ok: !0, out: out.toString("utf8").trim(), err: "" } : results[i] = { ok: !1, out: "", err: Buffer.concat([readFileSync(path.join(tmp, `${i}.err`)), out]).toString("utf8") || `exit code ${rc}` };
        }
    } finally {
      rmSync(tmp, { recursive: !0, force: !0 });
    }
  }
  let left = jobs.map((_, i) => i).filter((i) => !results[i]);
  return await Promise.all(Array.from({ length: Math.min(limit, left.length) }, async () => {
    for (let i = left.shift(); i !== void 0; i = left.shift()) results[i] = await one(jobs[i]);
  })), results;
}
function runGit(dir, args) {
  return isRead(args) ? readGit(dir, args) : git(dir).raw(args);
}
function writeGit(dir, fixed, operands, unsafe) {
  let bad = operands.find((o) => o.startsWith("-") || o.includes("\0") || o === "");
  if (bad !== void 0) return Promise.reject(new Error(`refusing to pass ${JSON.stringify(bad)} to git ${fixed[0]}: it would read as an option`));
  let args = [...fixed, ...operands], viaShell = spawnViaShell("git", args, { cwd: dir, env: gitEnv() });
  return viaShell ? viaShell.then((r) => {
    if (r.code === 0) return r.stdout.toString("utf8").trim();
    throw new Error(Buffer.concat([r.stderr, r.stdout]).toString("utf8") || `exit code ${r.code}`);
  }) : git(dir, unsafe).raw(args);
}
async function gitWrite(dir, fixed, operands) {
  try {
    return await writeGit(dir, fixed, operands);
  } catch (e) {
    throw new OrchError("git", `git ${[...fixed, ...operands].slice(0, 3).join(" ")} failed in ${dir}: ${firstLine(e.message)}`, { cause: e });
  }
}
async function gitRaw(dir, args) {
  try {
    return await runGit(dir, args);
  } catch (e) {
    throw new OrchError("git", `git ${args.slice(0, 3).join(" ")} failed in ${dir}: ${firstLine(e.message)}`, { cause: e });
  }
}
async function setWorktreeHooksPath(worktree, dir) {
  await withLockRetry(async () => {
    try {
      await writeGit(worktree, ["config", "--worktree", "core.hooksPath"], [dir], { allowUnsafeHooksPath: !0 });
    } catch (e) {
      throw new OrchError("git", `git config --worktree core.hooksPath failed in ${worktree}: ${firstLine(e.message)}`, { cause: e });
    }
  });
}
async function gitTry(dir, args) {
  try {
    return { ok: !0, out: await runGit(dir, args), err: "" };
  } catch (e) {
    return { ok: !1, out: "", err: e.message };
  }
}
function firstLine(s) {
  return s.split(`
`).map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" | ");
}
async function isGitCheckout(dir) {
  return (await gitTry(dir, ["rev-parse", "--git-dir"])).ok;
}
var commonDirs = /* @__PURE__ */ new Map();
async function commonDir(dir) {
  let key = path.resolve(dir), known = commonDirs.get(key);
  if (known) return known;
  let out = await gitRaw(dir, ["rev-parse", "--git-common-dir"]), common = path.resolve(dir, out);
  return commonDirs.set(key, common), common;
}
async function hasRemote(dir, remote = "origin") {
  let r = await gitTry(dir, ["remote"]);
  return r.ok && r.out.split(`
`).includes(remote);
}
async function remoteUrl(dir, remote = "origin") {
  let r = await gitTry(dir, ["remote", "get-url", remote]);
  return r.ok && r.out ? r.out : void 0;
}
async function fetch(dir, remote, ref) {
  await gitWrite(dir, ["fetch", "--quiet"], ref ? [remote, ref] : [remote]);
}
async function refExists(dir, ref) {
  return (await gitTry(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).ok;
}
async function branchExists(dir, branch) {
  return refExists(dir, `refs/heads/${branch}`);
}
async function currentBranch(dir) {
  let r = await gitTry(dir, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  return r.ok && r.out ? r.out : void 0;
}
async function originHead(dir) {
  let r = await gitTry(dir, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]);
  return r.ok && r.out ? r.out.replace(/^origin\//, "") : void 0;
}
async function originBranchHeads(repo) {
  let r = await gitTry(repo, ["for-each-ref", "--format=%(objectname) %(refname:lstrip=3)", "refs/remotes/origin"]), heads = /* @__PURE__ */ new Map();
  for (let l of r.ok ? r.out.split(`
`) : []) {
    let i = l.indexOf(" ");
    i > 0 && l.slice(i + 1) !== "HEAD" && heads.set(l.slice(i + 1), l.slice(0, i));
  }
  return heads;
}
async function listWorktrees(repo) {
  let out = await gitRaw(repo, ["worktree", "list", "--porcelain"]);
  return parseWorktreeList(out);
}
function parseWorktreeList(out) {
  let list = [];
  for (let block of out.split(/\n\n+/)) {
    let lines = block.split(`
`).filter(Boolean), wt = lines.find((l) => l.startsWith("worktree "));
    if (!wt) continue;
    let branchLine = lines.find((l) => l.startsWith("branch "));
    list.push({
      path: wt.slice(9),
      head: lines.find((l) => l.startsWith("HEAD "))?.slice(5) ?? "",
      branch: branchLine?.slice(18),
      detached: lines.includes("detached"),
      prunable: lines.some((l) => l.startsWith("prunable")),
      bare: lines.includes("bare")
    });
  }
  return list;
}
var LOCK_RE = /\.lock'?:? File exists|could not lock config file|Unable to create .*\.lock|cannot lock ref/i;
async function withLockRetry(fn, attempts = 8) {
  for (let i = 0; ; i++)
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts - 1 || !LOCK_RE.test(String(e.message))) throw e;
      await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(i, 5) + Math.random() * 50));
    }
}
async function addWorktree(repo, dir, branch, startPoint) {
  let existed = await branchExists(repo, branch), attempt = 0;
  await withLockRetry(async () => attempt++ > 0 && !existed && await branchExists(repo, branch) ? gitWrite(repo, ["worktree", "add", "--quiet"], [dir, branch]) : gitWrite(repo, ["worktree", "add", "--quiet", "-b"], [branch, dir, startPoint]));
}
async function addWorktreeExisting(repo, dir, branch) {
  await withLockRetry(() => gitWrite(repo, ["worktree", "add", "--quiet"], [dir, branch]));
}
async function addDetachedWorktree(repo, dir, ref) {
  await withLockRetry(() => gitWrite(repo, ["worktree", "add", "--quiet", "--detach"], [dir, ref]));
}
async function removeWorktree(repo, dir, force) {
  await withLockRetry(() => gitRaw(repo, ["worktree", "remove", ...force ? ["--force"] : [], dir]));
}
async function pruneWorktrees(repo) {
  await gitTry(repo, ["worktree", "prune"]);
}
async function deleteBranch(repo, branch, force) {
  return withLockRetry(() => gitRaw(repo, ["branch", force ? "-D" : "-d", branch])).then(
    () => !0,
    () => !1
  );
}
async function dirtyFiles(dir) {
  return (await gitRaw(dir, ["status", "--porcelain", "--untracked-files=all"])).split(`
`).filter(Boolean);
}
async function aheadBehind(dir, base) {
  let r = await gitTry(dir, ["rev-list", "--left-right", "--count", `HEAD...${base}`]);
  if (!r.ok) return;
  let [a, b] = r.out.split(/\s+/).map(Number);
  return { ahead: a ?? 0, behind: b ?? 0 };
}
async function unpushedCommits(dir) {
  let r = await gitTry(dir, ["rev-list", "HEAD", "--not", "--remotes"]);
  return r.ok ? r.out.split(`
`).filter(Boolean) : [];
}
async function lastCommit(dir) {
  let r = await gitTry(dir, ["log", "-1", "--format=%H%x09%s%x09%cI"]);
  if (!r.ok || !r.out) return;
  let [sha = "", subject = "", date = ""] = r.out.split("	");
  return { sha, subject, date };
}
async function commitCount(dir, range) {
  let r = await gitTry(dir, ["rev-list", "--count", range]);
  return r.ok && Number(r.out) || 0;
}
async function excludeFromGit(dir, pattern) {
  let { appendFileSync, existsSync, mkdirSync, readFileSync: readFileSync2 } = await import("node:fs"), common = await commonDir(dir), file = path.join(common, "info", "exclude");
  mkdirSync(path.dirname(file), { recursive: !0 });
  let text = existsSync(file) ? readFileSync2(file, "utf8") : "";
  text.split(`
`).includes(pattern) || appendFileSync(file, `${text && !text.endsWith(`
`) ? `
` : ""}${pattern}
`);
}

export {
  gitEach,
  gitWrite,
  gitRaw,
  setWorktreeHooksPath,
  gitTry,
  isGitCheckout,
  commonDir,
  hasRemote,
  remoteUrl,
  fetch,
  refExists,
  branchExists,
  currentBranch,
  originHead,
  originBranchHeads,
  listWorktrees,
  parseWorktreeList,
  withLockRetry,
  addWorktree,
  addWorktreeExisting,
  addDetachedWorktree,
  removeWorktree,
  pruneWorktrees,
  deleteBranch,
  dirtyFiles,
  aheadBehind,
  unpushedCommits,
  lastCommit,
  commitCount,
  excludeFromGit
};
