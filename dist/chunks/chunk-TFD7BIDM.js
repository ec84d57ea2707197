import {
  resumeFlow
} from "./chunk-RLBDNKKL.js";
import {
  openProject
} from "./chunk-7O63BV6H.js";
import {
  action
} from "./chunk-7US3BMF3.js";

// src/cli/resume.ts
function register(program) {
  program.command("resume").helpGroup("Dispatch:").description('repair a worktree (links, env files, window) and relaunch its worker with a "continue, do not restart" prompt').argument("<name>", "worker name").option("--json", "print the result as JSON").addHelpText("after", `
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
