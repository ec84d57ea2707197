import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import type { WorkerFacts } from './inspect.js';
import { atomicWrite } from '../../state/registry.js';
import { limitReason, limitResumePrompt, resumeAt } from '../../core/limits.js';
import { sendPrompt } from '../worker/converse.js';
import { deliver } from './notify.js';
import { budgetStopped } from './budget.js';

/** What the monitor remembers between cycles about limits: one notification per episode, and the stagger. */
interface LimitsMemo {
  /** Since when a limit episode is on (its start was notified), or absent. */
  activeSince?: number;
  lastResumeAt?: number;
  /** Workers resumed in this episode, with when. */
  resumed?: Record<string, number>;
}

const memoFile = (project: Project) => path.join(project.registry.dir, 'limits.json');

function readMemo(project: Project): LimitsMemo {
  try {
    return JSON.parse(readFileSync(memoFile(project), 'utf8')) as LimitsMemo;
  } catch {
    return {};
  }
}

/** Whether the queue must hold: a live worker stands at an account-wide limit (every new worker would meet it too). */
export function accountLimitHold(workers: WorkerFacts[], now: number, backoffMs: number): string | undefined {
  const w = workers.find((f) => f.limit?.accountWide);
  return w ? `${w.rec.name} is ${limitReason(w.limit!, now, backoffMs)}` : undefined;
}

/**
 * One pass of limit handling, after the monitor observed every worker: notify once when a limit episode starts,
 * resume limited workers after their reset (or the backoff), one per `staggerSec`, with a "continue" prompt, and
 * notify once when no worker is limited any more. Returns the action taken per worker.
 */
export async function handleLimits(ctx: Ctx, project: Project, workers: WorkerFacts[], now: number): Promise<Map<string, string>> {
  const { config } = project;
  const backoffMs = config.limits.backoffMin * 60_000;
  const actions = new Map<string, string>();
  const memo = readMemo(project);
  const before = JSON.stringify(memo);
  const limited = workers.filter((f) => f.limit);
  const notify = async (state: string, worker: string, detail: string) => {
    if (!config.notify.webhook && !config.notify.command?.length) return;
    await deliver(config, { worker, state, detail, pr: null, at: new Date(now).toISOString() }, (s) => ctx.out.info(s));
  };
  if (limited.length && memo.activeSince === undefined) {
    memo.activeSince = now;
    memo.resumed = {};
    const first = limited[0]!;
    await notify('limited', limited.map((f) => f.rec.name).join(', '), `${limitReason(first.limit!, now, backoffMs)}${config.limits.autoResume && first.limit!.resumable ? '; orch resumes the limited workers after the reset' : ''}`);
  }
  if (config.limits.autoResume) {
    const stagger = config.limits.staggerSec * 1000;
    for (const f of limited) {
      if (budgetStopped(project, f.rec.name)) {
        actions.set(f.rec.name, 'limited, and stopped at its budget: not resumed');
        continue;
      }
      const at = resumeAt(f.limit!, now, backoffMs);
      if (at === undefined) {
        actions.set(f.rec.name, 'limited: needs a human (no automatic resume)');
        continue;
      }
      if (now < at) {
        actions.set(f.rec.name, `limited: resumes at ${new Date(at).toISOString()}`);
        continue;
      }
      if (memo.lastResumeAt !== undefined && now - memo.lastResumeAt < stagger) {
        actions.set(f.rec.name, 'limited: waiting for its turn to resume (staggered)');
        continue;
      }
      try {
        await sendPrompt(project, f.rec, limitResumePrompt(f.limit!), 15_000);
        memo.lastResumeAt = now;
        (memo.resumed ??= {})[f.rec.name] = now;
        actions.set(f.rec.name, 'resumed after the limit');
      } catch (e) {
        actions.set(f.rec.name, `resume failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  } else {
    for (const f of limited) actions.set(f.rec.name, 'limited: limits.autoResume is off; resume it yourself');
  }
  const stillLimited = limited.filter((f) => !actions.get(f.rec.name)?.startsWith('resumed'));
  if (memo.activeSince !== undefined && !stillLimited.length) {
    const names = Object.keys(memo.resumed ?? {});
    await notify('resumed', names.join(', ') || '-', names.length ? `work resumed after the limit: ${names.join(', ')}` : 'the limit is over');
    delete memo.activeSince;
    delete memo.resumed;
  }
  if (JSON.stringify(memo) !== before) atomicWrite(memoFile(project), memo);
  return actions;
}
