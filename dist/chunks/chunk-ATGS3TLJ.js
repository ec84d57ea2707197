import {
  resumeFlow
} from "./chunk-C3HWNJRH.js";
import {
  inspectWorkersJson
} from "./chunk-SQT3PIL2.js";
import {
  action,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";

// src/cli/resume.ts
function register(program) {
  program.command("resume").helpGroup("Dispatch:").description('repair a worktree (links, env files, window) and relaunch its worker with a "continue, do not restart" prompt').argument("<name>", "worker name", workerNameArg).option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch resume add-login`).action(
    action(async (ctx, name) => {
      let project = await openProject(ctx), r = await resumeFlow(ctx, project, name), worker = (await inspectWorkersJson(project, [name])).get(name);
      return {
        data: worker ? { ...worker, action: r.action, repairs: r.repairs, health: ("health" in r ? r.health : void 0) ?? null } : { name, action: r.action, repairs: r.repairs, health: null },
        text: [`${r.name}: ${r.action}; state ${r.state ?? "unknown"}${r.reason ? ` (${r.reason})` : ""}`, ...r.repairs.map((x) => `  repaired: ${x}`)].join(`
`)
      };
    })
  );
}

export {
  register
};
