import {
  BRIEF_FILE
} from "./chunk-HMAPWGVG.js";
import {
  dirtyFiles,
  gitRaw,
  gitTry,
  gitWrite
} from "./chunk-IIWHDVOR.js";
import {
  OrchError,
  redact
} from "./chunk-2PNQQJNN.js";

// src/core/pr-text.ts
function oneLine(text, max) {
  let s = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 3).trimEnd()}...` : s;
}
function leftoverCommitMessage(kind, name, title) {
  let head = `${kind === "issue" ? "fix" : "feat"}(${name}): `;
  return `${head}${oneLine(title || "finish the work", Math.max(20, 72 - head.length))}

Leftover changes committed by orch finish.`;
}
function pullRequestTitle(explicit, recordTitle, name) {
  return oneLine(explicit || recordTitle || name, 120);
}
function testSummary(t) {
  return t.status === "skipped" ? "Skipped (`orch finish --no-test`)." : t.status === "none" ? "No test command is configured for this repository (layout testCmd)." : t.commands.map((c) => `- ${c.name}: \`${c.cmd}\` passed (${(c.ms / 1e3).toFixed(1)}s)`).join(`
`);
}
function pullRequestBody(o) {
  return [
    "## Summary",
    o.commits.length ? o.commits.map((c) => `- ${oneLine(c.subject, 100)} (${c.sha.slice(0, 7)})`).join(`
`) : "- (no commits)",
    "## Tests",
    testSummary(o.tests),
    ...o.issue !== void 0 ? [`Closes #${o.issue}`] : [],
    `---
Opened by \`orch finish\` for worker \`${o.name}\`. A human reviews and merges this pull request.`
  ].join(`

`);
}

// src/flows/pr/open-pr.ts
async function openOrReportPullRequest(project, forge, rec, o) {
  let pr = rec.pr !== void 0 ? (await forge.findPullRequests({ branch: o.branch }))[0] : void 0, created = !1;
  if (!pr) {
    let draft = { head: o.branch, base: rec.base, title: redact(pullRequestTitle(o.title, rec.title, rec.name)), body: redact(pullRequestBody({ name: rec.name, commits: o.commits, tests: o.tests, issue: rec.issue })), draft: o.draft };
    try {
      pr = await forge.createPullRequest(draft), created = !0;
    } catch (e) {
      if (pr = (await forge.findPullRequests({ branch: o.branch }))[0], !pr) throw e;
    }
  }
  created || o.log(`pull request #${pr.number} is already open`);
  let prNumber = pr.number;
  return await project.registry.updateWorker(rec.name, (cur) => ({ ...cur, pr: prNumber })), { number: pr.number, url: pr.url, state: pr.state, created };
}

// src/flows/pr/finish-git.ts
var NEVER_COMMIT = [BRIEF_FILE, ".claude/settings.local.json"];
async function commitLeftovers(wt, message, clean = !1) {
  if (clean || !(await dirtyFiles(wt)).length) return;
  await gitRaw(wt, ["add", "-A"]);
  let staged = (await gitRaw(wt, ["diff", "--cached", "--name-only"])).split(`
`).filter(Boolean), ours = staged.filter((f) => NEVER_COMMIT.includes(f));
  if (ours.length && (await gitRaw(wt, ["reset", "--quiet", "--", ...ours]), staged = staged.filter((f) => !ours.includes(f))), !!staged.length)
    return await gitRaw(wt, ["commit", "--quiet", "-m", message]), { sha: await gitRaw(wt, ["rev-parse", "HEAD"]), files: staged.length };
}
async function isAncestor(wt, a, b) {
  return (await gitTry(wt, ["merge-base", "--is-ancestor", a, b])).ok;
}
async function rebaseOnto(wt, onto) {
  if (await isAncestor(wt, onto, "HEAD")) return !1;
  let before = await gitRaw(wt, ["rev-parse", "HEAD"]), r = await gitTry(wt, ["rebase", "--no-autostash", onto]);
  if (r.ok) return !0;
  let conflicts = (await gitTry(wt, ["diff", "--name-only", "--diff-filter=U"])).out.split(`
`).filter(Boolean);
  ((await gitTry(wt, ["rev-parse", "--verify", "--quiet", "REBASE_HEAD"])).ok || conflicts.length) && await gitTry(wt, ["rebase", "--abort"]);
  let after = await gitRaw(wt, ["rev-parse", "HEAD"]), restored = after === before ? "the rebase was aborted and the worktree is as it was" : `WARNING: HEAD is now ${after.slice(0, 7)}, was ${before.slice(0, 7)}`, what = conflicts.length ? `conflicts in ${conflicts.join(", ")}` : `failed: ${r.err.split(`
`).find((l) => l.trim()) ?? "unknown error"}`;
  throw new OrchError("rebase-conflict", `rebasing onto ${onto} ${what}; ${restored}. Nothing was pushed.`, {
    hint: `resolve by hand in ${wt}: git rebase ${onto}, fix the files, git add them, git rebase --continue; then run orch finish again`
  });
}
async function pushBranch(wt, branch, base, before, knownHead) {
  if (branch === base) throw new OrchError("push-base", `refusing to push ${branch}: it is the base branch`);
  let remote = (await gitTry(wt, ["ls-remote", "--heads", "origin", `refs/heads/${branch}`])).out.split(/\s+/)[0] || void 0, head = knownHead ?? await gitRaw(wt, ["rev-parse", "HEAD"]), refspec = `refs/heads/${branch}:refs/heads/${branch}`;
  if (!remote)
    return await gitWrite(wt, ["push", "--quiet", "-u", "origin"], [refspec]), "new";
  if (remote === head)
    return await gitTry(wt, ["branch", "--set-upstream-to", `origin/${branch}`]), "up-to-date";
  if (await gitWrite(wt, ["fetch", "--quiet", "origin"], [`refs/heads/${branch}:refs/remotes/origin/${branch}`]).catch(() => {
  }), await isAncestor(wt, remote, head))
    return await gitWrite(wt, ["push", "--quiet", "-u", "origin"], [refspec]), "fast-forward";
  if (!await isAncestor(wt, remote, before))
    throw new OrchError("push-diverged", `origin/${branch} has commits this worktree does not have (someone else pushed to it); nothing was pushed`, {
      hint: `bring them in first: git pull --rebase origin ${branch}, then run orch finish again`
    });
  return await gitWrite(wt, ["push", "--quiet", "-u", `--force-with-lease=refs/heads/${branch}:${remote}`, "origin"], [refspec]), "force-with-lease";
}
async function commitsSince(wt, base) {
  return (await gitRaw(wt, ["log", "--reverse", "--format=%H%x09%s", `${base}..HEAD`])).split(`
`).filter(Boolean).map((l) => {
    let [sha = "", subject = ""] = l.split("	");
    return { sha, subject };
  });
}

export {
  leftoverCommitMessage,
  openOrReportPullRequest,
  NEVER_COMMIT,
  commitLeftovers,
  rebaseOnto,
  pushBranch,
  commitsSince
};
