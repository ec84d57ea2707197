import {
  openProject
} from "./chunk-7O63BV6H.js";
import {
  action
} from "./chunk-7US3BMF3.js";

// src/cli/finish.ts
function register(program) {
  program.command("finish").helpGroup("Finish:").description("commit leftovers, run the tests, rebase onto origin/<base>, push and open the pull request (never merges)").argument("<name>", "worker name").option("--draft", "open the pull request as a draft").option("--title <title>", "pull request title (default: the issue or task title)").option("--no-test", "skip the layout test commands").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch finish fix-12-login-button
  orch finish add-login --draft --title "Add a login page"`).action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), [{ openForge }, { finishFlow }] = await Promise.all([import("./github-6LDBDRUR.js"), import("./finish-IHKPLL6H.js")]), forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l)), r = await finishFlow(ctx, project, forge, { name, draft: !!o.draft, title: o.title, test: o.test });
      return {
        data: r,
        text: `PR #${r.pr.number} ${r.pr.created ? "opened" : "already open"}: ${r.pr.url}`
      };
    })
  );
}

export {
  register
};
