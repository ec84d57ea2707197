import {
  displayTitle
} from "./chunk-GNSFF2PK.js";
import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  openProject
} from "./chunk-7O63BV6H.js";
import {
  action
} from "./chunk-7US3BMF3.js";
import {
  costLine,
  formatCost
} from "./chunk-V2UVAP7T.js";

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
  let a = r.applied;
  if (!a) {
    let merged = r.rows.filter((x) => x.state === "MERGED" && x.worktree).length;
    return out.push(`
Nothing was changed. \`orch pull --yes\` fast-forwards ${r.base}${merged ? ` and removes the ${merged} worktree${merged === 1 ? "" : "s"} whose PR is merged` : ""}.`), out.join(`
`);
  }
  out.push(""), out.push(`Landed: ${a.landed.join(", ") || "(none)"}`), out.push(`Still active: ${a.active.map((x) => `${x.name} (${x.state})`).join(", ") || "(none)"}`), out.push(`Refused: ${a.refused.length ? "" : "(none)"}`);
  for (let x of a.refused) out.push(`  ${x.name}: ${x.reasons.join("; ")}`);
  return a.newBase && out.push(`${r.base} is now at ${a.newBase.sha.slice(0, 7)} ${displayTitle(a.newBase.subject, 60)}${a.fastForwarded ? ` (fast-forwarded ${a.fastForwarded})` : ""}`), out.join(`
`);
}
function register(program) {
  program.command("pull").helpGroup("Finish:").description("dashboard of every orch branch and its pull request; with --yes, fast-forward the base and remove merged worktrees (never merges)").option("--yes", "fast-forward the base branch and remove the worktrees of merged pull requests").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch pull
  orch pull --yes`).action(
    action(async (ctx, o) => {
      let project = await openProject(ctx), [{ openForge }, { pullFlow }] = await Promise.all([import("./github-6LDBDRUR.js"), import("./pull-AKQ24CKH.js")]), forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l)), r = await pullFlow(ctx, project, forge, { yes: !!o.yes });
      return { data: r, text: () => render(r), ...r.applied?.refused.length ? { exitCode: 3 } : {} };
    })
  );
}

export {
  register
};
