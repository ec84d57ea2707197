import {
  action,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/finish.ts
function register(program) {
  program.command("finish").helpGroup("Finish:").description("commit leftovers, run the tests, rebase onto origin/<base>, push and open the pull request (never merges)").argument("<name>", "worker name", workerNameArg).option("--draft", "open the pull request as a draft").option("--title <title>", "pull request title (default: the issue or task title)").option("--no-test", "skip the layout test commands").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch finish fix-12-login-button
  orch finish add-login --draft --title "Add a login page"`).action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx);
      if (!project.registry.getWorker(name)) throw new UsageError(`no worker named ${name}`, "run `orch list` to see the names");
      let [{ openForge }, { finishFlow }] = await Promise.all([import("./github-KP62LA2H.js"), import("./finish-FMRLGTU5.js")]), forge = project.config.githubRepo ? await openForge(project.config, ctx.env, (l) => ctx.out.info(l)) : void 0, r = await finishFlow(ctx, project, forge, { name, draft: !!o.draft, title: o.title, test: o.test }), worker = ctx.json ? (await (await import("./worker-json-H42FKH4J.js")).inspectWorkersJson(project, [name]).catch(() => {
      }))?.get(name) ?? null : null;
      return {
        data: { ...r, committed: r.committed ?? null, worker },
        text: r.pr ? `PR #${r.pr.number} ${r.pr.created ? "opened" : "already open"}: ${r.pr.url}` : `${r.branch} finished${r.push === "no-remote" ? " (local only: the repository has no remote)" : ` and pushed (${r.push})`}; no pull request opened: githubRepo is not set in the session config.`
      };
    })
  );
}

export {
  register
};
