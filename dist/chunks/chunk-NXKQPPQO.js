import {
  inspectWorkersJson
} from "./chunk-SQT3PIL2.js";
import {
  action,
  workerNameArg
} from "./chunk-SOUTL5MT.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";

// src/cli/close.ts
function register(program) {
  program.command("close").helpGroup("Clean up:").description("one worker's safe teardown: close its window and servers, detach dependency links, remove the worktree, drop it from the registry; the branch is kept").argument("<name>", "worker name", workerNameArg).option("--force", "remove it even with uncommitted or unpushed work, or while it is working (the branch and its commits stay)").option("--delete-branch", "also delete the branch, when it is merged or every commit is pushed").option("--json", "print as JSON").addHelpText(
    "after",
    `
Refuses (until --force): uncommitted or untracked files, commits on no remote branch, a working worker, a worktree outside worktreesPath.
Never, even with --force: the main checkout, the orchestrator, deleting through a link into the main checkout.

Example:
  orch close add-login
  orch close add-login --delete-branch
  orch close add-login --force`
  ).action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), worker = project.registry.getWorker(name) ? (await inspectWorkersJson(project, [name]).catch(() => {
      }))?.get(name) ?? null : null, r = await closeWorker(project, name, { force: !!o.force, deleteBranch: !!o.deleteBranch, log: (s) => ctx.out.info(s) }), data = { name, status: r.status, worker, steps: r.steps, forced: r.forced, branch: r.branch ?? null };
      if (r.status === "nothing-left") {
        let kept = r.branch ? `
Its branch ${r.branch.name} is kept: ${r.branch.why}.` : "";
        return { data, text: `Nothing left to close for ${name}: no worker, worktree or window by that name.${kept}` };
      }
      let forced = r.forced.length ? `
--force overrode: ${r.forced.map((f) => f.reason).join("; ")}` : "";
      return { data, text: `Closed ${name}.${r.branch ? ` Branch ${r.branch.name} ${r.branch.action}.` : ""}${forced}` };
    })
  );
}

export {
  register
};
