import {
  resumeFlow
} from "./chunk-O262EAXM.js";
import {
  action,
  workerNameArg
} from "./chunk-65JBJRKO.js";
import {
  openProject
} from "./chunk-76SHEB3B.js";

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
