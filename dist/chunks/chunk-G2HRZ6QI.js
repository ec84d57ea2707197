import {
  newBatch,
  saveBatch
} from "./chunk-2ODB2MZ2.js";
import {
  dispatchWorker,
  existingWork
} from "./chunk-35FEY2DM.js";
import {
  baseAheadWarning
} from "./chunk-PXCXQY5C.js";
import {
  requireMux,
  shellQuote,
  workerOrchInvocation
} from "./chunk-2Y7JVHO3.js";
import {
  renderBrief
} from "./chunk-HMAPWGVG.js";
import {
  testCommands
} from "./chunk-PI3YJTP2.js";
import {
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  branchForName,
  nameProblem,
  taskBranch
} from "./chunk-SFWOOGXY.js";
import {
  branchExists
} from "./chunk-IIWHDVOR.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/flows/worker/start.ts
import path from "node:path";
function planTask(project, o) {
  let { config } = project, base = o.base ?? config.defaultBranch, branch = o.branch ?? taskBranch(o.name), worktree = path.join(config.worktreesPath, o.name);
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
      orchCommand: shellQuote(workerOrchInvocation()),
      workerPreset: config.worker.name,
      finishes: config.githubRepo ? "pull-request" : "branch"
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
  let branch = taskBranch(o.name);
  if (o.reuseBranch) {
    for (let b of [branchForName(o.name), taskBranch(o.name)]) await branchExists(project.config.repoPath, b) && (branch = b);
    if (!await branchExists(project.config.repoPath, branch)) throw new UsageError(`--reuse-branch: there is no branch ${branch} to reuse`, `drop --reuse-branch to create it from ${o.base ?? project.config.defaultBranch}`);
    let taken = await existingWork(project, o.name, void 0);
    if (taken) throw new UsageError(taken);
  } else {
    let exists = await existingWork(project, o.name, branch);
    if (exists) throw new UsageError(exists);
  }
  let batch = newBatch("start", [o.name]), plan = { ...planTask(project, { name: o.name, task, base: o.base, batch: batch.id, branch }), ...o.reuseBranch ? { reuseBranch: !0 } : {}, ...o.host ? { host: o.host } : {} }, rec = await dispatchWorker(project, plan, { launch: o.launch, log: (s) => ctx.out.info(s) });
  if (!o.reuseBranch) {
    let ahead = await baseAheadWarning(project.config, plan.base);
    ahead && ctx.out.warn(ahead);
  }
  return saveBatch(project.registry, batch), { worker: rec, launched: o.launch, attach: project.mux.attachHint(rec.session, rec.window) };
}

export {
  planTask,
  startFlow
};
