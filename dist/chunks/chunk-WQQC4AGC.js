import {
  STATE_SYMBOL
} from "./chunk-RODDELAI.js";
import {
  answerPermission,
  causesFor,
  requireWorker,
  resultFlow,
  sendFlow
} from "./chunk-W5J37BMN.js";
import {
  collisionRadar,
  describeCollision,
  rowCollisions
} from "./chunk-IL72QI4B.js";
import {
  ago
} from "./chunk-TG33RQB7.js";
import {
  action,
  durationOption,
  workerNameArg
} from "./chunk-65JBJRKO.js";
import {
  inspectProject
} from "./chunk-VYJLUQ7F.js";
import {
  costLine,
  formatTokens
} from "./chunk-V2UVAP7T.js";
import {
  openProject
} from "./chunk-76SHEB3B.js";

// src/flows/watch/status.ts
async function statusFlow(project, name) {
  let rec = requireWorker(project, name), f = (await inspectProject(project, { capture: !0, git: !0, names: [name] })).workers[0], radar = await collisionRadar(await inspectProject(project, { capture: !0, git: !1 })).catch(() => {
  }), mine = radar ? radar.collisions.filter((c) => c.a === name || c.b === name) : [], lastPrompt = [...f.events].reverse().find((e) => e.event === "UserPromptSubmit"), last = f.events[f.events.length - 1], current = [...f.events].reverse().find((e) => e.tool), events = f.events.slice(-10), now = Date.now(), causes = causesFor(project, f, now), data = {
    name,
    state: f.state.state,
    reason: f.state.reason,
    ...f.state.until ? { until: f.state.until } : {},
    ...f.limit ? { limit: f.limit } : {},
    host: rec.host ?? "local",
    branch: rec.branch,
    worktree: rec.worktree,
    issue: rec.issue,
    title: rec.title,
    started: rec.created,
    lastActivity: last?.at,
    currentTool: current ? `${current.tool}${current.summary ? `: ${current.summary}` : ""}` : void 0,
    lastPromptAt: lastPrompt?.at,
    pr: rec.pr,
    commits: f.git?.ahead ?? 0,
    uncommitted: f.git ? f.git.uncommitted : 0,
    window: f.window ? f.window.dead ? "dead" : "alive" : "missing",
    cost: f.usage,
    why: causes[0].summary,
    causes,
    events,
    screenTail: f.screen?.tail,
    collisions: rowCollisions(mine, name)
  }, text = [
    `${name}  ${STATE_SYMBOL[f.state.state]} ${f.state.state} (${f.state.reason})`,
    `  why:           ${causes[0].summary}`,
    `  task:          ${rec.title ?? "-"}${rec.issue ? ` (issue #${rec.issue})` : ""}`,
    `  branch:        ${rec.branch ?? "(detached)"}  commits: ${data.commits}  uncommitted: ${data.uncommitted}`,
    `  worktree:      ${rec.worktree}${rec.host ? ` (on ${rec.host})` : ""}  window: ${data.window}`,
    `  started:       ${rec.created} (${ago(rec.created, now)})`,
    `  last activity: ${ago(last?.at, now)}${data.currentTool ? `  tool: ${data.currentTool}` : ""}`,
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
  return { ...data, text };
}

// src/cli/talk.ts
function register(program) {
  program.command("send").helpGroup("Watch:").description("type a prompt into a worker once it is idle, submit it, and confirm it arrived; --wait prints the reply").argument("<name>", "worker name", workerNameArg).argument("<prompt>", "the text to send (typed literally)").option("--wait", "wait for the turn to end and print the reply").addOption(durationOption("--timeout <dur>", "how long to wait", { min: "1s", default: "2m" })).option("--force", "type even while the worker is busy or waiting for approval").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch send fix-12-crash "Also add a regression test" --wait`).action(
    action(async (ctx, name, prompt, o) => {
      let r = await sendFlow(await openProject(ctx), name, prompt, { wait: !!o.wait, timeoutMs: o.timeout, force: !!o.force });
      return { data: r, text: r.reply ?? `sent to ${name}` };
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
    action(async (ctx, name) => {
      let r = await statusFlow(await openProject(ctx), name);
      return { data: r, text: r.text };
    })
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
        return { data: r, text: `${name}: ${r.answer === "deny" ? "denied" : r.answer === "always" ? "approved (always)" : "approved (once)"}${r.tool ? ` ${r.tool}` : ""}` };
      })
    );
  }
}

export {
  register
};
