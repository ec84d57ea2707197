import {
  ciFailureMessage,
  ciTriageMessage,
  reviewFeedback
} from "./chunk-G4BFMBWI.js";
import {
  formatLine,
  monitorCycleWithFacts
} from "./chunk-RLNTADVT.js";
import {
  pollDelay,
  tightestBudget
} from "./chunk-2AOCSPOJ.js";
import {
  runTestCommand,
  tail
} from "./chunk-4PB4YSWI.js";
import {
  dependentsToCancel
} from "./chunk-XKCPGZQE.js";
import {
  MAX_DISPATCH_FAILURES,
  dispatchFromQueue,
  liveWorkerCount,
  updateBatch
} from "./chunk-O2BIJF66.js";
import {
  Rollback
} from "./chunk-35FEY2DM.js";
import {
  deliver
} from "./chunk-KPOPMPXN.js";
import {
  Observations
} from "./chunk-N2KNKGYM.js";
import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  sendPrompt
} from "./chunk-4R3W23LF.js";
import {
  action,
  checkWorkerName,
  durationArg,
  durationOption,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import {
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  launchWorker
} from "./chunk-PYYED3WT.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import {
  installPushHook,
  serialPerRepo,
  setUpDependencies,
  startPointFor
} from "./chunk-PXCXQY5C.js";
import {
  openProject,
  orchInvocation,
  requireMux,
  shellQuote
} from "./chunk-2Y7JVHO3.js";
import {
  BRIEF_FILE
} from "./chunk-HMAPWGVG.js";
import {
  testCommands
} from "./chunk-PI3YJTP2.js";
import {
  existsSync,
  writeFileSync
} from "./chunk-LKC326JV.js";
import {
  REGISTRY_VERSION
} from "./chunk-FVQNOVXB.js";
import {
  addDetachedWorktree,
  branchExists,
  excludeFromGit,
  fetch,
  refExists
} from "./chunk-IIWHDVOR.js";
import {
  OrchError,
  RefusalError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/core/ci-log.ts
var TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/, ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g, ERROR_LINE = /##\[error\]|\berror\b|\bfail(?:ed|ure|ing)?\b|\bFAIL\b|AssertionError|Traceback|panic:|✗|×|✖/i, EXIT_ONLY = /^##\[error\]Process completed with exit code \d+\.?$/;
function cleanLogLine(line) {
  return line.replace(TIMESTAMP, "").replace(ANSI, "").replace(/\r$/, "");
}
function logSections(log) {
  let out = [{ title: void 0, lines: [] }], inHeader = !1;
  for (let raw of log.split(`
`)) {
    let line = cleanLogLine(raw), g = /^##\[group\](.*)$/.exec(line);
    if (g && /^Run /.test(g[1])) {
      out.push({ title: g[1].trim(), lines: [] }), inHeader = !0;
      continue;
    }
    if (line.startsWith("##[endgroup]")) {
      inHeader = !1;
      continue;
    }
    inHeader || out[out.length - 1].lines.push(line);
  }
  return out;
}
function matchesStep(title, step) {
  if (!title) return !1;
  let t = title.replace(/^Run /, "").toLowerCase(), s = step.replace(/^Run /, "").toLowerCase();
  return t === s || t.startsWith(s) || s.startsWith(t);
}
function parseJobLog(log, failedStep) {
  let sections = logSections(log), withError = sections.find((s) => s.lines.some((l) => l.startsWith("##[error]"))), section = (failedStep ? sections.find((s) => matchesStep(s.title, failedStep)) : void 0) ?? withError ?? [...sections].reverse().find((s) => s.lines.some((l) => l.trim())) ?? sections[0], lines = section.lines, start = lines.findIndex((l) => ERROR_LINE.test(l) && !EXIT_ONLY.test(l.trim())), picked;
  start >= 0 ? (start = Math.max(0, start - 2), picked = lines.slice(start, start + 20)) : picked = lines.filter((l) => l.trim()).slice(-20), picked = picked.map((l) => l.replace(/^##\[error\]/, "Error: ")).filter((l, i, a) => l.trim() || i > 0 && a[i - 1].trim());
  let chars = 0, capped = [];
  for (let l of picked) {
    if (chars + l.length > 3e3) {
      capped.push("[... cut]");
      break;
    }
    capped.push(l), chars += l.length + 1;
  }
  return { step: failedStep ?? section.title, lines: capped };
}

// src/flows/batch/ci-triage.ts
var FAILED = /* @__PURE__ */ new Set(["failure", "timed_out", "cancelled", "startup_failure"]);
function jobForCheck(jobs, check) {
  return jobs.find((j) => j.name === check && FAILED.has(j.conclusion ?? ""));
}
async function triageCi(forge, pr, base) {
  let onBase = await forge.refCi(base).catch(() => {
  }), baseFailing = new Set((onBase?.failing ?? []).map((c) => c.name)), preExisting = pr.failingChecks.filter((c) => baseFailing.has(c.name)), mine = pr.failingChecks.filter((c) => !baseFailing.has(c.name));
  if (!mine.length) return { own: [], preExisting };
  let jobs = await forge.workflowJobs(pr.headSha).catch(() => []);
  return { own: await mapLimit(mine, 3, async (c) => {
    let job = jobForCheck(jobs, c.name), step = job?.steps.find((s) => FAILED.has(s.conclusion ?? ""))?.name, log = job ? await forge.jobLog(job.id).catch(() => "") : "", parsed = log ? parseJobLog(log, step) : { step, lines: [] };
    return { name: c.name, url: job?.url ?? c.url, step: parsed.step, excerpt: parsed.lines, ...c.summary ? { summary: c.summary } : {} };
  }), preExisting };
}
function flakyChecks(seen, sha, ci, failing) {
  return !seen || seen.sha !== sha ? [] : ci === "FAILING" && seen.passed ? failing : ci === "PASSING" && seen.failed.length ? seen.failed : [];
}
function nextSeen(seen, sha, ci, failing) {
  if (ci !== "FAILING" && ci !== "PASSING") return seen;
  let same = seen?.sha === sha ? seen : { sha, failed: [], passed: !1 };
  return ci === "PASSING" ? { ...same, passed: !0 } : { ...same, failed: [.../* @__PURE__ */ new Set([...same.failed, ...failing])] };
}

// src/flows/batch/ci-route.ts
async function noteFlaky(d, pr, out) {
  let seen = d.obs.get(d.name), failing = pr.failingChecks.map((c) => c.name), flaky = flakyChecks(seen.ciSeen, pr.headSha, pr.ci, failing), ciSeen = nextSeen(seen.ciSeen, pr.headSha, pr.ci, failing);
  ciSeen !== seen.ciSeen && d.obs.put(d.name, { ...d.obs.get(d.name), ciSeen });
  let key = `${pr.headSha}:${flaky.join(",")}`;
  return flaky.length && seen.flakyReported !== key && (out.flaky = flaky, await d.tell("ci-flaky", `FLAKY CHECK on PR #${pr.number}: ${flaky.join(", ")} passed and failed on the same commit ${pr.headSha.slice(0, 12)}`), d.obs.put(d.name, { ...d.obs.get(d.name), flakyReported: key })), flaky.length > 0 && failing.every((n) => flaky.includes(n));
}
function ciPending(d, pr) {
  let seen = d.obs.get(d.name);
  return pr.ci === "FAILING" && seen.ciSent !== pr.headSha && seen.ciReported !== pr.headSha;
}
async function routeCiFailure(d, pr) {
  let out = {}, max = d.project.config.ci.maxRounds, t = await triageCi(d.forge, pr, d.base), rounds = d.obs.get(d.name).ciRounds ?? 0, reported = () => d.obs.put(d.name, { ...d.obs.get(d.name), ciReported: pr.headSha });
  if (!t.own.length)
    return out.preExisting = t.preExisting.map((c) => c.name), await d.tell("ci-pre-existing", `PRE-EXISTING CI FAILURE on PR #${pr.number}: ${out.preExisting.join(", ")} fails on ${d.base} too; not sent to the worker`), reported(), out;
  if (rounds >= max)
    return out.exhausted = rounds, await d.tell("ci-rounds-exhausted", `CI STILL FAILING on PR #${pr.number} after ${rounds} round(s) of fixes (ci.maxRounds): ${t.own.map((c) => c.name).join(", ")}; not sent again`), reported(), out;
  let msg = t.own.some((c) => c.excerpt.length || c.step) ? ciTriageMessage({ pr: pr.number, checks: t.own, orch: d.orch, name: d.name, round: rounds + 1, maxRounds: max }) : ciFailureMessage({ pr: pr.number, checks: t.own.map((c) => ({ name: c.name, url: c.url, ...c.summary ? { summary: c.summary } : {} })), orch: d.orch, name: d.name });
  if (!await d.send(msg)) return out;
  t.preExisting.length && (out.preExisting = t.preExisting.map((c) => c.name));
  let steps = t.own.map((c) => `${c.name}${c.step ? ` (step: ${c.step})` : ""}`).join(", ");
  return out.sent = `CI failure: ${steps}${rounds ? ` (round ${rounds + 1} of ${max})` : ""}`, d.obs.put(d.name, { ...d.obs.get(d.name), ciSent: pr.headSha, ciRounds: rounds + 1 }), out;
}

// src/flows/batch/batch-facts.ts
function pickBatch(project, id) {
  let batches = project.registry.listBatches();
  if (id) {
    let b2 = batches.find((x) => x.id === id);
    if (!b2) throw new UsageError(`no batch ${id}`, `known batches: ${batches.map((x) => x.id).join(", ") || "none"}`);
    return b2;
  }
  let open = batches.filter((b2) => !b2.finished && b2.command !== "demo"), b = open[open.length - 1] ?? batches[batches.length - 1];
  if (!b) throw new UsageError("there is no batch yet", "start one with `orch start-issues <n>...`, `orch start <name> --task ...` or `orch start --tasks <file>`");
  return b;
}
async function batchFacts(project, batch, forge, knownPrs, known) {
  let recs = new Map(batch.members.flatMap((m) => {
    let rec = project.registry.getWorker(m);
    return rec ? [[m, rec]] : [];
  })), reuse = (known ?? []).filter((f) => recs.get(f.rec.name)?.created === f.rec.created).map((f) => ({ ...f, rec: recs.get(f.rec.name) })), rest = [...recs.keys()].filter((m) => !reuse.some((f) => f.rec.name === m)), facts = [...reuse, ...rest.length ? (await inspectProject(project, { capture: !0, git: !1, names: rest })).workers : []], branches = forge ? facts.flatMap((f) => f.rec.branch ? [f.rec.branch] : []) : [], prs = knownPrs ?? (forge && branches.length ? await forge.pullRequestsForBranches(branches) : /* @__PURE__ */ new Map()), out = [];
  for (let name of batch.members) {
    let f = facts.find((x) => x.rec.name === name);
    if (!f) {
      out.push({ name, rec: void 0, status: "closed", reason: batch.closed.includes(name) ? "closed" : "no longer registered", pr: void 0 });
      continue;
    }
    let pr = f.rec.branch ? prs.get(f.rec.branch) : void 0;
    out.push({ name, rec: f.rec, status: f.state.state, reason: f.state.reason, pr, facts: f });
  }
  for (let q of batch.queue) {
    let reason = q.lastFailure ? `re-queued after ${q.failures ?? 1} failed dispatch${(q.failures ?? 1) === 1 ? "" : "es"} (${q.lastFailure})${(q.failures ?? 0) >= MAX_DISPATCH_FAILURES ? ": needs you" : ""}` : q.heldFor ?? (q.dependsOn.length ? `waits for ${q.dependsOn.join(", ")}` : "waits for a free slot");
    out.push({ name: q.name, rec: void 0, status: "queued", reason, pr: void 0 });
  }
  for (let c of batch.cancelled) out.push({ name: c.name, rec: void 0, status: "cancelled", reason: c.reason, pr: void 0 });
  return out;
}
function memberFinished(m) {
  return m.status === "closed" || m.status === "cancelled" || m.status === "blocked" || m.status === "errored" ? !0 : m.pr ? m.pr.state === "CLOSED" || m.pr.state === "MERGED" && !m.rec : m.status === "done";
}
function batchFinished(batch, members) {
  return batch.queue.length === 0 && members.every(memberFinished) && !members.some((m) => m.pr && (m.pr.state === "OPEN" || m.pr.state === "DRAFT"));
}
function prsOpenedSince(members) {
  return members.filter((m) => m.rec?.pr !== void 0 && !m.pr).map((m) => m.name);
}

// src/flows/batch/orchestrate-poll.ts
async function cancelFailedDependents(project, batch, members) {
  let failed = new Set(members.filter((m) => m.status === "blocked" || m.status === "errored").map((m) => m.name)), cancelled = new Set(batch.cancelled.map((c) => c.name)), names = dependentsToCancel(batch.queue, /* @__PURE__ */ new Set([...failed, ...cancelled]));
  return names.length ? (await updateBatch(project, batch.id, (b) => {
    for (let n of names) {
      let why = b.queue.find((q) => q.name === n)?.dependsOn.filter((d) => failed.has(d) || cancelled.has(d) || names.includes(d)).join(", ");
      b.cancelled.push({ name: n, reason: `dependency ${why} ended blocked, errored or cancelled (stopOnError)` });
    }
    b.queue = b.queue.filter((q) => !names.includes(q.name));
  }), names) : [];
}
async function pollBatch(ctx, project, forge, batchId, o) {
  let batch = pickBatch(project, batchId), res = { batch: batch.id, readyForReview: [], workers: [], sent: [], cleaned: [], blocked: [], refused: [], dispatched: [], requeued: [], cancelled: [], finished: !1, preExisting: [], flaky: [], ciExhausted: [] }, live = batch.members.filter((m) => project.registry.getWorker(m)), seen;
  if (live.length) {
    let cycle = await monitorCycleWithFacts(ctx, project, { names: live, idleGraceMs: o.idleGraceMs, nudgeEveryMs: 3e5 });
    res.workers = cycle.lines, cycle.lines.every((l) => l.action === "none") && (seen = cycle.facts.workers);
  } else seen = [];
  let members = await batchFacts(project, batch, forge, void 0, seen);
  res.cancelled = await cancelFailedDependents(project, project.registry.getBatch(batch.id), members);
  let obs = new Observations(project.registry.dir), orch = shellQuote(orchInvocation());
  for (let m of members) {
    if (!m.rec || !m.pr) continue;
    let rec = m.rec, pr = m.pr;
    if (pr.state === "MERGED") {
      try {
        await closeWorker(project, m.name, { force: !1, deleteBranch: !0, mergedHead: pr.headSha, verb: "land" }), res.cleaned.push(m.name);
      } catch (e) {
        if (!(e instanceof RefusalError)) throw e;
        let why = e.message.split(`
`).filter((l) => l.startsWith("  - ")).map((l) => l.slice(4)).join("; ");
        res.refused.push({ name: m.name, reason: `PR merged but teardown refused: ${why}` });
      }
      continue;
    }
    if (pr.state === "CLOSED") continue;
    let seen2 = obs.get(m.name), tell = (state, detail) => deliver(project.config, { worker: m.name, state, detail, pr: pr.number, at: (/* @__PURE__ */ new Date()).toISOString() }, (s) => ctx.out.info(s)), ci = forge ? { project, forge, obs, name: m.name, base: rec.base, orch, send: (msg) => deliverTo(project, m, msg), tell } : void 0, routed = {}, onlyFlaky = ci ? await noteFlaky(ci, pr, routed) : !1;
    routed.flaky && res.flaky.push({ name: m.name, pr: pr.number, checks: routed.flaky });
    let review = pr.reviewDecision === "CHANGES_REQUESTED" ? reviewFeedback({ pr: pr.number, reviews: pr.reviews, comments: pr.reviewComments, from: project.config.review.forwardCommentsFrom, orch, name: m.name }) : void 0;
    if (ci && ciPending(ci, pr) && !onlyFlaky) {
      let r = await routeCiFailure(ci, pr);
      r.sent && res.sent.push({ name: m.name, what: r.sent }), r.preExisting && res.preExisting.push({ name: m.name, pr: pr.number, checks: r.preExisting }), r.exhausted !== void 0 && res.ciExhausted.push({ name: m.name, pr: pr.number, rounds: r.exhausted });
    } else if (review?.text && (seen2.reviewsSent ?? 0) < review.forwarded) {
      if (await deliverTo(project, m, review.text)) {
        let withheld = review.withheld ? ` (${review.withheld} withheld: author without write access, see review.forwardCommentsFrom)` : "";
        res.sent.push({ name: m.name, what: `review: ${review.forwarded} review(s) and comment(s)${withheld}` }), obs.put(m.name, { ...obs.get(m.name), reviewsSent: review.forwarded });
      }
    } else pr.ci === "PASSING" && pr.mergeable !== !1 && pr.state === "OPEN" && (res.readyForReview.push({ name: m.name, pr: pr.number, url: pr.url }), rec.readyNotified || (await project.registry.updateWorker(rec.name, (cur) => ({ ...cur, pr: pr.number, readyNotified: !0 })), await deliver(project.config, { worker: m.name, state: "pr-green", detail: `READY FOR REVIEW: ${pr.url}`, pr: pr.number, at: (/* @__PURE__ */ new Date()).toISOString() }, (s) => ctx.out.info(s))));
  }
  res.dispatched = await dispatchFromQueue(project, ctx);
  let prs = new Map(members.flatMap((m) => m.rec?.branch && m.pr ? [[m.rec.branch, m.pr]] : [])), before = seen && !res.sent.length && !res.cleaned.length && !res.refused.length && !res.cancelled.length ? members.flatMap((m) => m.facts ? [m.facts] : []) : void 0;
  members = await batchFacts(project, project.registry.getBatch(batch.id), forge, prs, before);
  for (let m of members) m.status === "queued" && m.reason.startsWith("re-queued") && res.requeued.push({ name: m.name, reason: m.reason });
  for (let m of members) (["blocked", "errored", "waiting-approval", "asking", "dead", "stuck", "finish-failed"].includes(m.status) || m.status === "queued" && m.reason.endsWith(": needs you")) && res.blocked.push({ name: m.name, reason: `${m.status}: ${m.reason}` });
  return res.finished = prsOpenedSince(members).length === 0 && batchFinished(project.registry.getBatch(batch.id), members), res.finished && await updateBatch(project, batch.id, (b) => {
    b.finished ??= (/* @__PURE__ */ new Date()).toISOString();
  }), res;
}
async function deliverTo(project, m, msg) {
  let rec = m.rec, win = await project.mux.findWindow(rec.session, rec.window);
  if (!(win && !win.dead && m.status !== "done") && await liveWorkerCount(project) >= project.config.maxWorkers) return !1;
  if (!win || win.dead)
    win?.dead && await project.mux.killWindow(rec.session, rec.window), await launchWorker(project, rec, { resume: !0, log: () => {
    } });
  else if (m.status === "working" || m.status === "waiting-approval")
    return !1;
  try {
    return await sendPrompt(project, rec, msg, 15e3), !0;
  } catch {
    return !1;
  }
}
function renderPoll(r) {
  let sec = (title, rows) => `${title}:
${rows.length ? rows.map((x) => `  ${x}`).join(`
`) : "  (none)"}`;
  return [
    `POLL RESULTS (batch ${r.batch})`,
    sec("Ready for review", r.readyForReview.map((x) => `READY FOR REVIEW ${x.name}: PR #${x.pr} ${x.url}`)),
    sec("Workers", r.workers.map(formatLine)),
    sec("Sent", [...r.sent.map((s) => `${s.name}: ${s.what}`), ...r.dispatched.map((d) => `${d}: dispatched from the queue`)]),
    sec("Re-queued (dispatch failed)", r.requeued.map((q) => `${q.name}: ${q.reason}`)),
    sec("Cleaned", [...r.cleaned.map((c) => `${c}: PR merged, worker closed`), ...r.cancelled.map((c) => `${c}: cancelled`)]),
    sec("Blocked", r.blocked.map((b) => `${b.name}: ${b.reason}`)),
    sec("Refused (work kept)", r.refused.map((b) => `${b.name}: ${b.reason}`)),
    ...r.preExisting.length ? [sec("CI failing on the base branch too (not sent)", r.preExisting.map((x) => `${x.name}: PR #${x.pr} ${x.checks.join(", ")}`))] : [],
    ...r.flaky.length ? [sec("Flaky checks (passed and failed on one commit)", r.flaky.map((x) => `${x.name}: PR #${x.pr} ${x.checks.join(", ")}`))] : [],
    ...r.ciExhausted.length ? [sec("CI rounds used up (ci.maxRounds): needs you", r.ciExhausted.map((x) => `${x.name}: PR #${x.pr} after ${x.rounds} round(s)`))] : [],
    r.finished ? "BATCH FINISHED: every member is done, nothing is queued and no PR is open." : ""
  ].filter(Boolean).join(`
`);
}

// src/flows/batch/orchestrate-dashboard.ts
function orchestrateDashboard(project, batch, members) {
  let others = (status) => members.filter((m) => !m.facts && m.status === status).map((m) => ({ name: m.name, reason: m.reason }));
  return {
    batch: batch.id,
    created: batch.created,
    finished: batchFinished(batch, members),
    workers: members.flatMap((m) => m.facts ? [workerJsonOf(project, m.facts, { pr: m.pr ? { number: m.pr.number, state: m.pr.state, ci: m.pr.ci, review: m.pr.reviewDecision, url: m.pr.url } : void 0 })] : []),
    queued: members.filter((m) => m.status === "queued").map((m) => ({ name: m.name, reason: m.reason, issue: batch.queue.find((q) => q.name === m.name)?.issue ?? null })),
    cancelled: others("cancelled"),
    closed: others("closed")
  };
}

// src/flows/batch/verify.ts
import path from "node:path";
async function verifyWorker(project, name) {
  let kept = null, { config, registry } = project, rec = registry.getWorker(name);
  if (!rec?.branch) throw new UsageError(`no worker named ${name} with a branch`, "run `orch list` to see the names");
  let local = await branchExists(config.repoPath, rec.branch);
  await fetch(config.repoPath, "origin", rec.branch).catch(() => {
  });
  let ref = await refExists(config.repoPath, `refs/remotes/origin/${rec.branch}`) ? `origin/${rec.branch}` : local ? rec.branch : void 0;
  if (!ref) throw new OrchError("no-ref", `${rec.branch} exists neither on origin nor locally`);
  let dir = path.join(config.worktreesPath, `review-checkout-${name}`), label = `review-checkout-${name}`;
  await closeWorker(project, label, { force: !1, deleteBranch: !1, dir, verb: "replace the review checkout" }), await serialPerRepo(config.repoPath, () => addDetachedWorktree(config.repoPath, dir, ref));
  let checks = [];
  try {
    await setUpDependencies(config, dir, () => {
    });
    for (let t of testCommands(config.layout, config.projectName, config.repoPath)) {
      let r = await runTestCommand(t.cmd, path.join(dir, t.dir));
      checks.push({ name: t.name, cmd: t.cmd, pass: r.exitCode === 0, ms: r.ms, tail: r.exitCode ? tail(r.output, 20) : null });
    }
  } finally {
    kept = await closeWorker(project, label, { force: !1, deleteBranch: !1, dir, verb: "remove the review checkout of" }).then(
      () => null,
      (e) => {
        if (!(e instanceof RefusalError)) throw e;
        return { dir, reasons: e.message.split(`
`).filter((l) => l.startsWith("  - ")).map((l) => l.slice(4)) };
      }
    );
  }
  let passed = checks.filter((c) => c.pass).length;
  return { name, ref, checks, score: `${passed}/${checks.length}`, pass: passed === checks.length, kept };
}
function renderVerify(r) {
  return [`VERIFY ${r.name} (${r.ref})`, ...r.checks.map((c) => `  [${c.pass ? "PASS" : "FAIL"}] ${c.name}: ${c.cmd} (${(c.ms / 1e3).toFixed(1)}s)${c.tail ? `
${c.tail.split(`
`).map((l) => `      ${l}`).join(`
`)}` : ""}`), `  Score: ${r.score}${r.checks.length ? "" : " (no test commands in the layout)"}`, ...r.kept ? [`  Kept the review checkout ${r.kept.dir}: ${r.kept.reasons.join("; ")} (look at it; orch close --force removes it)`] : []].join(`
`);
}

// src/flows/batch/ai-workers.ts
import path2 from "node:path";

// src/core/orchestrator-brief.ts
function orchestratorBrief(o) {
  let batch = o.batch ? ` --batch ${o.batch}` : "";
  return `# Orchestrator brief

You are the orchestrator of a batch of worker sessions. You run in your own detached worktree; you write no code.

## Loop
1. Run \`${o.orch} orchestrate poll${batch}\` once and read its POLL RESULTS.
2. Then run \`/loop ${o.interval} ${o.orch} orchestrate poll${batch}\`.
3. Each cycle, report one line per worker only when something changed, and list PRs marked READY FOR REVIEW for the human.
4. When a poll prints BATCH FINISHED, print a short summary, stop the loop and exit (type /exit).

## Contracts (never break these)
- Never merge a pull request, never run \`gh pr merge\`, never call a merge API. Only a human merges.
- Never check out, pull, commit or push in the main checkout; read-only commands there are fine.
- Close a worker only after its PR is merged or the user says so (\`orch orchestrate poll\` does this for you).
- Stay inside your batch: do not report or act on workers outside it.
- Never kill processes by name; never type raw tmux commands. Use orch commands only.
- Base branch: ${o.base}.
`;
}
function reviewerBrief(o) {
  return `# Reviewer brief

You review pull requests of the current batch. You never fix code and never merge.

## Each cycle (run every ${o.interval} with /loop)
1. Run \`${o.orch} orchestrate dashboard --json\` and pick one PR with CI passing that nobody reviewed yet.
2. Run \`${o.orch} orchestrate verify <worker>\` (it tests the PR head in a detached review checkout).
3. Read the diff (\`git diff origin/${o.base}...origin/<branch>\`) and review it for correctness, tests and scope.
4. Post the verdict with \`${o.orch} review <worker> --approve "<summary>"\` or \`${o.orch} review <worker> --request-changes "<what to fix>"\`.
5. When the dashboard shows the batch finished, exit (type /exit).

## Contracts
- Never merge, never push, never commit, never edit files. Never kill processes by name.
`;
}

// src/flows/batch/ai-workers.ts
async function startAiWorker(ctx, project, role, o) {
  let { config, registry, mux } = project, existing = registry.getWorker(role), win = await mux.findWindow(config.session, role);
  if (existing && win && !win.dead) return { name: role, status: "already running", worktree: existing.worktree, attach: mux.attachHint(config.session, role) };
  await requireMux(mux);
  let worktree = path2.join(config.worktreesPath, role), orch = shellQuote(orchInvocation()), brief = role === "orchestrator" ? orchestratorBrief({ orch, interval: o.interval, batch: o.batch, base: config.defaultBranch }) : reviewerBrief({ orch, interval: o.interval, base: config.defaultBranch }), rb = new Rollback();
  try {
    let created = !existsSync(worktree);
    if (created) {
      let start = await startPointFor(config, config.defaultBranch);
      await serialPerRepo(config.repoPath, () => addDetachedWorktree(config.repoPath, worktree, start)), rb.add(`removed worktree ${worktree}`, async () => {
        await closeWorker(project, role, { force: !1, deleteBranch: !1, dir: worktree, aiWorker: !0, verb: "roll back" });
      });
    }
    writeFileSync(path2.join(worktree, BRIEF_FILE), brief), await excludeFromGit(config.repoPath, `/${BRIEF_FILE}`), await installPushHook({ repoPath: config.repoPath, worktree, registryDir: registry.dir, name: role, branch: void 0, eventsFile: registry.eventsFile(role) });
    let rec = existing ?? {
      version: REGISTRY_VERSION,
      name: role,
      kind: role,
      base: config.defaultBranch,
      worktree,
      session: config.session,
      window: role,
      mux: mux.kind,
      title: `${role} (${o.interval})`,
      created: (/* @__PURE__ */ new Date()).toISOString(),
      links: []
    };
    return registry.putWorker(rec), !existing && !created && rb.add("dropped the registry entry", () => registry.removeWorker(role)), win?.dead && await mux.killWindow(config.session, role), rb.add(`closed window ${role}`, async () => {
      await mux.killWindow(config.session, role);
    }), await launchWorker(project, rec, { resume: !1, log: (s) => ctx.out.info(s) }), { name: role, status: "started", worktree, attach: mux.attachHint(config.session, role) };
  } catch (e) {
    let undone = await rb.run();
    throw new OrchError("ai-worker", `${role}: ${e.message}${undone.length ? `
rolled back: ${undone.join("; ")}` : ""}`, { cause: e });
  }
}
async function stopAiWorker(project, role, o = { force: !1 }) {
  let { config, registry } = project, worktree = registry.getWorker(role)?.worktree ?? path2.join(config.worktreesPath, role), r = await closeWorker(project, role, { force: o.force, deleteBranch: !1, dir: worktree, aiWorker: !0, verb: `stop the ${role}`, ...o.log ? { log: o.log } : {} });
  return { name: role, windowClosed: r.steps.some((s) => s.startsWith("closed window")), worktreeRemoved: r.steps.some((s) => s.startsWith("removed worktree")), status: r.status === "closed" ? "stopped" : "was not running", steps: r.steps };
}

// src/cli/orchestrate.ts
async function maybeForge(ctx, project) {
  if (!project.config.githubRepo) return;
  let { openForge } = await import("./github-KP62LA2H.js");
  return openForge(project.config, ctx.env, (s) => ctx.out.info(s));
}
var VERBS = ["dashboard", "poll", "dispatch", "verify", "verify-all", "pull", "cleanup"];
function register(program) {
  program.command("orchestrate").helpGroup("Watch:").description("the batch loop: dashboard (default), poll (monitor, dispatch the queue, route CI failures and reviews, land merged PRs), dispatch, verify <name>, verify-all, pull, cleanup; never merges").argument("[verb]", `${VERBS.join(" | ")} (default: dashboard; poll with --loop)`).argument("[name]", "worker name for verify").option("--batch <id>", "batch to work on (default: the newest open batch)").option("--loop <dur>", "repeat poll every <dur> (at least 1s) until the batch is finished, then exit 0").addOption(durationOption("--timeout <dur>", "bound the whole --loop", { min: "1s" })).addOption(durationOption("--idle-grace <dur>", "how long a worker stays idle before it is nudged; 0s nudges at once", { min: "0s", default: "30s" })).option("--json", "print JSON (one object per cycle with --loop)").addHelpText("after", `
Examples:
  orch orchestrate
  orch orchestrate poll --json
  orch orchestrate --loop 3m --timeout 4h
  orch orchestrate verify fix-12-crash
  /loop 5m /session orchestrate poll        (inside Claude Code)`).action(
    action(async (ctx, given, name, o) => {
      let verb = given ?? (o.loop ? "poll" : "dashboard");
      if (!VERBS.includes(verb)) throw new UsageError(`unknown orchestrate verb "${verb}"`, `use one of: ${VERBS.join(", ")}`);
      if (o.loop !== void 0) {
        if (verb !== "poll") throw new UsageError(`--loop repeats poll; it does not go with ${verb}`, "run `orch orchestrate --loop <dur>` (same as `orch orchestrate poll --loop <dur>`)");
        durationArg("--loop", 1e3)(o.loop);
      }
      checkWorkerName(name);
      let project = await openProject(ctx);
      if (verb === "verify") {
        if (!name) throw new UsageError("verify needs a worker name", "example: orch orchestrate verify fix-12-crash");
        let r2 = await verifyWorker(project, name);
        return r2.pass || (process.exitCode = 1), { data: r2, text: renderVerify(r2) };
      }
      if (verb === "verify-all") {
        let batch = pickBatch(project, o.batch), names = batch.members.filter((m) => project.registry.getWorker(m)?.branch), rs = [];
        for (let n of names) rs.push(await verifyWorker(project, n));
        return rs.some((r2) => !r2.pass) && (process.exitCode = 1), { data: { batch: batch.id, results: rs }, text: rs.map(renderVerify).join(`

`) || "No workers with branches in this batch." };
      }
      if (verb === "dispatch") {
        let started2 = await dispatchFromQueue(project, ctx);
        return { data: { dispatched: started2 }, text: started2.length ? `Dispatched: ${started2.join(", ")}` : "Nothing to dispatch (queue empty or no free slot)." };
      }
      if (verb === "pull" || verb === "cleanup")
        throw new UsageError(`orchestrate ${verb} is a human step`, verb === "pull" ? "run `orch pull` to see the PR dashboard, then `orch pull --yes` to land merged work" : "run `orch cleanup` to list what would be removed, then `orch cleanup --yes`");
      let forge = await maybeForge(ctx, project);
      if (verb === "dashboard") {
        let batch = pickBatch(project, o.batch), members = await batchFacts(project, batch, forge), data = orchestrateDashboard(project, batch, members), needs = members.filter((m) => ["blocked", "errored", "waiting-approval", "asking", "dead", "stuck", "finish-failed"].includes(m.status) || m.pr?.ci === "PASSING" && m.pr.state === "OPEN");
        return {
          data,
          text: [
            `ORCHESTRATOR DASHBOARD (batch ${batch.id}${data.finished ? ", finished" : ""})`,
            renderTable(["NAME", "STATUS", "BRANCH", "PR", "CI", "REVIEW", "NOTE"], members.map((m) => [m.name, m.status, m.rec?.branch ?? "-", m.pr ? `#${m.pr.number} ${m.pr.state}` : "-", m.pr?.ci ?? "-", m.pr?.reviewDecision ?? "-", m.reason])),
            `Needs you: ${needs.length ? needs.map((m) => m.pr?.ci === "PASSING" ? `${m.name} (READY FOR REVIEW ${m.pr.url})` : `${m.name} (${m.status})`).join("; ") : "nothing"}`
          ].join(`

`)
        };
      }
      let once = () => pollBatch(ctx, project, forge, o.batch, { idleGraceMs: o.idleGrace });
      if (!o.loop) {
        let r2 = await once();
        return { data: r2, text: renderPoll(r2), ...r2.refused.length ? { exitCode: 3 } : {} };
      }
      let every = durationArg("--loop", 1e3)(o.loop), started = Date.now(), r, lastBudget, costPerCycle = 1;
      for (; r = await once(), ctx.json ? ctx.out.jsonLine(r) : ctx.out.data(renderPoll(r)), !r.finished; ) {
        if (o.timeout && Date.now() - started > o.timeout) throw new OrchError("timeout", `the batch ${r.batch} was not finished after ${Math.round(o.timeout / 1e3)}s`, { hint: "run `orch orchestrate` to see what is left" });
        let budget = tightestBudget(forge?.rateBudgets() ?? []);
        budget && lastBudget?.resource === budget.resource && lastBudget.resetAt === budget.resetAt && (costPerCycle = Math.max(1, lastBudget.remaining - budget.remaining)), lastBudget = budget;
        let pace = pollDelay({ intervalMs: every, costPerCycle, budget, now: Date.now() });
        pace.slowedBecause && ctx.out.warn(pace.slowedBecause), await new Promise((res) => setTimeout(res, pace.delayMs));
      }
      ctx.json || ctx.out.info(`orchestrate: batch ${r.batch} finished; exiting.`);
    })
  );
  for (let role of ["orchestrator", "reviewer"]) {
    let cmd = program.command(role).helpGroup("Watch:").description(`start or stop the AI ${role} worker (its own detached worktree and window "${role}"; never merges)`).addHelpText("after", `
Examples:
  orch ${role} start
  orch ${role} stop`), start = cmd.command("start").description(`spawn the ${role} Claude worker; idempotent`).option("--interval <dur>", role === "orchestrator" ? "loop interval handed to the worker, at least 1m (default: 5m)" : "loop interval handed to the worker, at least 1m (default: review.intervalMin from the config, 10m unless set)").option("--batch <id>", "batch to orchestrate").option("--json", "print as JSON");
    role === "orchestrator" && start.option("--no-reviewer", "do not also start the reviewer"), start.addHelpText("after", `
Example:
  orch ${role} start --interval 5m`).action(
      action(async (ctx, o) => {
        o.interval !== void 0 && durationArg("--interval", 6e4)(o.interval);
        let project = await openProject(ctx), interval = o.interval ?? (role === "orchestrator" ? "5m" : `${project.config.review.intervalMin}m`), r = [await startAiWorker(ctx, project, role, { interval, batch: o.batch })];
        return role === "orchestrator" && o.reviewer !== !1 && r.push(await startAiWorker(ctx, project, "reviewer", { interval: `${project.config.review.intervalMin}m` })), { data: { workers: r }, text: r.map((x) => `${x.name}: ${x.status} (${x.attach})`).join(`
`) };
      })
    ), cmd.command("stop").description(`stop the ${role} worker and remove its detached worktree`).option("--json", "print as JSON").option("--force", "remove its worktree even with uncommitted files or commits on no remote branch").addHelpText("after", `
Refuses (until --force), like orch close: uncommitted files or commits that exist only in its worktree.

Example:
  orch ${role} stop`).action(
      action(async (ctx, o) => {
        let r = await stopAiWorker(await openProject(ctx), role, { force: !!o.force, log: (s) => ctx.out.info(s) });
        return { data: r, text: `${role}: ${r.status}` };
      })
    );
  }
  program.command("review").helpGroup("Finish:").description("post a review on a worker's pull request (approve or request changes); used by the reviewer worker; never merges").argument("<name>", "worker name", workerNameArg).option("--approve <summary>", "approve with this summary").option("--request-changes <what>", "request changes with this text").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch review fix-12-crash --request-changes "Add a test for the empty cart"`).action(
    action(async (ctx, name, o) => {
      if (!o.approve == !o.requestChanges) throw new UsageError("give exactly one of --approve or --request-changes");
      let project = await openProject(ctx), forge = await maybeForge(ctx, project);
      if (!forge) throw new UsageError("githubRepo is not set in the session config", 'add "githubRepo": "owner/name"');
      let rec = project.registry.getWorker(name);
      if (!rec?.branch) throw new UsageError(`no worker named ${name} with a branch`);
      let pr = rec.pr ?? (await forge.findPullRequests({ branch: rec.branch }))[0]?.number;
      if (!pr) throw new OrchError("no-pr", `${name} has no open pull request`, { hint: `the worker opens one with \`orch finish ${name}\`` });
      return await forge.createReview(pr, o.approve ? { event: "APPROVE", body: o.approve } : { event: "REQUEST_CHANGES", body: o.requestChanges }), o.approve && await forge.addLabels(pr, ["READY-VERIFIED"]), { data: { name, pr, event: o.approve ? "APPROVE" : "REQUEST_CHANGES" }, text: `${name}: ${o.approve ? "approved" : "requested changes on"} PR #${pr}` };
    })
  );
}

export {
  register
};
