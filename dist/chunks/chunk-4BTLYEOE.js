import {
  launchWorker
} from "./chunk-RPIN2M2I.js";
import {
  provisionWorktree
} from "./chunk-NYR7SLAR.js";
import {
  REGISTRY_VERSION
} from "./chunk-77UQGDPZ.js";
import {
  branchExists
} from "./chunk-GU6YQQQ4.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/flows/shared/rollback.ts
var Rollback = class {
  undos = [];
  add(what, undo) {
    this.undos.push({ what, undo });
  }
  async run() {
    let done = [];
    for (let u of this.undos.reverse())
      try {
        await u.undo(), done.push(u.what);
      } catch (e) {
        done.push(`${u.what} (failed: ${e.message.split(`
`)[0]})`);
      }
    return this.undos = [], done;
  }
};

// src/flows/batch/dispatch.ts
import path from "node:path";
import { existsSync } from "node:fs";
async function existingWork(project, name, branch) {
  let wt = path.join(project.config.worktreesPath, name);
  if (project.registry.getWorker(name)) return `a worker named ${name} already exists: use \`orch resume ${name}\``;
  if (existsSync(wt)) return `${wt} already exists: use \`orch resume ${name}\``;
  if (branch && await branchExists(project.config.repoPath, branch)) return `branch ${branch} already exists: use \`orch resume ${name}\``;
}
async function dispatchWorker(project, plan, opts) {
  let { config, registry } = project, rb = new Rollback();
  try {
    let { links } = await provisionWorktree(project, { name: plan.name, branch: plan.branch, base: plan.base, worktree: plan.worktree, brief: plan.brief, ...plan.startPoint ? { startPoint: plan.startPoint } : {} }, rb, opts.log), rec = {
      version: REGISTRY_VERSION,
      name: plan.name,
      kind: plan.kind,
      ...plan.branch ? { branch: plan.branch } : {},
      base: plan.base,
      worktree: plan.worktree,
      session: config.session,
      window: plan.name,
      mux: project.mux.kind,
      ...plan.issue !== void 0 ? { issue: plan.issue } : {},
      ...plan.title ? { title: plan.title } : {},
      ...plan.batch ? { batch: plan.batch } : {},
      created: (/* @__PURE__ */ new Date()).toISOString(),
      links
    };
    return registry.putWorker(rec), opts.launch && (rb.add(`closed window ${rec.window}`, async () => {
      await project.mux.killWindow(rec.session, rec.window);
    }), await launchWorker(project, rec, { resume: !1, log: opts.log })), rec;
  } catch (e) {
    let undone = await rb.run(), err = e instanceof OrchError ? e : new OrchError("dispatch", e.message, { cause: e }), msg = `${plan.name}: ${err.message}${undone.length ? `
rolled back: ${undone.join("; ")}` : ""}`;
    throw new OrchError(err.code, msg, { ...err.hint ? { hint: err.hint } : {}, exitCode: err.exitCode, cause: e });
  }
}

export {
  Rollback,
  existingWork,
  dispatchWorker
};
