import {
  NEVER_COMMIT,
  leftoverCommitMessage,
  openOrReportPullRequest
} from "./chunk-2FUYRZQW.js";
import {
  tail
} from "./chunk-4PB4YSWI.js";
import "./chunk-HMAPWGVG.js";
import {
  envFiles,
  needsContent,
  secretPaths,
  testCommands
} from "./chunk-PI3YJTP2.js";
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  OrchError,
  RefusalError
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-LHO2KLC4.js";

// src/flows/pr/finish-remote.ts
async function finishOnHost(ctx, project, h, rec, forge, o) {
  let { config } = project, wt = rec.worktree, g = (args, what = `git ${args[0]}`, timeoutMs) => h.must(["git", "-C", wt, ...args], what, timeoutMs ? { timeoutMs } : {}).then((s) => s.trim()), gTry = async (args) => {
    let r = await h.exec(["git", "-C", wt, ...args]);
    return { ok: r.exitCode === 0, out: r.stdout.trim(), err: r.stderr };
  }, branch = rec.branch;
  if ((await h.exec(["test", "-d", wt])).exitCode !== 0) throw new OrchError("missing", `the worktree of ${rec.name} is gone on ${h.name} (${wt})`, { hint: `run \`orch close ${rec.name}\`` });
  let current = (await gTry(["symbolic-ref", "--quiet", "--short", "HEAD"])).out;
  if (current !== branch) throw new OrchError("wrong-branch", `${wt} on ${h.name} is on ${current || "a detached HEAD"}, not ${branch}`, { hint: `switch back first on ${h.name}: git -C ${wt} switch ${branch}` });
  forge && await forge.checkRepo();
  let onto = `origin/${rec.base}`, log = (s) => ctx.out.info(`${rec.name}: ${s}`), secretFiles = envFiles(config.layout), read = async (rev, p) => {
    let r = rev ? await gTry(["show", `${rev}:${p}`]) : await h.exec(["cat", `${wt}/${p}`]).then((x) => ({ ok: x.exitCode === 0, out: x.stdout }));
    return r.ok ? r.out : void 0;
  }, refuse = async (paths, rev, what) => {
    let contents = /* @__PURE__ */ new Map();
    for (let f of paths.filter(needsContent)) contents.set(f, await read(rev, f));
    let hits = secretPaths(paths, secretFiles, (p) => contents.get(p));
    if (hits.length) throw new RefusalError(`refusing to finish ${rec.name}: ${what} ${hits.map((x) => `${x.path} (${x.why})`).join(", ")}; nothing was pushed`, `keep them out of git in ${wt} on ${h.name}, then run orch finish ${rec.name} again`);
  }, pending = (await g(["status", "--porcelain", "--untracked-files=all"])).split(`
`).filter(Boolean).map((l) => l.slice(3).replace(/^.* -> /, ""));
  await refuse(pending, void 0, "it would commit");
  let committed;
  if (pending.length) {
    await g(["add", "-A"]);
    let staged = (await g(["diff", "--cached", "--name-only"])).split(`
`).filter(Boolean), ours = staged.filter((f) => NEVER_COMMIT.includes(f));
    ours.length && await g(["reset", "--quiet", "--", ...ours]);
    let files = staged.filter((f) => !ours.includes(f));
    files.length && (await g(["commit", "--quiet", "-m", leftoverCommitMessage(rec.kind, rec.name, rec.title)]), committed = { sha: await g(["rev-parse", "HEAD"]), files: files.length }, log(`committed ${files.length} leftover file${files.length === 1 ? "" : "s"} on ${h.name} (${committed.sha.slice(0, 7)})`));
  }
  let tests = o.test ? await runTestsOnHost(project, h, wt, log) : { status: "skipped", commands: [] };
  await g(["fetch", "--quiet", "origin", rec.base], "git fetch", 12e4);
  let before = await g(["rev-parse", "HEAD"]), rebased = !1;
  if (!(await gTry(["merge-base", "--is-ancestor", onto, "HEAD"])).ok) {
    if (!(await gTry(["rebase", "--no-autostash", onto])).ok)
      throw await gTry(["rebase", "--abort"]), new OrchError("rebase-conflict", `rebasing onto ${onto} on ${h.name} failed; the rebase was aborted. Nothing was pushed.`, { hint: `resolve by hand on ${h.name} in ${wt}, then run orch finish again` });
    rebased = !0, log(`rebased onto ${onto}`);
  }
  let commits = (await g(["log", "--reverse", "--format=%H%x09%s", `${onto}..HEAD`])).split(`
`).filter(Boolean).map((l) => {
    let [sha = "", subject = ""] = l.split("	");
    return { sha, subject };
  });
  if (!commits.length) throw new OrchError("nothing-to-finish", `${branch} has no commits beyond ${onto}: there is nothing to finish`, { hint: "commit the work first (or check that it is not already merged)" });
  if (await refuse((await g(["diff", "--name-only", "--no-renames", "--diff-filter=d", `${onto}...HEAD`])).split(`
`).filter(Boolean), "HEAD", "its commits add"), branch === rec.base) throw new OrchError("push-base", `refusing to push ${branch}: it is the base branch`);
  let refspec = `refs/heads/${branch}:refs/heads/${branch}`, remoteSha = (await gTry(["ls-remote", "--heads", "origin", `refs/heads/${branch}`])).out.split(/\s+/)[0] || void 0, head = await g(["rev-parse", "HEAD"]), push;
  if (!remoteSha)
    await g(["push", "--quiet", "-u", "origin", refspec], "git push", 12e4), push = "new";
  else if (remoteSha === head) push = "up-to-date";
  else if ((await gTry(["merge-base", "--is-ancestor", remoteSha, head])).ok)
    await g(["push", "--quiet", "-u", "origin", refspec], "git push", 12e4), push = "fast-forward";
  else if ((await gTry(["merge-base", "--is-ancestor", remoteSha, before])).ok)
    await g(["push", "--quiet", "-u", `--force-with-lease=refs/heads/${branch}:${remoteSha}`, "origin", refspec], "git push", 12e4), push = "force-with-lease";
  else
    throw new OrchError("push-diverged", `origin/${branch} has commits the worktree on ${h.name} does not have; nothing was pushed`, { hint: `bring them in first on ${h.name}: git pull --rebase origin ${branch}` });
  if (log(push === "up-to-date" ? `origin/${branch} is up to date` : `pushed ${branch} from ${h.name} (${push})`), !forge) return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr: null };
  let pr = await openOrReportPullRequest(project, forge, rec, { branch, title: o.title, draft: o.draft, commits, tests, log });
  return { name: rec.name, branch, base: rec.base, committed, tests, rebased, push, pr };
}
async function runTestsOnHost(project, h, wt, log) {
  let { config } = project, cmds = testCommands(config.layout, config.projectName, config.repoPath);
  if (!cmds.length) return { status: "none", commands: [] };
  let done = [];
  for (let t of cmds) {
    log(`testing ${t.name} on ${h.name}: ${t.cmd}`);
    let started = Date.now(), r = await h.exec(["sh", "-c", 'cd "$1" && eval "$2"', "sh", `${wt}/${t.dir}`.replace(/\/\.?$/, ""), t.cmd], { timeoutMs: 30 * 6e4 });
    if (r.exitCode !== 0)
      throw new OrchError("tests-failed", `tests failed on ${h.name}: ${t.name} (\`${t.cmd}\` exited with ${r.exitCode}); nothing was pushed. The output ends with:
${tail(`${r.stdout}
${r.stderr}`)}`, {
        hint: "fix the failures and run orch finish again (or pass --no-test to open the PR anyway)"
      });
    done.push({ name: t.name, cmd: t.cmd, ms: Date.now() - started });
  }
  return { status: "passed", commands: done };
}
export {
  finishOnHost
};
