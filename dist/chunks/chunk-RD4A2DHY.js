import {
  resumeFlow
} from "./chunk-RMNL2QAP.js";
import {
  action,
  workerNameArg
} from "./chunk-6ZIME5FE.js";
import {
  openProject
} from "./chunk-X3DBSBBL.js";

// src/cli/resume.ts
function register(program) {
  program.command("resume").helpGroup("Dispatch:").description('repair a worktree (links, env files, window) and relaunch its worker with a "continue, do not restart" prompt').argument("<name>", "worker name", workerNameArg).option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch resume add-login`).action(
    action(async (ctx, name) => {
      let r = await resumeFlow(ctx, await openProject(ctx), name);
      return {
        data: r,
        text: [`${r.name}: ${r.action}; state ${r.state ?? "unknown"}${r.reason ? ` (${r.reason})` : ""}`, ...r.repairs.map((x) => `  repaired: ${x}`)].join(`
`)
      };
    })
  );
}

export {
  register
};
