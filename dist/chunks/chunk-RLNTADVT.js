import {
  budgetStopped,
  handleBudgets,
  handleLimits
} from "./chunk-PN3XTHKR.js";
import {
  collisionRadar,
  deliver,
  notifyCollisions,
  rowCollisions,
  shouldNotify
} from "./chunk-KPOPMPXN.js";
import {
  Observations
} from "./chunk-N2KNKGYM.js";
import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  causesFor
} from "./chunk-MKX55MNS.js";
import {
  sendPrompt
} from "./chunk-4R3W23LF.js";
import {
  STATES_NEEDING_HUMAN,
  deriveState,
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  keepGuardServer,
  launchWorker
} from "./chunk-PYYED3WT.js";
import {
  keysToChoose,
  pumpRemoteEvents,
  screenFingerprint
} from "./chunk-LIKMUZWK.js";
import {
  shellQuote,
  workerOrchInvocation
} from "./chunk-2Y7JVHO3.js";
import {
  RESUME_PROMPT
} from "./chunk-HMAPWGVG.js";
import {
  testCommands
} from "./chunk-PI3YJTP2.js";
import {
  isRemote
} from "./chunk-C4EP7MAX.js";
import {
  watch
} from "./chunk-LKC326JV.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/remote-finish-auto.ts
async function finishClaimedOnHost(ctx, project, f, state, claim) {
  if (!isRemote(f.rec.host) || state !== "finish-failed" || f.rec.pr !== void 0 || !/WORKTREE_STATUS:\s*COMPLETE/.test(claim) || f.events.some((e) => e.event === "FinishFailed" || e.event === "FinishSucceeded")) return;
  let [{ finishFlow }, github] = await Promise.all([import("./finish-FMRLGTU5.js"), project.config.githubRepo ? import("./github-KP62LA2H.js") : void 0]);
  try {
    let forge = github ? await github.openForge(project.config, ctx.env, (l) => ctx.out.info(l)) : void 0, r = await finishFlow(ctx, project, forge, { name: f.rec.name, draft: !1, test: !0 });
    return `finished from here (it runs on ${f.rec.host}): ${r.pr ? `PR #${r.pr.number} ${r.pr.created ? "opened" : "already open"}` : `pushed ${r.branch}`}`;
  } catch (e) {
    return `finish from here failed: ${e.message.split(`
`)[0]}`;
  }
}

// src/flows/watch/monitor.ts
import path from "node:path";

// src/core/monitor-policy.ts
function decideAction(p) {
  if (p.screenKind === "trust-folder") return { kind: "answer-trust" };
  let recentlyNudged = (reason) => p.lastNudgeAt !== void 0 && p.lastNudgeFor === reason && p.now - p.lastNudgeAt < p.nudgeEveryMs;
  switch (p.state) {
    case "working":
      return { kind: "none", why: "working; never typed into" };
    case "booting":
      return { kind: "none", why: "booting" };
    case "done":
      return p.claimedComplete && !p.hasPr && p.hasTestCommands && !p.testsReported ? recentlyNudged("untested") ? { kind: "none", why: "waiting after the tests reminder" } : {
        kind: "nudge",
        reason: "untested",
        message: `STOP: do not report completion without running the tests. Run the test commands from .claude-bootstrap.md, fix failures, then run \`${p.orchCommand} finish ${p.name}\` and report TESTS_PASSED.`
      } : { kind: "none", why: "done; no longer watched" };
    case "idle":
      return p.now - p.stateSince < p.idleGraceMs ? { kind: "none", why: "idle; giving it a moment" } : recentlyNudged("idle") ? { kind: "none", why: "idle; nudged recently" } : {
        kind: "nudge",
        reason: "idle",
        message: `Status check: your task is not finished. Continue it; when it is done, run the tests and \`${p.orchCommand} finish ${p.name}\`, then end with the WORKTREE_STATUS lines from .claude-bootstrap.md.`
      };
    case "stuck":
      return recentlyNudged("stuck") ? { kind: "report", why: "still stuck after a nudge: needs a human" } : {
        kind: "nudge",
        reason: "stuck",
        message: "Status check: what are you working on? Re-read .claude-bootstrap.md, then continue. If you cannot proceed, end with WORKTREE_STATUS: BLOCKED and REASON."
      };
    case "finish-failed":
      return p.lastNudgeFor === "finish-failed" && p.lastNudgeAt !== void 0 && p.lastNudgeAt >= p.stateSince ? { kind: "report", why: "finish-failed: told once; needs a human if it stays" } : {
        kind: "nudge",
        reason: "finish-failed",
        message: `Your work is not done: ${p.reason ?? "orch finish did not succeed"}. Fix what it reports, run \`${p.orchCommand} finish ${p.name}\` again, and end with WORKTREE_STATUS: COMPLETE only after it succeeds (or WORKTREE_STATUS: BLOCKED with REASON).`
      };
    case "not-launched":
      return { kind: "none", why: "not launched (--no-launch); `orch resume` launches it" };
    case "limited":
      return { kind: "none", why: "limited; waits for the reset" };
    case "waiting-approval":
    case "asking":
    case "blocked":
    case "errored":
    case "dead":
      return { kind: "report", why: `${p.state}: needs a human` };
  }
}

// src/flows/watch/monitor.ts
function formatLine(l) {
  let st = l.state.name, why = STATES_NEEDING_HUMAN.includes(st) || st === "limited" ? ` | why: ${(l.why ?? l.state.reason).replace(/\s*\n\s*/g, " | ").slice(0, 300)}` : "";
  return `MONITOR [${l.name}]: ${st.toUpperCase()} | commits: ${l.ahead ?? 0} | uncommitted: ${l.uncommitted?.count ?? "unknown (git failed)"} | action: ${l.action}${why}`;
}
async function monitorCycle(ctx, project, o) {
  return (await monitorCycleWithFacts(ctx, project, o)).lines;
}
async function monitorCycleWithFacts(ctx, project, o) {
  let { registry, config, mux } = project;
  if (o.names?.length) {
    for (let n of o.names) if (!registry.getWorker(n)) throw new UsageError(`no worker named ${n}`, "run `orch list` to see the names");
  }
  let facts = await inspectProject(project, { capture: !0, git: !0, ...o.names?.length ? { names: o.names } : {} });
  keepGuardServer(project, facts.workers.filter((f) => f.window && !f.window.dead).map((f) => f.rec));
  let obs = new Observations(registry.dir), now = (o.now ?? Date.now)(), orchCommand = shellQuote(workerOrchInvocation()), hasTests = testCommands(config.layout, config.projectName, config.repoPath).length > 0, lines = [], budgetActions = await handleBudgets(ctx, project, facts.workers, now, orchCommand);
  for (let f of facts.workers) {
    let line = await observeOne(ctx, project, f, obs, now, orchCommand, hasTests, o), b = budgetActions.get(f.rec.name);
    b && !line.action.startsWith("resumed") && (line.action = b), lines.push(line);
  }
  let limitActions = await handleLimits(ctx, project, facts.workers, now);
  for (let l of lines) {
    let a = limitActions.get(l.name);
    a && (l.action = a);
  }
  if (!o.names?.length) {
    let radar = await collisionRadar(facts);
    for (let l of lines) l.collisions = rowCollisions(radar.collisions, l.name).map((c) => ({ ...c, whole: !!c.whole }));
    for (let line of await notifyCollisions(ctx, project, radar.collisions)) ctx.out.warn(`collision: ${line}`);
  }
  return { lines, facts };
}
async function observeOne(ctx, project, f, obs, now, orchCommand, hasTests, o) {
  let { config, mux } = project, prev = obs.get(f.rec.name), fp = f.rawScreen === void 0 ? prev.fingerprint : screenFingerprint(f.rawScreen), commits = f.git?.ahead ?? 0, changedAt = fp !== prev.fingerprint || commits !== prev.commits || prev.changedAt === void 0 ? now : prev.changedAt, derived = deriveState({
    now,
    events: f.events,
    screen: f.screen,
    window: { exists: !!f.window, dead: f.window?.dead ?? !1, deadStatus: f.window?.deadStatus },
    lastChangeAt: changedAt,
    pr: f.rec.pr ? { state: "open" } : void 0,
    stuckAfterMs: config.stuckAfterMin * 6e4,
    finish: f.finish,
    limit: f.limit,
    limitBackoffMs: config.limits.backoffMin * 6e4
  }), stateSince = derived.state === prev.lastState && prev.stateSince ? prev.stateSince : now, claim = `${[...f.events].reverse().find((e) => e.event === "Stop")?.message ?? ""}
${f.screen?.lastAssistantText ?? ""}`, tests = /TESTS_PASSED:\s*(.+)/.exec(claim)?.[1]?.trim() ?? f.screen?.completion?.tests, stoppedAtBudget = budgetStopped(project, f.rec.name), finishedHere = await finishClaimedOnHost(ctx, project, f, derived.state, claim), decided = decideAction({
    name: f.rec.name,
    state: derived.state,
    screenKind: f.screen?.kind,
    claimedComplete: /WORKTREE_STATUS:\s*COMPLETE/.test(claim),
    testsReported: !!tests && !/^(none|n\/a|-|no tests?)\b/i.test(tests),
    hasTestCommands: hasTests,
    hasPr: !!f.rec.pr,
    now,
    lastNudgeAt: prev.lastNudgeAt,
    lastNudgeFor: prev.lastNudgeFor,
    stateSince,
    nudgeEveryMs: o.nudgeEveryMs,
    idleGraceMs: o.idleGraceMs,
    orchCommand,
    // One line: the failure's last lines, typed into the worker's prompt.
    reason: derived.reason.replace(/\s*\n\s*/g, " | ").slice(0, 1500)
  }), decision = finishedHere ? { kind: "report", why: finishedHere } : stoppedAtBudget && decided.kind === "nudge" ? { kind: "report", why: `stopped at its budget (${stoppedAtBudget.why})` } : decided, action = decision.kind === "none" ? "none" : decision.kind === "report" ? `report (${decision.why})` : "", next = { ...prev, fingerprint: fp, commits, changedAt, lastState: derived.state, stateSince };
  if (decision.kind === "answer-trust" && f.screen) {
    let keys = keysToChoose(f.screen, "Yes, I trust");
    keys && await mux.sendKeys(f.rec.session, f.rec.window, keys), action = keys ? "answered the trust prompt" : "trust prompt: no accepting option found";
  } else if (decision.kind === "nudge")
    try {
      await sendPrompt(project, f.rec, decision.message, 8e3), action = `nudged (${decision.reason})`, next.lastNudgeAt = now, next.lastNudgeFor = decision.reason;
    } catch (e) {
      action = `nudge failed: ${e.message.split(`
`)[0]}`;
    }
  let why;
  if (!["working", "booting", "done"].includes(derived.state)) {
    let causes = causesFor(project, { ...f, state: derived }, now);
    why = causes[0].summary;
    let api = causes.find((c) => c.kind === "api-error"), full = causes.find((c) => c.kind === "context-full" && c.nearlyFullNow), actedSince = (what) => prev.lastNudgeFor === what && prev.lastNudgeAt !== void 0 && prev.lastNudgeAt >= stateSince;
    if (derived.state === "errored" && api?.transient && config.recovery.relaunchOnApiError && f.window && !f.limit)
      if (actedSince("relaunch")) action = "report (relaunched once after this API error; needs a human)";
      else
        try {
          f.window.dead ? (await mux.killWindow(f.rec.session, f.rec.window), await launchWorker(project, f.rec, { resume: !0, log: (s) => ctx.out.info(s) }), action = "relaunched with --continue (transient API error)") : (await sendPrompt(project, f.rec, RESUME_PROMPT, 15e3), action = "continued after a transient API error"), next.lastNudgeAt = now, next.lastNudgeFor = "relaunch";
        } catch (e) {
          action = `continue after the API error failed: ${e.message.split(`
`)[0]}`;
        }
    else derived.state === "idle" && full && config.recovery.compact && !actedSince("compact") && decision.kind !== "nudge" && (await mux.sendLiteral(f.rec.session, f.rec.window, "/compact"), await mux.sendKeys(f.rec.session, f.rec.window, ["Enter"]), action = "sent /compact (context nearly full)", next.lastNudgeAt = now, next.lastNudgeFor = "compact");
  }
  let n = shouldNotify(derived.state, prev.notified, now, config.notify.reminderMin * 6e4);
  return n.send && (config.notify.webhook || config.notify.command?.length) ? await deliver(config, { worker: f.rec.name, state: derived.state, detail: derived.reason, pr: f.rec.pr ?? null, at: new Date(now).toISOString(), ...n.reminder ? { reminder: n.reminder } : {} }, (s) => ctx.out.info(s)) && (next.notified = { state: derived.state, at: now, count: n.reminder }) : !n.send && derived.state !== prev.notified?.state && delete next.notified, obs.put(f.rec.name, next), { ...workerJsonOf(project, { ...f, state: derived }, { why: why ?? !1 }), action, at: new Date(now).toISOString() };
}
var FINAL = ["done", "dead", "not-launched"];
async function monitorWatch(ctx, project, o) {
  let eventsDir = path.dirname(project.registry.eventsFile("x")), dirty = /* @__PURE__ */ new Set(), wake, watcher;
  try {
    watcher = watch(eventsDir, (_t, file) => {
      file && dirty.add(String(file).replace(/\.jsonl$/, "")), wake?.();
    });
  } catch {
    watcher = void 0;
  }
  let last = /* @__PURE__ */ new Map(), started = Date.now(), nextFull = 0, stopPump = pumpRemoteEvents(project);
  try {
    for (; ; ) {
      let full = Date.now() >= nextFull, names = full ? o.names : [...dirty].filter((n) => !o.names?.length || o.names.includes(n));
      if (dirty.clear(), full && (nextFull = Date.now() + o.intervalMs), full || names?.length) {
        let watched = (names ?? project.registry.listWorkers().map((r) => r.name)).filter((n) => !FINAL.includes(last.get(n)?.state.name) || !full);
        if (watched.length) {
          let lines = await monitorCycle(ctx, project, { ...o, names: watched });
          for (let l of lines) {
            let p = last.get(l.name), changed = !p || p.state.name !== l.state.name || l.action !== "none";
            last.set(l.name, l), o.onLine(l, changed);
          }
        }
        await o.afterCycle?.();
      }
      if (project.registry.listWorkers().filter((r) => !o.names?.length || o.names.includes(r.name)).every((r) => FINAL.includes(last.get(r.name)?.state.name)) && !project.registry.listBatches().some((b) => b.queue.length) || o.timeoutMs && Date.now() - started > o.timeoutMs) break;
      await new Promise((r) => {
        let t = setTimeout(r, Math.max(50, Math.min(1e3, nextFull - Date.now())));
        wake = () => {
          clearTimeout(t), setTimeout(r, 100);
        };
      }), wake = void 0;
    }
  } finally {
    watcher?.close(), stopPump();
  }
  return [...last.values()];
}

export {
  formatLine,
  monitorCycle,
  monitorCycleWithFacts,
  monitorWatch
};
