import { z } from 'zod';
import { nameProblem } from './naming.js';
import { didYouMean } from './did-you-mean.js';

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
  const parsed = taskFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { tasks: [], problems: [...new Set(issuesOf(parsed.error.issues).map(describeTaskIssue))] };
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

/** The union's branch that matches the file's shape: a list, or an object with `tasks`. */
function issuesOf(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((i) => {
    if (i.code !== 'invalid_union' || !i.errors.length) return [i];
    // The list form for an array, the { tasks } form for anything else: report only the branch the file meant.
    const pick = Array.isArray(i.input) ? i.errors[0]! : (i.errors[1] ?? i.errors[0]!);
    return issuesOf(pick.map((x) => ({ ...x, path: [...i.path, ...x.path] })));
  });
}

const TASK_FIELDS = Object.keys(taskEntry.shape);

/** Unknown fields are refused (a misspelled dependsOn would run tasks out of order), named like the config names them. */
function describeTaskIssue(i: z.core.$ZodIssue): string {
  const at = i.path.map((p, n) => (typeof p === 'number' ? `[${p}]` : `${n ? '.' : ''}${String(p)}`)).join('') || '(top level)';
  const where = /^\[/.test(at) ? `tasks${at}` : at;
  if (i.code === 'unrecognized_keys') {
    const known = i.path.length ? TASK_FIELDS : ['tasks'];
    return i.keys.map((k) => {
      const guess = didYouMean(k, known);
      return `${where}: unknown field "${k}"${guess ? ` (did you mean ${guess}?)` : ''}; known fields: ${known.join(', ')}`;
    }).join('\n  ');
  }
  const got = 'input' in i && i.input !== undefined ? `, got ${JSON.stringify(i.input)?.slice(0, 60)}` : '';
  if (i.code === 'invalid_type') return `${where}: expected ${i.expected}${got}`;
  if (i.code === 'too_small') return `${where}: ${i.origin === 'array' ? 'expected at least one task' : `expected a non-empty ${i.origin}`}`;
  return `${where}: ${i.message}${got}`;
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
