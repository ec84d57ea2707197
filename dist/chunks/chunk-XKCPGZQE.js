import {
  didYouMean,
  nameProblem
} from "./chunk-SFWOOGXY.js";
import {
  external_exports
} from "./chunk-YJVDTRRA.js";

// src/core/task-file.ts
var taskEntry = external_exports.object({
  name: external_exports.string().describe("Worker name (same rules as orch start)."),
  task: external_exports.string().min(1).optional().describe("What the worker should do."),
  taskFile: external_exports.string().optional().describe("Read the task from this file (relative to the task file)."),
  base: external_exports.string().optional().describe("Base branch (default: defaultBranch; a dependent branches from its first dependency)."),
  dependsOn: external_exports.array(external_exports.string()).default([]).describe("Tasks that must be done first."),
  stopOnError: external_exports.boolean().default(!1).describe("Cancel this task when a dependency ends blocked or errored.")
}).strict(), taskFileSchema = external_exports.union([external_exports.array(taskEntry).min(1), external_exports.object({ tasks: external_exports.array(taskEntry).min(1) }).strict()]);
function validateTasks(data) {
  let parsed = taskFileSchema.safeParse(data, { reportInput: !0 });
  if (!parsed.success) return { tasks: [], problems: [...new Set(issuesOf(parsed.error.issues).map(describeTaskIssue))] };
  let tasks = Array.isArray(parsed.data) ? parsed.data : parsed.data.tasks, problems = [], names = /* @__PURE__ */ new Set();
  tasks.forEach((t, i) => {
    let p = nameProblem(t.name);
    p && problems.push(`tasks[${i}].name: ${p}`), names.has(t.name) && problems.push(`tasks[${i}].name: "${t.name}" appears twice`), names.add(t.name), !t.task == !t.taskFile && problems.push(`tasks[${i}] (${t.name}): give exactly one of task or taskFile`);
  });
  for (let t of tasks) for (let d of t.dependsOn) names.has(d) || problems.push(`${t.name}: dependsOn names an unknown task "${d}"`);
  let cycle = findCycle(tasks);
  return cycle && problems.push(`dependency cycle: ${cycle.join(" -> ")}`), { tasks, problems };
}
function issuesOf(issues) {
  return issues.flatMap((i) => {
    if (i.code !== "invalid_union" || !i.errors.length) return [i];
    let pick = Array.isArray(i.input) ? i.errors[0] : i.errors[1] ?? i.errors[0];
    return issuesOf(pick.map((x) => ({ ...x, path: [...i.path, ...x.path] })));
  });
}
var TASK_FIELDS = Object.keys(taskEntry.shape);
function describeTaskIssue(i) {
  let at = i.path.map((p, n) => typeof p == "number" ? `[${p}]` : `${n ? "." : ""}${String(p)}`).join("") || "(top level)", where = /^\[/.test(at) ? `tasks${at}` : at;
  if (i.code === "unrecognized_keys") {
    let known = i.path.length ? TASK_FIELDS : ["tasks"];
    return i.keys.map((k) => {
      let guess = didYouMean(k, known);
      return `${where}: unknown field "${k}"${guess ? ` (did you mean ${guess}?)` : ""}; known fields: ${known.join(", ")}`;
    }).join(`
  `);
  }
  let got = "input" in i && i.input !== void 0 ? `, got ${JSON.stringify(i.input)?.slice(0, 60)}` : "";
  return i.code === "invalid_type" ? `${where}: expected ${i.expected}${got}` : i.code === "too_small" ? `${where}: ${i.origin === "array" ? "expected at least one task" : `expected a non-empty ${i.origin}`}` : `${where}: ${i.message}${got}`;
}
function findCycle(tasks) {
  let deps = new Map(tasks.map((t) => [t.name, t.dependsOn])), state = /* @__PURE__ */ new Map(), stack = [], visit = (n) => {
    if (state.get(n) !== "done") {
      if (state.get(n) === "visiting") return [...stack.slice(stack.indexOf(n)), n];
      state.set(n, "visiting"), stack.push(n);
      for (let d of deps.get(n) ?? []) {
        let c = deps.has(d) ? visit(d) : void 0;
        if (c) return c;
      }
      stack.pop(), state.set(n, "done");
    }
  };
  for (let t of tasks) {
    let c = visit(t.name);
    if (c) return c;
  }
}
function dependentsToCancel(items, failed) {
  let out = /* @__PURE__ */ new Set(), grew = !0;
  for (; grew; ) {
    grew = !1;
    for (let it of items)
      out.has(it.name) || it.dependsOn.some((d) => failed.has(d) || out.has(d)) && it.stopOnError && (out.add(it.name), grew = !0);
  }
  return [...out];
}

export {
  validateTasks,
  dependentsToCancel
};
