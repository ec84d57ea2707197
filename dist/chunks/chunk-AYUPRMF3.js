import {
  displayTitle
} from "./chunk-DMXDMH6I.js";
import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  action
} from "./chunk-SOUTL5MT.js";
import {
  costLine,
  formatCost
} from "./chunk-NWFVAOPQ.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/pull.ts
function render(r) {
  let out = [];
  if (r.rows.length ? out.push(
    renderTable(
      ["BRANCH", "PR", "STATE", "CI", "REVIEW", "MERGEABLE", "WORKTREE", "WORKER", "COST", "TITLE"],
      r.rows.map((x) => [
        x.branch,
        x.pr ? `#${x.pr}` : "-",
        x.state,
        x.ci + (x.failingChecks.length ? ` (${x.failingChecks.join(", ")})` : ""),
        x.review,
        x.mergeable === null ? "-" : x.mergeable ? "yes" : "no",
        x.worktree ? "yes" : "no",
        x.worker,
        x.cost ? formatCost(x.cost.usd) : "-",
        displayTitle(x.title, 40)
      ])
    )
  ) : out.push("No orch branches. Start some with `orch start-issues <n>...`."), r.rows.some((x) => x.cost)) {
    out.push(`
Cost: ${costLine(r.costs.total)}`);
    for (let [id, c] of Object.entries(r.costs.batches)) out.push(`  batch ${id}: ${costLine(c)}`);
  }
  if (r.incoming) {
    out.push(r.incoming.count ? `
Incoming on origin/${r.base}: ${r.incoming.count} commit${r.incoming.count === 1 ? "" : "s"} the local ${r.base} lacks` : `
The local ${r.base} is up to date with origin/${r.base}.`);
    for (let c of r.incoming.commits) out.push(`  ${displayTitle(c, 80)}`);
  }
  let conflicting = r.rows.filter((x) => x.conflictsWithBase);
  if (conflicting.length) {
    out.push(`
Conflict with ${r.base} now (their workers must rebase; \`orch pull --yes\` tells them):`);
    for (let x of conflicting) out.push(`  #${x.pr} ${x.branch}: ${x.conflictsWithBase.join(", ") || "(files not named)"}`);
  }
  r.becameConflicting.length && out.push(`Went from clean to conflicting since the last look: ${r.becameConflicting.map((x) => `#${x.pr} ${x.name}`).join(", ")}`);
  let a = r.applied;
  if (!a) {
    let merged = r.rows.filter((x) => x.state === "MERGED" && x.worktree).length;
    return out.push(`
Nothing was changed. \`orch pull --yes\` fast-forwards ${r.base}${merged ? ` and removes the ${merged} worktree${merged === 1 ? "" : "s"} whose PR is merged` : ""}.`), out.join(`
`);
  }
  out.push(""), out.push(`Landed: ${a.landed.join(", ") || "(none)"}`), out.push(`Still active: ${a.active.map((x) => `${x.name} (${x.state})`).join(", ") || "(none)"}`), out.push(`Refused: ${a.refused.length ? "" : "(none)"}`);
  for (let x of a.refused) out.push(`  ${x.name}: ${x.reasons.join("; ")}`);
  a.rebaseAsked.length && out.push(`Asked to rebase: ${a.rebaseAsked.map((x) => `${x.name} (#${x.pr})`).join(", ")}`);
  for (let x of a.rebaseNotAsked) out.push(`Not asked to rebase: ${x.name} (#${x.pr}): ${x.reason}`);
  return a.newBase && out.push(`${r.base} is now at ${a.newBase.sha.slice(0, 7)} ${displayTitle(a.newBase.subject, 60)}${a.fastForwarded ? ` (fast-forwarded ${a.fastForwarded})` : ""}`), out.join(`
`);
}
function renderPlan(r) {
  let out = [`MERGE PLAN onto ${r.base} at ${r.baseSha.slice(0, 7)} (tried locally with git ${r.method}; nothing was merged or pushed)`];
  r.prs.length || out.push("No open pull request of an orch worker with passing checks.");
  let title = (n) => {
    let p = r.prs.find((x) => x.number === n);
    return p ? `#${n} ${p.branch}  ${displayTitle(p.title, 50)}` : `#${n}`;
  };
  if (r.order.length && (out.push(`
Merge on GitHub in this order (${r.order.length} land${r.order.length === 1 ? "s" : ""} without conflicts):`), r.order.forEach((n, i) => {
    let step = r.steps.find((s) => s.pr === n), tests = step?.tests?.length ? `  tests: ${step.tests.every((t) => t.pass) ? "pass" : "FAIL"}` : "";
    out.push(`  ${i + 1}. ${title(n)}${tests}`);
  })), r.pairs.length) {
    out.push(`
Conflicting pairs:`);
    for (let p of r.pairs) out.push(`  #${p.a} and #${p.b}: ${p.files.join(", ") || "(files not named)"}`);
  }
  if (r.later.length) {
    out.push(`
After those (each needs a rebase or a fix first):`);
    for (let l of r.later) out.push(`  ${title(l.pr)}: ${l.reason}`);
  }
  return r.skipped.length && out.push(`
Left out: ${r.skipped.map((s) => `${s.name}${s.pr ? ` (#${s.pr})` : ""}: ${s.reason}`).join("; ")}`), r.prs.length && !r.scratch.removed && out.push(`
Kept the scratch worktree ${r.scratch.dir}: ${(r.scratch.reasons ?? []).join("; ")}`), out.join(`
`);
}
function register(program) {
  program.command("pull").helpGroup("Finish:").description("dashboard of every orch branch and its pull request; with --yes, fast-forward the base and remove merged worktrees (never merges)").option("--yes", "fast-forward the base branch and remove the worktrees of merged pull requests").option("--plan", "try the open PRs with passing checks against the base in a scratch worktree: conflicting pairs and a merge order (merges nothing)").option("--test", "with --plan: run the test command after each merge").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch pull
  orch pull --yes
  orch pull --plan
  orch pull --plan --test --json`).action(
    action(async (ctx, o) => {
      if (o.plan && o.yes) throw new UsageError("--plan and --yes do not go together: the plan changes nothing", "run `orch pull --plan`, merge on GitHub, then `orch pull --yes`");
      if (o.test && !o.plan) throw new UsageError("--test only goes with --plan", "run `orch pull --plan --test`");
      let project = await openProject(ctx);
      if (o.plan) {
        let [{ openForge: openForge2 }, { mergePlanFlow }] = await Promise.all([import("./github-KP62LA2H.js"), import("./merge-plan-IIA3SD3G.js")]), forge2 = await openForge2(project.config, ctx.env, (l) => ctx.out.info(l)), plan = await mergePlanFlow(ctx, project, forge2, { test: !!o.test });
        return { data: plan, text: () => renderPlan(plan) };
      }
      let [{ openForge }, { pullFlow }] = await Promise.all([import("./github-KP62LA2H.js"), import("./pull-EQDRGIKI.js")]), forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l)), r = await pullFlow(ctx, project, forge, { yes: !!o.yes }), { pullJson } = await import("./pull-json-S2EF35NV.js");
      return { data: ctx.json ? await pullJson(project, r) : r, text: () => render(r), ...r.applied?.refused.length ? { exitCode: 3 } : {} };
    })
  );
}

export {
  register
};
