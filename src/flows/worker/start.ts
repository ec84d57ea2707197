import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import { workerOrchInvocation, requireMux, shellQuote } from '../../context.js';
import { branchForName, nameProblem, taskBranch } from '../../core/naming.js';
import { renderBrief } from '../../core/brief.js';
import { testCommands } from '../../core/test-commands.js';
import { UsageError } from '../../errors.js';
import * as git from '../../adapters/git.js';
import { dispatchWorker, existingWork, type WorkerPlan } from '../batch/dispatch.js';
import { baseAheadWarning } from './provision.js';
import { newBatch, saveBatch } from '../batch/batches.js';

export interface StartOptions { name: string; task?: string; taskFile?: string; base?: string; launch: boolean; reuseBranch?: boolean; /** A configured host, or `local` (default: the most free slots). */ host?: string }

export function planTask(project: Project, o: { name: string; task: string; base?: string | undefined; startPoint?: string; batch?: string; branch?: string }): WorkerPlan {
  const { config } = project;
  const base = o.base ?? config.defaultBranch;
  const branch = o.branch ?? taskBranch(o.name);
  const worktree = path.join(config.worktreesPath, o.name);
  return {
    name: o.name,
    kind: 'task',
    branch,
    base,
    ...(o.startPoint ? { startPoint: o.startPoint } : {}),
    worktree,
    title: o.task.split('\n')[0]!.slice(0, 100),
    ...(o.batch ? { batch: o.batch } : {}),
    brief: renderBrief({
      name: o.name,
      branch,
      base,
      worktree,
      task: o.task,
      workType: 'feature',
      dataFlow: config.dataFlow,
      teams: config.teams,
      tests: testCommands(config.layout, config.projectName, config.repoPath),
      orchCommand: shellQuote(workerOrchInvocation()),
      workerPreset: config.worker.name,
      finishes: config.githubRepo ? 'pull-request' : 'branch',
    }),
  };
}

export function readTask(ctx: Ctx, o: { task?: string | undefined; taskFile?: string | undefined }): string {
  if (o.task && o.taskFile) throw new UsageError('give either --task or --task-file, not both');
  if (o.taskFile) {
    try {
      return readFileSync(path.resolve(ctx.cwd, o.taskFile), 'utf8');
    } catch {
      throw new UsageError(`cannot read --task-file ${o.taskFile}`, 'check the path');
    }
  }
  if (!o.task?.trim()) throw new UsageError('a task is required: --task "<text>" or --task-file <file>', 'example: orch start add-login --task "Add a login page"');
  return o.task;
}

/** `orch start <name>`: one worktree, branch feature/<name>, one window, one worker. */
export async function startFlow(ctx: Ctx, project: Project, o: StartOptions) {
  const problem = nameProblem(o.name);
  if (problem) throw new UsageError(problem);
  const task = readTask(ctx, o);
  if (o.launch) await requireMux(project.mux);
  let branch = taskBranch(o.name);
  if (o.reuseBranch) {
    // An issue worker's kept branch is fix/<n>-<slug>, a task's feature/<name>.
    for (const b of [branchForName(o.name), taskBranch(o.name)]) if (await git.branchExists(project.config.repoPath, b)) branch = b;
    if (!(await git.branchExists(project.config.repoPath, branch))) throw new UsageError(`--reuse-branch: there is no branch ${branch} to reuse`, `drop --reuse-branch to create it from ${o.base ?? project.config.defaultBranch}`);
    const taken = await existingWork(project, o.name, undefined);
    if (taken) throw new UsageError(taken);
  } else {
    const exists = await existingWork(project, o.name, branch);
    if (exists) throw new UsageError(exists);
  }
  const batch = newBatch('start', [o.name]);
  const plan = { ...planTask(project, { name: o.name, task, base: o.base, batch: batch.id, branch }), ...(o.reuseBranch ? { reuseBranch: true } : {}), ...(o.host ? { host: o.host } : {}) };
  const rec = await dispatchWorker(project, plan, { launch: o.launch, log: (s) => ctx.out.info(s) });
  // After the dispatch's fetch, so origin/<base> is current.
  if (!o.reuseBranch) {
    const ahead = await baseAheadWarning(project.config, plan.base);
    if (ahead) ctx.out.warn(ahead);
  }
  saveBatch(project.registry, batch);
  return { worker: rec, launched: o.launch, attach: project.mux.attachHint(rec.session, rec.window) };
}
