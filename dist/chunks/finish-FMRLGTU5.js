import {
  commitLeftovers,
  commitsSince,
  leftoverCommitMessage,
  openOrReportPullRequest,
  pushBranch,
  rebaseOnto
} from "./chunk-2FUYRZQW.js";
import {
  runTestCommand,
  tail
} from "./chunk-4PB4YSWI.js";
import {
  appendEvent
} from "./chunk-VBAG2ASZ.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import {
  envFiles,
  needsContent,
  secretPaths,
  testCommands
} from "./chunk-PI3YJTP2.js";
import {
  isRemote,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  existsSync,
  readFileSync
} from "./chunk-LKC326JV.js";
import "./chunk-4YZ2I25Y.js";
import {
  currentBranch,
  fetch,
  gitRaw,
  gitTry,
  hasRemote,
  refExists
} from "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  OrchError,
  RefusalError,
  UsageError,
  redact
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/flows/pr/finish.ts
import path2 from "node:path";

// src/flows/pr/finish-secrets.ts
import path from "node:path";
var z = (out) => out.split("\0").filter(Boolean);
async function pendingPaths(wt) {
  let entries = z(await gitRaw(wt, ["status", "--porcelain=v2", "-z", "--untracked-files=all", "--no-renames"])), out = [];
  for (let e of entries)
    if (e.startsWith("? ")) out.push(e.slice(2));
    else if (e.startsWith("1 ") || e.startsWith("u ")) {
      let [x, y] = [e[2], e[3]];
      if (y === "D" || x === "D" && y === ".") continue;
      out.push(e.split(" ").slice(e.startsWith("1 ") ? 8 : 10).join(" "));
    }
  return { paths: out, clean: entries.length === 0 };
}
function readWorktreeFile(wt, rel) {
  try {
    return readFileSync(path.join(wt, rel), "utf8");
  } catch {
    return;
  }
}
async function readCommitted(wt, sha, rel) {
  let r = await gitTry(wt, ["show", `${sha}:${rel}`]);
  return r.ok ? r.out : void 0;
}
async function refuseSecretLeftovers(wt, name, envFiles2) {
  let pending = await pendingPaths(wt), hits = secretPaths(pending.paths, envFiles2, (p) => readWorktreeFile(wt, p));
  if (!hits.length) return { clean: pending.clean };
  let files = hits.map((h) => h.path);
  throw new RefusalError(
    `refusing to finish ${name}: it would commit ${describe(hits)}; nothing was committed or pushed`,
    `keep ${files.length === 1 ? "it" : "them"} out of git in ${wt}: add ${files.join(", ")} to .gitignore (or .git/info/exclude), or \`git rm --cached ${files.join(" ")}\` if staged; then run orch finish ${name} again`
  );
}
async function refuseSecretCommits(wt, name, onto, envFiles2) {
  let hasOnto = await refExists(wt, onto), shas = (await gitRaw(wt, ["rev-list", "HEAD", ...hasOnto ? [`^${onto}`] : ["--not", "--remotes=origin"]])).split(`
`).filter(Boolean);
  if (!shas.length) return;
  let found = /* @__PURE__ */ new Map();
  for (let sha of shas) {
    let files2 = z(await gitRaw(wt, ["diff-tree", "-r", "-z", "--no-commit-id", "--name-only", "--no-renames", "--diff-filter=d", sha])), contents = /* @__PURE__ */ new Map();
    for (let f of files2.filter(needsContent)) contents.set(f, await readCommitted(wt, sha, f));
    for (let h of secretPaths(files2, envFiles2, (p) => contents.get(p))) found.has(h.path) || found.set(h.path, { ...h, sha });
  }
  if (hasOnto) {
    let net = z(await gitRaw(wt, ["diff", "-z", "--name-only", "--no-renames", "--diff-filter=d", `${onto}...HEAD`])), contents = /* @__PURE__ */ new Map();
    for (let f of net.filter(needsContent)) contents.set(f, await readCommitted(wt, "HEAD", f));
    for (let h of secretPaths(net, envFiles2, (p) => contents.get(p))) found.has(h.path) || found.set(h.path, { ...h, sha: "HEAD" });
  }
  if (!found.size) return;
  let hits = [...found.values()], files = hits.map((h) => h.path), what = hits.map((h) => `${h.path} (${h.why}, ${h.sha === "HEAD" ? "in the branch" : `in commit ${h.sha.slice(0, 7)}`})`).join(", ");
  throw new RefusalError(
    `refusing to finish ${name}: the commits to push add ${what}; nothing was pushed`,
    `take ${files.length === 1 ? "it" : "them"} out of the history in ${wt}: \`git rm --cached ${files.join(" ")}\`, add ${files.length === 1 ? "it" : "them"} to .gitignore, then \`git commit --amend\` when it is the last commit, else \`git rebase -i ${hasOnto ? onto : "origin/<base>"}\` and edit the commit that added ${files.length === 1 ? "it" : "them"}; then run orch finish ${name} again`
  );
}
function describe(hits) {
  return hits.map((h) => `${h.path} (${h.why})`).join(", ");
}

// src/flows/pr/finish.ts
async function finishFlow(ctx, project, forge, o) {
  let events = project.registry.getWorker(o.name) ? project.registry.eventsFile(o.name) : void 0;
  try {
    let r = await finishSteps(ctx, project, forge, o);
    return events && appendEvent(events, { event: "FinishSucceeded", ...r.pr ? { pr: r.pr.number } : {} }), r;
  } catch (e) {
    throw events && appendEvent(events, { event: "FinishFailed", failure: tail(redact(e instanceof Error ? e.message : String(e)), 12) }), e;
  }
}
async function finishSteps(ctx, project, forge, o) {
  let { registry, config } = project, rec = registry.getWorker(o.name);
  if (!rec) throw new UsageError(`no worker named ${o.name}`, "run `orch list` to see the names");
  let wt = rec.worktree;
  if (!rec.branch) throw new OrchError("no-branch", `${rec.name} works on a detached HEAD: there is no branch to open a pull request from`);
  if (isRemote(rec.host)) {
    let { finishOnHost } = await import("./finish-remote-4PAAPIVU.js");
    return finishOnHost(ctx, project, sshHost(config, rec.host), rec, forge, o);
  }
  if (!existsSync(wt)) throw new OrchError("missing", `the worktree of ${rec.name} is gone (${wt})`, { hint: `run \`orch close ${rec.name}\`` });
  let branch = rec.branch, current = await currentBranch(wt);
  if (current !== branch)
    throw new OrchError("wrong-branch", `${wt} is on ${current ?? "a detached HEAD"}, not ${branch}`, { hint: `switch back first: git -C ${wt} switch ${branch}` });
  let remote = await hasRemote(config.repoPath);
  if (forge && !remote) throw new OrchError("no-remote", "the repository has no origin remote to push to", { hint: "add one: git remote add origin <url>" });
  forge && await forge.checkRepo();
  let onto = remote ? `origin/${rec.base}` : rec.base, log = (s) => ctx.out.info(`${rec.name}: ${s}`), secretFiles = envFiles(config.layout), pending = await refuseSecretLeftovers(wt, rec.name, secretFiles);
  await refuseSecretCommits(wt, rec.name, onto, secretFiles);
  let committed = await commitLeftovers(wt, leftoverCommitMessage(rec.kind, rec.name, rec.title), pending.clean);
  committed && log(`committed ${committed.files} leftover file${committed.files === 1 ? "" : "s"} (${committed.sha.slice(0, 7)})`);
  let tests = o.test ? await runTests(project, wt, log) : { status: "skipped", commands: [] };
  remote && await fetch(wt, "origin", rec.base);
  let before = await gitRaw(wt, ["rev-parse", "HEAD"]), rebased = await rebaseOnto(wt, onto);
  rebased && log(`rebased onto ${onto}`);
  let commits = await commitsSince(wt, onto);
  if (!commits.length)
    throw new OrchError("nothing-to-finish", `${branch} has no commits beyond ${onto}: there is nothing to finish`, { hint: "commit the work first (or check that it is not already merged)" });
  (committed || rebased) && await refuseSecretCommits(wt, rec.name, onto, secretFiles);
  let push = remote ? await pushBranch(wt, branch, rec.base, before, rebased ? void 0 : before) : "no-remote";
  if (log(push === "no-remote" ? `no remote: ${branch} stays local` : push === "up-to-date" ? `origin/${branch} is up to date` : `pushed ${branch} (${push})`), !forge)
    return log("no pull request opened: githubRepo is not set in the session config"), { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr: null };
  let pr = await openOrReportPullRequest(project, forge, rec, { branch, title: o.title, draft: o.draft, commits, tests, log });
  return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr };
}
async function runTests(project, wt, log) {
  let { config } = project, cmds = testCommands(config.layout, config.projectName, config.repoPath);
  if (!cmds.length) return { status: "none", commands: [] };
  let done = [];
  for (let t of cmds) {
    log(`testing ${t.name}: ${t.cmd}`);
    let r = await runTestCommand(t.cmd, path2.join(wt, t.dir));
    if (r.exitCode !== 0)
      throw new OrchError("tests-failed", `tests failed: ${t.name} (\`${t.cmd}\` exited with ${r.exitCode}); nothing was pushed. The output ends with:
${tail(r.output)}`, {
        hint: "fix the failures and run orch finish again (or pass --no-test to open the PR anyway)"
      });
    done.push({ name: t.name, cmd: t.cmd, ms: r.ms });
  }
  return { status: "passed", commands: done };
}
export {
  finishFlow
};
