/**
 * Why a worker stands still, with its evidence: hook events, transcript and screen in, named causes out. Pure.
 * Quoted text (questions, error lines) comes from the worker and is only shown, never acted on.
 */
import type { ScreenReading } from './screens.js';
import type { WorkerEvent } from '../state/events.js';
import type { DerivedState } from './worker-state.js';
import { limitKindOf, limitReason, type LimitInfo } from './limits.js';

export type CauseKind = 'limited' | 'permission' | 'question' | 'api-error' | 'failing-loop' | 'context-full' | 'no-finish' | 'working' | 'other';

export interface Cause {
  kind: CauseKind;
  /** One line a person reads first. */
  summary: string;
  /** The lines that show it: quoted screen lines, event summaries, error lines. */
  evidence: string[];
  /** api-error: whether a relaunch with --continue may help (5xx, connection trouble), as opposed to a bad request. */
  transient?: boolean;
  /** context-full: the screen says so now (a past compaction alone does not ask for another). */
  nearlyFullNow?: boolean;
}

export interface WhyInput {
  now: number;
  state: DerivedState;
  /** Recent hook events, oldest first (the more, the better the loop and compaction counts). */
  events: WorkerEvent[];
  screen?: ScreenReading | undefined;
  limit?: LimitInfo | undefined;
  /** The tail of the newest transcript (JSONL); the last lines are enough. */
  transcriptTail?: string | undefined;
  limitBackoffMs: number;
  /** How many failures of the same command in a row make a loop. */
  loopAfter?: number;
}

const q = (s: string, n = 200): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > n ? `${one.slice(0, n - 3)}...` : one}"`;
};
const lastLine = (s: string): string => s.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? s.trim();
const TRANSIENT_RE = /\b5\d\d\b|internal server error|unable to connect|connection (?:refused|reset|error)|timed? ?out|ECONN|socket hang up|fetch failed|network/i;

/** Every cause that applies, the most pressing first; never empty. */
export function explain(i: WhyInput): Cause[] {
  const out: Cause[] = [];
  const ev = i.events;
  const s = i.screen;
  const lastPrompt = findLastIndex(ev, (e) => e.event === 'UserPromptSubmit');
  const turn = ev.slice(lastPrompt + 1);

  if (i.limit) out.push({ kind: 'limited', summary: limitReason(i.limit, i.now, i.limitBackoffMs), evidence: [`${i.limit.source}: ${q(i.limit.evidence)}`] });

  if (s?.kind === 'permission-prompt' || i.state.state === 'waiting-approval') {
    const pre = [...turn].reverse().find((e) => e.event === 'PreToolUse');
    const tool = s?.tool ?? (pre?.tool ? `${pre.tool}${pre.summary ? `: ${pre.summary}` : ''}` : undefined);
    out.push({
      kind: 'permission',
      summary: `waiting on a permission${tool ? ` for ${tool}` : ''}`,
      evidence: [...(s?.kind === 'permission-prompt' ? [`screen: ${q(s.tail.split('\n').find((l) => /Do you want/i.test(l)) ?? 'a permission prompt is open')}`] : []), ...(pre ? [`event: PreToolUse ${pre.tool ?? ''}${pre.summary ? ` ${q(pre.summary)}` : ''} at ${pre.at}`] : [])],
    });
  }

  const stopIdx = findLastIndex(ev, (e) => e.event === 'Stop');
  const stop = stopIdx > lastPrompt ? ev[stopIdx] : undefined;
  const said = stop?.message ?? (s?.kind === 'idle' ? s.lastAssistantText : undefined);
  if ((i.state.state === 'asking' || (stop && said && /\?\s*$/.test(said.trim()))) && said) {
    const question = said.trim().split('\n').filter((l) => l.trim()).pop()!;
    out.push({ kind: 'question', summary: `asked a question: ${q(question)}`, evidence: [`event: Stop at ${stop?.at ?? '?'}: ${q(question, 400)}`] });
  }

  if (s?.kind === 'api-error' && !i.limit) {
    const line = s.problem ?? lastLine(s.tail);
    const transient = TRANSIENT_RE.test(line) && !limitKindOf(line);
    out.push({ kind: 'api-error', summary: `API error: ${q(line)}`, evidence: [`screen: ${q(line, 300)}`], transient });
  }

  const loop = failingLoop(ev, i.loopAfter ?? 3);
  if (loop) out.push(loop);

  const compactions = ev.filter((e) => e.event === 'PreCompact' || e.event === 'PostCompact');
  const ctxLine = s?.tail.split('\n').find((l) => /context (?:left|low)|auto-compact/i.test(l));
  if (compactions.length || ctxLine) {
    const pre = compactions.filter((e) => e.event === 'PreCompact');
    const last = compactions.at(-1);
    out.push({
      kind: 'context-full',
      summary: `context nearly full${pre.length ? ` (compacted ${pre.length} time${pre.length === 1 ? '' : 's'}${last?.trigger ? `, last ${last.trigger}` : ''})` : ''}`,
      evidence: [...compactions.slice(-3).map((e) => `event: ${e.event}${e.trigger ? ` (${e.trigger})` : ''} at ${e.at}`), ...(ctxLine ? [`screen: ${q(ctxLine)}`] : [])],
      nearlyFullNow: Boolean(ctxLine),
    });
  }

  const finished = ev.some((e) => e.event === 'FinishSucceeded') || ev.some((e) => e.event === 'PreToolUse' && /\borch\b.*\bfinish\b/.test(e.summary ?? ''));
  if (stop && !finished && (i.state.state === 'idle' || i.state.state === 'done' || i.state.state === 'finish-failed') && !out.some((c) => c.kind === 'question')) {
    out.push({ kind: 'no-finish', summary: 'finished its turn without running `orch finish`', evidence: [`event: Stop at ${stop.at}${stop.message ? `: ${q(lastLine(stop.message))}` : ''}`, 'no `orch finish` call among its events'] });
  }

  if (!out.length) {
    const kind: CauseKind = i.state.state === 'working' ? 'working' : 'other';
    out.push({ kind, summary: `${i.state.state}: ${i.state.reason}`, evidence: ev.slice(-3).map((e) => `event: ${e.event}${e.tool ? ` ${e.tool}` : ''}${e.summary ? ` ${q(e.summary)}` : ''} at ${e.at}`) });
  }
  return out;
}

/** The same command failing `after` times or more in a row (other commands in between break the run). */
function failingLoop(ev: WorkerEvent[], after: number): Cause | undefined {
  const runs = ev.filter((e) => (e.event === 'PostToolUse' || e.event === 'PostToolUseFailure') && e.tool);
  const last = runs.at(-1);
  if (!last || last.event !== 'PostToolUseFailure') return undefined;
  let n = 0;
  for (let k = runs.length - 1; k >= 0; k--) {
    const e = runs[k]!;
    if (e.event !== 'PostToolUseFailure' || e.tool !== last.tool || e.summary !== last.summary) break;
    n++;
  }
  if (n < after) return undefined;
  const error = last.error ? lastLine(last.error) : 'no error text recorded';
  return {
    kind: 'failing-loop',
    summary: `repeating a failing command: ${last.tool}${last.summary ? ` ${q(last.summary, 120)}` : ''} failed ${n} times in a row; last error: ${q(error)}`,
    evidence: [`events: ${n} × PostToolUseFailure ${last.tool}${last.summary ? ` ${q(last.summary)}` : ''}, last at ${last.at}`, `error: ${q(error, 300)}`],
  };
}

/** For text output: the summary, then the evidence indented. */
export function renderCauses(name: string, causes: Cause[]): string {
  return [`${name}: ${causes[0]!.summary}`, ...causes.flatMap((c, k) => [...(k ? [`  also: ${c.summary}`] : []), ...c.evidence.map((e) => `    ${e}`)])].join('\n');
}

function findLastIndex<T>(a: T[], p: (x: T) => boolean): number {
  for (let k = a.length - 1; k >= 0; k--) if (p(a[k]!)) return k;
  return -1;
}
