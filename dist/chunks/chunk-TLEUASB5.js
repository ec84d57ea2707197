import {
  healthFlow
} from "./chunk-E4ANMI4A.js";
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

// src/cli/health.ts
function register(program) {
  program.command("health").helpGroup("Watch:").description("per worktree: git state, env files, dependency links, window; labelled READY / NEEDS INSTALL / NEEDS ENV / SHARED CACHE / ZOMBIE / MISSING").argument("[name]", "one worker (default: --all)", workerNameArg).option("--all", "every worktree").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch health add-login
  orch health --all --json`).action(
    action(async (ctx, name, o) => {
      if (name && o.all) throw new UsageError("give a name or --all, not both");
      let r = await healthFlow(await openProject(ctx), { name, all: !name }), all = [...r.workers, ...r.zombies];
      return {
        data: r,
        text: () => all.length ? all.map(
          (h) => [
            `${h.name}: ${h.label}`,
            `  path ${h.worktree}${h.exists ? "" : " (missing)"}  branch ${h.branch ?? "-"}  window ${h.window.alive ? "alive" : "none"}`,
            `  uncommitted ${h.uncommitted?.count ?? "unknown"}  behind ${h.behind ?? "-"}  last commit ${h.lastCommit ? `${h.lastCommit.sha.slice(0, 8)} ${h.lastCommit.subject}` : "-"}`,
            ...h.envFiles.map((e) => `  env ${e.file}: ${e.present ? "present" : e.inMain ? "MISSING (orch resume copies it)" : "not in main checkout either"}`),
            ...h.deps.map((d) => `  deps ${d.path}: ${d.state}`),
            ...h.sharedCaches.map((c) => `  cache ${c}: SHARED with the main checkout (every worktree writes the same files: a worktree made before private caches; close it and start the worker again)`)
          ].join(`
`)
        ).join(`
`) : "No worktrees."
      };
    })
  );
}

export {
  register
};
