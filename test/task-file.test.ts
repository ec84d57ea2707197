import { describe, expect, it } from 'vitest';
import { dependentsToCancel, validateTasks } from '../src/core/task-file.js';

describe('task files', () => {
  it('accepts a list or {tasks}, with defaults', () => {
    const r = validateTasks({ tasks: [{ name: 'a', task: 'x' }, { name: 'b', task: 'y', dependsOn: ['a'], stopOnError: true }] });
    expect(r.problems).toEqual([]);
    expect(r.tasks[0]).toMatchObject({ name: 'a', dependsOn: [], stopOnError: false });
  });

  it.each([
    [[{ name: 'a', task: 'x', dependsOn: ['zz'] }], 'a: dependsOn names an unknown task "zz"'],
    [[{ name: 'a', task: 'x', dependsOn: ['c'] }, { name: 'b', task: 'x', dependsOn: ['a'] }, { name: 'c', task: 'x', dependsOn: ['b'] }], 'dependency cycle: a -> c -> b -> a'],
    [[{ name: 'a', task: 'x', dependsOn: ['a'] }], 'dependency cycle: a -> a'],
    [[{ name: 'a' }], 'tasks[0] (a): give exactly one of task or taskFile'],
    [[{ name: 'a', task: 'x', taskFile: 'y' }], 'tasks[0] (a): give exactly one of task or taskFile'],
    [[{ name: 'Bad Name', task: 'x' }], 'tasks[0].name: "Bad Name" is not a valid worker name'],
    [[{ name: 'a', task: 'x' }, { name: 'a', task: 'y' }], 'tasks[1].name: "a" appears twice'],
    [[{ name: 'a', task: 'x', depends: ['b'] }], 'tasks[0]: unknown field "depends" (did you mean dependsOn?)'],
    [{ tasks: [{ name: 'a', task: 'x', dependOn: ['b'] }] }, 'tasks[0]: unknown field "dependOn" (did you mean dependsOn?)'],
    [{ task: [{ name: 'a', task: 'x' }] }, '(top level): unknown field "task" (did you mean tasks?)'],
    [[{ name: 5, task: 'x' }], 'tasks[0].name: expected string, got 5'],
  ])('%j', (data, problem) => {
    const r = validateTasks(data);
    expect(r.problems.some((p) => p.includes(problem))).toBe(true);
  });

  it('cancels dependents transitively, only those with stopOnError', () => {
    const items = [
      { name: 'b', dependsOn: ['a'], stopOnError: true },
      { name: 'c', dependsOn: ['b'], stopOnError: true },
      { name: 'd', dependsOn: ['a'], stopOnError: false },
    ];
    expect(dependentsToCancel(items, new Set(['a'])).sort()).toEqual(['b', 'c']);
  });
});
