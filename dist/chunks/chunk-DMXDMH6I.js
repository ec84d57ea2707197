import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  inspectWorkersJson
} from "./chunk-SQT3PIL2.js";
import {
  action,
  positiveInt
} from "./chunk-SOUTL5MT.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/start-issues.ts
function displayTitle(t, max = 50) {
  let clean = t.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}
function statusText(r) {
  return r.status === "skipped" || r.status === "failed" || r.reason?.startsWith("held: ") || r.reason?.startsWith("re-queued: ") ? `${r.status}: ${r.reason ?? ""}` : r.status;
}
function issueNumbers(args) {
  let bad = args.filter((a) => !/^\d+$/.test(a) || Number(a) < 1 || !Number.isSafeInteger(Number(a)));
  if (bad.length) throw new UsageError(`issue numbers must be positive whole numbers, got ${bad.map((b) => JSON.stringify(b)).join(", ")}`, "example: orch start-issues 12 13 14");
  return args.map(Number);
}
function register(program) {
  program.command("start-issues").helpGroup("Dispatch:").description("one worker, branch fix/<n>-<slug> and pull request per GitHub issue; beyond maxWorkers they queue").argument("[numbers...]", "issue numbers").option("--label <label>", "every open issue with this label instead of numbers").option("--limit <k>", "with --label: at most k issues (default 20)", positiveInt("--limit")).option("--concurrency <k>", "issues fetched and workers started at once (default 4)", positiveInt("--concurrency")).option("--host <name>", "run these workers on this configured host (or local); default: each on the host with the most free slots").option("--dry-run", "print the plan and skip reasons; create nothing").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch start-issues 12 13 14
  orch start-issues --label bug --limit 10 --dry-run`).action(
    action(async (ctx, args, o) => {
      let numbers = issueNumbers(args);
      if (!numbers.length && !o.label) throw new UsageError("give issue numbers or --label <label>", "example: orch start-issues 12 13 14, or orch start-issues --label bug --limit 10");
      if (numbers.length && o.label) throw new UsageError("give issue numbers or --label, not both");
      if (o.limit !== void 0 && !o.label) throw new UsageError("--limit only applies with --label");
      let project = await openProject(ctx), [{ openForge }, { startIssuesFlow }] = await Promise.all([import("./github-KP62LA2H.js"), import("./start-issues-WUSD23B3.js")]), forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l)), r = await startIssuesFlow(ctx, project, forge, { numbers, label: o.label, limit: o.limit, concurrency: o.concurrency, dryRun: !!o.dryRun, host: o.host }), count = (s) => r.rows.filter((x) => x.status === s).length;
      count("failed") && (process.exitCode = 1);
      let workers = await inspectWorkersJson(project, r.rows.flatMap((x) => x.status === "dispatched" && x.name ? [x.name] : []));
      return {
        data: {
          dryRun: r.dryRun,
          batch: r.batch ?? null,
          base: r.base,
          rows: r.rows.map((x) => ({ issue: x.issue, title: x.title, name: x.name ?? null, branch: x.branch ?? null, status: x.status, reason: x.reason ?? null, collisions: x.collisions ?? [], worker: x.name && workers.get(x.name) || null }))
        },
        text: () => {
          if (!r.rows.length) return "No issues to start.";
          let table = renderTable(
            ["ISSUE", "TITLE", "BRANCH", "STATUS"],
            r.rows.map((x) => [`#${x.issue}`, displayTitle(x.title), x.branch ?? "-", statusText(x)])
          ), summary = r.dryRun ? `
Dry run: ${count("would dispatch")} would start, ${count("would queue")} would queue, ${count("skipped")} skipped. Nothing was created.` : `
${count("dispatched")} dispatched, ${count("queued")} queued, ${count("skipped")} skipped, ${count("failed")} failed${r.batch ? ` (batch ${r.batch})` : ""}.` + (count("dispatched") ? `
Watch them:  orch dash   (or orch monitor --watch)` : "");
          return table + summary;
        }
      };
    })
  );
}

export {
  displayTitle,
  statusText,
  register
};
