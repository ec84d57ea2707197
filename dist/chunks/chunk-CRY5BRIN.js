import {
  budgetText,
  tightestBudget
} from "./chunk-2AOCSPOJ.js";
import {
  dashAnswer,
  dashRows,
  needsHuman
} from "./chunk-FWOSZT7X.js";
import {
  collisionSummary,
  renderDashboard
} from "./chunk-EL3746RD.js";
import {
  costTotals
} from "./chunk-PQ2RME7U.js";
import {
  action,
  durationOption
} from "./chunk-SOUTL5MT.js";
import {
  costLine
} from "./chunk-NWFVAOPQ.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/dash.ts
function portArg(v) {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535) throw new UsageError(`--port expects a port number from 1 to 65535, got "${v}"`);
  return Number(v);
}
async function serveWeb(ctx, project, o) {
  let { startWebDashboard } = await import("./server-2TNXT2PK.js"), forge = project.config.githubRepo ? async () => {
    let { openForge } = await import("./github-KP62LA2H.js");
    return openForge(project.config, ctx.env, (s) => ctx.out.info(s)).catch((e) => {
      ctx.out.warn(`CI and review left empty: ${e.message}`);
    });
  } : void 0, web = await startWebDashboard(ctx, project, { port: o.port, forge });
  if (ctx.json ? ctx.out.jsonLine({ url: web.url, port: web.port }) : ctx.out.data(web.url), ctx.out.info("Dashboard on 127.0.0.1 only; the token in the URL is its password. Ctrl-C stops it."), o.open) {
    let { openUrl } = await import("./open-url-CIF5XJ4C.js");
    await openUrl(web.url) || ctx.out.warn("no browser could be opened; open the URL above yourself");
  }
  await new Promise((resolve) => {
    process.once("SIGINT", resolve), process.once("SIGTERM", resolve);
  }), await web.close();
}
function register(program) {
  program.command("dash").helpGroup("Watch:").description("dashboard: every worker with state, last activity, current tool, commits, PR; totals; who needs you").option("--watch", "redraw in place until Ctrl-C").addOption(durationOption("--interval <dur>", "redraw interval with --watch", { min: "500ms", default: "2s" })).option("--json", "print as JSON").option("--web", "serve a live dashboard page on 127.0.0.1 (prints its URL with a private token) until Ctrl-C").option("--port <n>", "port for --web (default: a free one)", portArg).option("--open", "with --web: open the page in the default browser").addHelpText("after", `
Example:
  orch dash
  orch dash --watch
  orch dash --json
  orch dash --web --open`).action(
    action(async (ctx, o) => {
      let project = await openProject(ctx);
      if (o.web) return serveWeb(ctx, project, { port: o.port ?? 0, open: !!o.open });
      if (o.port !== void 0 || o.open) throw new UsageError(`${o.port !== void 0 ? "--port" : "--open"} only goes with --web`, "run `orch dash --web --help`");
      let color = ctx.out.stdoutIsTTY && !process.env.NO_COLOR, forge;
      if (project.config.githubRepo && project.registry.listWorkers().some((w) => w.pr)) {
        let { openForge } = await import("./github-KP62LA2H.js");
        forge = await openForge(project.config, ctx.env, (s) => ctx.out.info(s)).catch((e) => {
          ctx.out.warn(`CI column left empty: ${e.message}`);
        });
      }
      let draw = async () => {
        let rows2 = await dashRows(project, forge), attention = needsHuman(rows2), collisions = collisionSummary(rows2), collide = collisions.length ? `

Collisions (same file changed by two workers):
${collisions.map((c) => `  ${c}`).join(`
`)}` : "", budget2 = tightestBudget(forge?.rateBudgets() ?? []), budgetLine = budget2 ? `

GitHub budget: ${budgetText(budget2)}` : "", costs2 = costTotals(rows2.map((r) => ({ batch: r.batch ?? void 0, cost: r.cost }))), costText = rows2.length ? `

Cost: ${costLine(costs2.total)}${Object.entries(costs2.batches).map(([id, c]) => `
  batch ${id}: ${costLine(c)}`).join("")}` : "";
        return { rows: rows2, budget: budget2, costs: costs2, text: `${renderDashboard(rows2, Date.now(), color)}${costText}${attention.length ? `

Needs you: ${attention.map((r) => `${r.name} (${r.state.name}: ${r.why ?? r.state.reason})`).join("; ")}` : ""}${collide}${budgetLine}` };
      };
      if (o.watch && !ctx.json)
        for (; ; ) {
          let { text: text2 } = await draw();
          ctx.out.stdoutIsTTY && process.stdout.write("\x1B[H\x1B[2J"), ctx.out.data(`${text2}

(${(/* @__PURE__ */ new Date()).toLocaleTimeString()}; Ctrl-C to stop)`), await new Promise((r) => setTimeout(r, o.interval));
        }
      let { rows, text, budget, costs } = await draw();
      return { data: dashAnswer(rows, costs, budget), text };
    })
  );
}

export {
  register
};
