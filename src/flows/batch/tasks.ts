import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import YAML from 'yaml';
import type { Ctx, Project } from '../../context.js';
import { requireMux } from '../../context.js';
import { validateTasks } from '../../core/task-file.js';
import { taskBranch } from '../../core/naming.js';
import { ConfigError, UsageError } from '../../errors.js';
import { newBatch } from './batches.js';
import { planTask } from '../worker/start.js';
import { existingWork } from './dispatch.js';
import { baseAheadWarning } from '../worker/provision.js';
import { dispatchFromQueue, queuedItemFor } from './queue.js';

/** `orch start --tasks <file>`: one batch; every task queued with its dependencies; the pool starts what it can now. */
export async function startTasksFlow(ctx: Ctx, project: Project, file: string, o: { launch?: boolean; host?: string } = {}) {
  const launch = o.launch ?? true;
  const abs = path.resolve(ctx.cwd, file);
  let data: unknown;
  try {
    const text = readFileSync(abs, 'utf8');
    data = /\.ya?ml$/i.test(abs) ? YAML.parse(text) : JSON.parse(text);
  } catch (e) {
    throw new UsageError(`cannot read task file ${file}: ${(e as Error).message.split('\n')[0]}`, 'check the path and the YAML/JSON syntax');
  }
  const { tasks, problems } = validateTasks(data);
  if (problems.length) throw new ConfigError(`${file}: ${problems.length} problem(s) in the task file:\n  ${problems.join('\n  ')}`, problems, 'fix the task file and run again');
  for (const t of tasks) {
    const exists = await existingWork(project, t.name, taskBranch(t.name));
    if (exists) throw new UsageError(`task ${t.name}: ${exists}`);
  }
  if (launch) await requireMux(project.mux);
  const batch = newBatch('start --tasks', []);
  for (const t of tasks) {
    const task = t.task ?? readFileSync(path.resolve(path.dirname(abs), t.taskFile!), 'utf8');
    const first = t.dependsOn[0];
    // A dependent branches from its first dependency, and its PR targets that branch: a stacked PR.
    const base = first ? taskBranch(first) : (t.base ?? project.config.defaultBranch);
    const plan = planTask(project, { name: t.name, task, base, batch: batch.id });
    batch.queue.push({ ...queuedItemFor(plan), dependsOn: t.dependsOn, stopOnError: t.stopOnError, ...(first ? { baseFrom: first } : {}), ...(o.host ? { host: o.host } : {}) });
  }
  project.registry.putBatch(batch);
  // --no-launch: the worktrees and briefs of the tasks that can start now, and no worker; `orch resume` launches one.
  const started = await dispatchFromQueue(project, ctx, { launch });
  const ahead = await baseAheadWarning(project.config, project.config.defaultBranch);
  if (ahead) ctx.out.warn(ahead);
  const b = project.registry.getBatch(batch.id)!;
  return {
    batch: batch.id,
    tasks: tasks.map((t) => ({
      name: t.name,
      dependsOn: t.dependsOn,
      status: started.includes(t.name) ? (launch ? 'dispatched' : 'not-launched') : b.cancelled.some((c) => c.name === t.name) ? 'failed' : 'queued',
    })),
  };
}
