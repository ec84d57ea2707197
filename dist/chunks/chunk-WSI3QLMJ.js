import {
  serverText
} from "./chunk-EL3746RD.js";
import {
  listFlow
} from "./chunk-XZO74YBN.js";
import {
  describeCollision
} from "./chunk-KPOPMPXN.js";
import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  action
} from "./chunk-SOUTL5MT.js";
import {
  costLine,
  formatCost
} from "./chunk-NWFVAOPQ.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";

// src/cli/list.ts
function register(program) {
  program.command("list").alias("ls").helpGroup("Watch:").description("one row per worker: branch, worktree, window, state, ahead/behind, uncommitted files; plus zombies and orphans").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch list
  orch list --json`).action(
    action(async (ctx) => {
      let project = await openProject(ctx), r = await listFlow(project);
      return {
        data: r,
        text: () => {
          let out = [];
          if (!r.workers.length) out.push('No workers. Start one with `orch start <name> --task "..."` or `orch start-issues <n>...`.');
          else {
            let hosts = r.workers.some((w) => w.host !== "local"), head = ["NAME", "BRANCH", "WINDOW", "STATE", "AHEAD/BEHIND", "DIRTY", "COST", "SERVER", "WORKTREE"];
            out.push(
              renderTable(
                hosts ? ["NAME", "HOST", ...head.slice(1)] : head,
                r.workers.map((w) => {
                  let row = [w.name, w.branch ?? "(detached)", w.window.alive ? "alive" : "dead", w.state.name, w.ahead === null ? "-" : `${w.ahead}/${w.behind}`, String(w.uncommitted?.count ?? "-"), formatCost(w.cost?.usd), serverText(w.server), w.worktree];
                  return hosts ? [row[0], w.host, ...row.slice(1)] : row;
                })
              )
            );
          }
          if (r.workers.length) {
            out.push(`
Cost: ${costLine(r.costs.total)}`);
            for (let [id, c] of Object.entries(r.costs.batches)) out.push(`  batch ${id}: ${costLine(c)}`);
          }
          return r.collisions.length && out.push(`
Collisions (same file changed by two workers):
${r.collisions.map((c) => `  ${describeCollision(c)}`).join(`
`)}`), r.queued.length && out.push(`
Queued (${r.queued.length}): ${r.queued.map((q) => q.heldFor ? `${q.name} (${q.heldFor})` : q.name).join(", ")}`), r.zombies.length && out.push(`
Zombie directories (git does not know them): ${r.zombies.join(", ")}
  -> orch cleanup`), r.orphanWindows.length && out.push(`
Orphan windows (no worker): ${r.orphanWindows.join(", ")}
  -> orch cleanup`), r.missingWorktrees.length && out.push(`
Registered workers whose worktree is gone: ${r.missingWorktrees.join(", ")}
  -> orch close <name>`), out.join(`
`);
        }
      };
    })
  );
}

export {
  register
};
