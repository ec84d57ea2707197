import {
  STATE_SYMBOL
} from "./chunk-EL3746RD.js";
import {
  collisionRadar,
  describeCollision,
  rowCollisions
} from "./chunk-KPOPMPXN.js";
import {
  ago
} from "./chunk-TG33RQB7.js";
import {
  workerJsonOf
} from "./chunk-SQT3PIL2.js";
import {
  answerPermission,
  causesFor,
  requireWorker,
  resultFlow,
  sendFlow
} from "./chunk-MKX55MNS.js";
import {
  action,
  durationOption,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  costLine,
  formatTokens,
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  causeJson,
  eventJson,
  limitJson,
  whyField
} from "./chunk-SVBYXOYY.js";

// src/flows/watch/status.ts
async function statusFlow(project, name) {
  let rec = requireWorker(project, name), f = (await inspectProject(project, { capture: !0, git: !0, names: [name] })).workers[0], radar = await collisionRadar(await inspectProject(project, { capture: !0, git: !1 })).catch(() => {
  }), mine = radar ? radar.collisions.filter((c) => c.a === name || c.b === name) : [], lastPrompt = [...f.events].reverse().find((e) => e.event === "UserPromptSubmit"), last = f.events[f.events.length - 1], current = [...f.events].reverse().find((e) => e.tool), events = f.events.slice(-10), now = Date.now(), causes = causesFor(project, f, now), worker = workerJsonOf(project, f, { why: whyField(f.state.state, () => causes[0].summary) ?? !1, collisions: rowCollisions(mine, name) }), tool = current ? `${current.tool}${current.summary ? `: ${current.summary}` : ""}` : null, data = {
    ...worker,
    started: rec.created,
    lastActivity: last?.at ?? null,
    tool,
    lastPromptAt: lastPrompt?.at ?? null,
    limit: f.limit ? limitJson(f.limit) : null,
    causes: causes.map(causeJson),
    events: events.map(eventJson),
    screenTail: f.screen?.tail ?? null
  }, text = [
    `${name}  ${STATE_SYMBOL[f.state.state]} ${f.state.state} (${f.state.reason})`,
    `  why:           ${causes[0].summary}`,
    `  task:          ${rec.title ?? "-"}${rec.issue ? ` (issue #${rec.issue})` : ""}`,
    `  branch:        ${rec.branch ?? "(detached)"}  commits: ${worker.ahead ?? "-"}  uncommitted: ${worker.uncommitted?.count ?? "unknown"}`,
    `  worktree:      ${rec.worktree}${rec.host ? ` (on ${rec.host})` : ""}  window: ${f.window ? f.window.dead ? "dead" : "alive" : "missing"}`,
    `  started:       ${rec.created} (${ago(rec.created, now)})`,
    `  last activity: ${ago(last?.at, now)}${tool ? `  tool: ${tool}` : ""}`,
    `  last prompt:   ${ago(lastPrompt?.at, now)}`,
    `  PR:            ${rec.pr ? `#${rec.pr}` : "-"}`,
    `  cost:          ${costLine(f.usage)}${f.usage.unpricedModels.length ? ` (no price for ${f.usage.unpricedModels.join(", ")})` : ""}`,
    ...Object.entries(f.usage.models).map(([m, t]) => `    ${m}: in ${formatTokens(t.input)} \xB7 out ${formatTokens(t.output)} \xB7 cache read ${formatTokens(t.cacheRead)} \xB7 cache write ${formatTokens(t.cacheWrite)}`),
    ...mine.length ? ["  collisions:", ...mine.map((c) => `    ${describeCollision(c, name)}`)] : [],
    "  last events:",
    ...events.map((e) => `    ${e.at.slice(11, 19)} ${e.event}${e.tool ? ` ${e.tool}` : ""}${e.summary ? `: ${e.summary}` : ""}${e.notification ? ` (${e.notification})` : ""}${e.blocked ? " BLOCKED by guard" : ""}`),
    ...f.screen?.tail ? ["  screen:", ...f.screen.tail.split(`
`).map((l) => `    | ${l}`)] : []
  ].join(`
`);
  return { data, text };
}

// src/cli/talk.ts
function register(program) {
  program.command("send").helpGroup("Watch:").description("type a prompt into a worker once it is idle, submit it, and confirm it arrived; --wait prints the reply").argument("<name>", "worker name", workerNameArg).argument("<prompt>", "the text to send (typed literally)").option("--wait", "wait for the turn to end and print the reply").addOption(durationOption("--timeout <dur>", "how long to wait", { min: "1s", default: "2m" })).option("--force", "type even while the worker is busy or waiting for approval").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch send fix-12-crash "Also add a regression test" --wait`).action(
    action(async (ctx, name, prompt, o) => {
      let r = await sendFlow(await openProject(ctx), name, prompt, { wait: !!o.wait, timeoutMs: o.timeout, force: !!o.force });
      return { data: { ...r, reply: r.reply ?? null }, text: r.reply ?? `sent to ${name}` };
    })
  ), program.command("result").helpGroup("Watch:").description("a worker's last turn as markdown, from its transcript (tool results cut to 5 lines unless --full)").argument("<name>", "worker name", workerNameArg).option("--full", "show tool results in full").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch result fix-12-crash --full`).action(
    action(async (ctx, name, o) => {
      let r = await resultFlow(await openProject(ctx), name, !!o.full);
      return { data: r, text: r.markdown };
    })
  ), program.command("status").helpGroup("Watch:").description("detail view of one worker: started, last activity, current task, last prompt, last 10 events, PR").argument("<name>", "worker name", workerNameArg).option("--json", "print as JSON").addHelpText("after", `
Example:
  orch status fix-12-crash`).action(
    action(async (ctx, name) => statusFlow(await openProject(ctx), name))
  );
  for (let [cmd, answer, desc] of [
    ["approve", "approve", "answer a permission prompt on the worker screen with Yes (--always: and do not ask again)"],
    ["deny", "deny", "answer a permission prompt on the worker screen with No"]
  ]) {
    let c = program.command(cmd).helpGroup("Watch:").description(`${desc}; for workers run without bypass mode`).argument("<name>", "worker name", workerNameArg).option("--json", "print as JSON").addHelpText("after", `
Example:
  orch ${cmd} fix-12-crash`);
    cmd === "approve" && c.option("--always", 'choose "Yes, and always allow"'), c.action(
      action(async (ctx, name, o) => {
        let r = await answerPermission(await openProject(ctx), name, answer === "approve" && o.always ? "always" : answer);
        return { data: { ...r, tool: r.tool ?? null }, text: `${name}: ${r.answer === "deny" ? "denied" : r.answer === "always" ? "approved (always)" : "approved (once)"}${r.tool ? ` ${r.tool}` : ""}` };
      })
    );
  }
}

export {
  register
};
