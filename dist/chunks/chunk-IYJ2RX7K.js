import {
  healthFlow
} from "./chunk-HIMXXPJL.js";
import {
  action,
  workerNameArg
} from "./chunk-65JBJRKO.js";
import {
  openProject
} from "./chunk-76SHEB3B.js";
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
      let reports = await healthFlow(await openProject(ctx), { name, all: !name });
      return {
        data: reports,
        text: () => reports.length ? reports.map(
          (r) => [
            `${r.name}: ${r.label}`,
            `  path ${r.path}${r.exists ? "" : " (missing)"}  branch ${r.branch ?? "-"}  window ${r.windowAlive ? "alive" : "none"}`,
            `  uncommitted ${r.uncommitted.length}  behind origin ${r.behind ?? "-"}  last commit ${r.lastCommit ? `${r.lastCommit.sha.slice(0, 8)} ${r.lastCommit.subject}` : "-"}`,
            ...r.envFiles.map((e) => `  env ${e.file}: ${e.present ? "present" : e.inMain ? "MISSING (orch resume copies it)" : "not in main checkout either"}`),
            ...r.deps.map((d) => `  deps ${d.path}: ${d.state}`),
            ...r.sharedCaches.map((c) => `  cache ${c}: SHARED with the main checkout (every worktree writes the same files: a worktree made before private caches; close it and start the worker again)`)
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
