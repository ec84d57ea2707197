import { z } from 'zod';
import { nameProblem } from './naming.js';

/** A task file: `orch start --tasks tasks.yaml`. Independent tasks run in parallel; dependsOn makes stacked branches. */
export const taskEntry = z
  .object({
    name: z.string().describe('Worker name (same rules as orch start).'),
    task: z.string().min(1).optional().describe('What the worker should do.'),
    taskFile: z.string().optional().describe('Read the task from this file (relative to the task file).'),
    base: z.string().optional().describe('Base branch (default: defaultBranch; a dependent branches from its first dependency).'),
    dependsOn: z.array(z.string()).default([]).describe('Tasks that must be done first.'),
    stopOnError: z.boolean().default(false).describe('Cancel this task when a dependency ends blocked or errored.'),
  })
  .strict();
export const taskFileSchema = z.union([z.array(taskEntry).min(1), z.object({ tasks: z.array(taskEntry).min(1) }).strict()]);
export type TaskEntry = z.infer<typeof taskEntry>;

/** Every problem at once: schema, names, task/taskFile, unknown dependencies, cycles (named by their tasks). */
export function validateTasks(data: unknown): { tasks: TaskEntry[]; problems: string[] } {
  const parsed = taskFileSchema.safeParse(data);
  if (!parsed.success) {
    return { tasks: [], problems: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`) };
  }
  const tasks = Array.isArray(parsed.data) ? parsed.data : parsed.data.tasks;
  const problems: string[] = [];
  const names = new Set<string>();
  tasks.forEach((t, i) => {
    const p = nameProblem(t.name);
    if (p) problems.push(`tasks[${i}].name: ${p}`);
    if (names.has(t.name)) problems.push(`tasks[${i}].name: "${t.name}" appears twice`);
    names.add(t.name);
    if (!t.task === !t.taskFile) problems.push(`tasks[${i}] (${t.name}): give exactly one of task or taskFile`);
  });
  for (const t of tasks) for (const d of t.dependsOn) if (!names.has(d)) problems.push(`${t.name}: dependsOn names an unknown task "${d}"`);
  const cycle = findCycle(tasks);
  if (cycle) problems.push(`dependency cycle: ${cycle.join(' -> ')}`);
  return { tasks, problems };
}

function findCycle(tasks: TaskEntry[]): string[] | undefined {
  const deps = new Map(tasks.map((t) => [t.name, t.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'visiting') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'visiting');
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      const c = deps.has(d) ? visit(d) : undefined;
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const t of tasks) {
    const c = visit(t.name);
    if (c) return c;
  }
  return undefined;
}

/** Names to cancel: dependents (transitively) of a failed task that asked for stopOnError. Pure. */
export function dependentsToCancel(items: Array<{ name: string; dependsOn: string[]; stopOnError: boolean }>, failed: Set<string>): string[] {
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const it of items) {
      if (out.has(it.name)) continue;
      if (it.dependsOn.some((d) => failed.has(d) || out.has(d)) && it.stopOnError) {
        out.add(it.name);
        grew = true;
      }
    }
  }
  return [...out];
}
