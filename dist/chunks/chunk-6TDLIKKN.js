import {
  newBatch,
  saveBatch
} from "./chunk-QUQMJZMT.js";
import {
  dispatchWorker,
  existingWork
} from "./chunk-4BTLYEOE.js";
import {
  orchInvocation,
  requireMux,
  shellQuote
} from "./chunk-7O63BV6H.js";
import {
  nameProblem,
  taskBranch
} from "./chunk-6N5QIBT2.js";
import {
  renderBrief
} from "./chunk-6ZI5QBY2.js";
import {
  testCommands
} from "./chunk-66LBU7NO.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/start.ts
import path from "node:path";
import { readFileSync } from "node:fs";
function planTask(project, o) {
  let { config } = project, base = o.base ?? config.defaultBranch, branch = taskBranch(o.name), worktree = path.join(config.worktreesPath, o.name);
  return {
    name: o.name,
    kind: "task",
    branch,
    base,
    ...o.startPoint ? { startPoint: o.startPoint } : {},
    worktree,
    title: o.task.split(`
`)[0].slice(0, 100),
    ...o.batch ? { batch: o.batch } : {},
    brief: renderBrief({
      name: o.name,
      branch,
      base,
      worktree,
      task: o.task,
      workType: "feature",
      dataFlow: config.dataFlow,
      teams: config.teams,
      tests: testCommands(config.layout, config.projectName, config.repoPath),
      orchCommand: shellQuote(orchInvocation()),
      workerPreset: config.worker.name
    })
  };
}
function readTask(ctx, o) {
  if (o.task && o.taskFile) throw new UsageError("give either --task or --task-file, not both");
  if (o.taskFile)
    try {
      return readFileSync(path.resolve(ctx.cwd, o.taskFile), "utf8");
    } catch {
      throw new UsageError(`cannot read --task-file ${o.taskFile}`, "check the path");
    }
  if (!o.task?.trim()) throw new UsageError('a task is required: --task "<text>" or --task-file <file>', 'example: orch start add-login --task "Add a login page"');
  return o.task;
}
async function startFlow(ctx, project, o) {
  let problem = nameProblem(o.name);
  if (problem) throw new UsageError(problem);
  let task = readTask(ctx, o);
  o.launch && await requireMux(project.mux);
  let branch = taskBranch(o.name), exists = await existingWork(project, o.name, branch);
  if (exists) throw new UsageError(exists);
  let batch = newBatch("start", [o.name]), plan = planTask(project, { name: o.name, task, base: o.base, batch: batch.id }), rec = await dispatchWorker(project, plan, { launch: o.launch, log: (s) => ctx.out.info(s) });
  return saveBatch(project.registry, batch), { worker: rec, launched: o.launch, attach: project.mux.attachHint(rec.session, rec.window) };
}

export {
  planTask,
  startFlow
};
