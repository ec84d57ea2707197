import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import type { WorkerFacts } from './inspect.js';
import { atomicWrite } from '../../state/registry.js';
import { budgetText, readBudget, wrapUpPrompt, type BudgetReading } from '../../core/budget.js';
import { sumSummaries } from '../../core/usage.js';
import { workerCost } from './costs.js';
import { sendPrompt } from '../worker/converse.js';
import { deliver } from './notify.js';

/** What budget handling did, so each step happens once: told to wrap up, stopped, batch held. */
interface BudgetMemo {
  warned?: Record<string, number>;
  stopped?: Record<string, { at: number; why: string }>;
  /** Batches that dispatch nothing more, with why. */
  heldBatches?: Record<string, string>;
}

const memoFile = (project: Project) => path.join(project.registry.dir, 'budget.json');

function readMemo(project: Project): BudgetMemo {
  try {
    return JSON.parse(readFileSync(memoFile(project), 'utf8')) as BudgetMemo;
  } catch {
    return {};
  }
}

/** Batches held because a member reached its budget or the batch reached its own. */
export function budgetHeldBatches(project: Project): Record<string, string> {
  return readMemo(project).heldBatches ?? {};
}

/** Whether orch stopped this worker at its budget (the monitor then neither nudges nor resumes it). */
export function budgetStopped(project: Project, name: string): { at: number; why: string } | undefined {
  return readMemo(project).stopped?.[name];
}

/**
 * Budgets, once per cycle: at `warnAt` a worker is told once to wrap up (at the end of its turn: orch never types
 * into a working worker); at 100% it is stopped with Escape (its window, worktree and branch stay as they are for a
 * human), its batch dispatches nothing more, and the person is notified. Returns the action per worker.
 */
export async function handleBudgets(ctx: Ctx, project: Project, workers: WorkerFacts[], now: number, orchCommand: string): Promise<Map<string, string>> {
  const { config, registry, mux } = project;
  const actions = new Map<string, string>();
  const { worker: perWorker, batch: perBatch, warnAt } = config.budget;
  const anyWorker = Object.values(perWorker).some(Boolean);
  const anyBatch = Object.values(perBatch).some(Boolean);
  if (!anyWorker && !anyBatch) return actions;
  const memo = readMemo(project);
  const before = JSON.stringify(memo);
  const batchReading = new Map<string, BudgetReading>();
  if (anyBatch) {
    const members = new Map<string, string[]>();
    for (const r of registry.listWorkers()) if (r.batch) members.set(r.batch, [...(members.get(r.batch) ?? []), r.name]);
    for (const [id, names] of members) batchReading.set(id, readBudget(sumSummaries(names.map((n) => workerCost(project, n))), perBatch, warnAt));
  }
  const rank = { ok: 0, warn: 1, over: 2 } as const;
  for (const f of workers) {
    if (!f.window || f.window.dead || f.state.state === 'done') continue;
    const name = f.rec.name;
    const own = anyWorker ? readBudget(f.usage, perWorker, warnAt) : undefined;
    const batch = f.rec.batch ? batchReading.get(f.rec.batch) : undefined;
    const [r, scope] = own && (!batch || rank[own.level] >= rank[batch.level]) ? [own, 'worker' as const] : [batch!, 'batch' as const];
    if (!r || r.level === 'ok') continue;
    const text = budgetText(r, scope);
    if (r.level === 'over') {
      if (memo.stopped?.[name]) {
        actions.set(name, `stopped at its budget (${memo.stopped[name]!.why}); window kept for you`);
        continue;
      }
      // Escape interrupts the turn and nothing else: the conversation, the worktree and every file stay.
      await mux.sendKeys(f.rec.session, f.rec.window, ['Escape']);
      (memo.stopped ??= {})[name] = { at: now, why: text };
      if (f.rec.batch) (memo.heldBatches ??= {})[f.rec.batch] = `${name} reached its ${text}`;
      actions.set(name, `stopped at its budget (${text}); window kept for you`);
      if (config.notify.webhook || config.notify.command?.length) {
        await deliver(config, { worker: name, state: 'budget-stopped', detail: `${text}; stopped with Escape, window and worktree kept${f.rec.batch ? `; batch ${f.rec.batch} dispatches nothing more` : ''}`, pr: f.rec.pr ?? null, at: new Date(now).toISOString() }, (s) => ctx.out.info(s));
      }
      continue;
    }
    if (memo.warned?.[name]) continue;
    if (f.state.state === 'working' || f.state.state === 'booting') {
      actions.set(name, `budget: ${text}; wrap-up message waits for the end of the turn`);
      continue;
    }
    try {
      await sendPrompt(project, f.rec, wrapUpPrompt(r, scope, orchCommand, name), 15_000);
      (memo.warned ??= {})[name] = now;
      actions.set(name, `told to wrap up (${text})`);
    } catch (e) {
      actions.set(name, `wrap-up message failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (JSON.stringify(memo) !== before) atomicWrite(memoFile(project), memo);
  return actions;
}
