import type { Project } from '../../context.js';
import { inspectProject } from './inspect.js';
import { requireWorker } from '../worker/talk.js';
import { ago } from '../../core/table.js';
import { STATE_SYMBOL } from '../../core/dashboard.js';
import { costLine, formatTokens } from '../../core/usage.js';
import { causesFor } from './why.js';
import { collisionRadar, rowCollisions } from './collisions.js';
import { describeCollision } from '../../core/collisions.js';
import { workerJsonOf } from './worker-json.js';
import { whyField } from '../../core/worker-json.js';
import { causeJson, eventJson, limitJson } from '../../core/command-json.js';

/** `orch status <name>`: the detail view of one worker. */
export async function statusFlow(project: Project, name: string) {
  const rec = requireWorker(project, name);
  const f = (await inspectProject(project, { capture: true, git: true, names: [name] })).workers[0]!;
  // Overlaps need every live worker, not just this one; git is only read for the live ones.
  const radar = await collisionRadar(await inspectProject(project, { capture: true, git: false })).catch(() => undefined);
  const mine = radar ? radar.collisions.filter((c) => c.a === name || c.b === name) : [];
  const lastPrompt = [...f.events].reverse().find((e) => e.event === 'UserPromptSubmit');
  const last = f.events[f.events.length - 1];
  const current = [...f.events].reverse().find((e) => e.tool);
  const events = f.events.slice(-10);
  const now = Date.now();
  const causes = causesFor(project, f, now);
  const worker = workerJsonOf(project, f, { why: whyField(f.state.state, () => causes[0]!.summary) ?? false, collisions: rowCollisions(mine, name) });
  const tool = current ? `${current.tool}${current.summary ? `: ${current.summary}` : ''}` : null;
  const data = {
    ...worker,
    started: rec.created,
    lastActivity: last?.at ?? null,
    tool,
    lastPromptAt: lastPrompt?.at ?? null,
    limit: f.limit ? limitJson(f.limit) : null,
    causes: causes.map(causeJson),
    events: events.map(eventJson),
    screenTail: f.screen?.tail ?? null,
  };
  const text = [
    `${name}  ${STATE_SYMBOL[f.state.state]} ${f.state.state} (${f.state.reason})`,
    `  why:           ${causes[0]!.summary}`,
    `  task:          ${rec.title ?? '-'}${rec.issue ? ` (issue #${rec.issue})` : ''}`,
    `  branch:        ${rec.branch ?? '(detached)'}  commits: ${worker.ahead ?? '-'}  uncommitted: ${worker.uncommitted?.count ?? 'unknown'}`,
    `  worktree:      ${rec.worktree}${rec.host ? ` (on ${rec.host})` : ''}  window: ${f.window ? (f.window.dead ? 'dead' : 'alive') : 'missing'}`,
    `  started:       ${rec.created} (${ago(rec.created, now)})`,
    `  last activity: ${ago(last?.at, now)}${tool ? `  tool: ${tool}` : ''}`,
    `  last prompt:   ${ago(lastPrompt?.at, now)}`,
    `  PR:            ${rec.pr ? `#${rec.pr}` : '-'}`,
    `  cost:          ${costLine(f.usage)}${f.usage.unpricedModels.length ? ` (no price for ${f.usage.unpricedModels.join(', ')})` : ''}`,
    ...Object.entries(f.usage.models).map(([m, t]) => `    ${m}: in ${formatTokens(t.input)} · out ${formatTokens(t.output)} · cache read ${formatTokens(t.cacheRead)} · cache write ${formatTokens(t.cacheWrite)}`),
    ...(mine.length ? ['  collisions:', ...mine.map((c) => `    ${describeCollision(c, name)}`)] : []),
    '  last events:',
    ...events.map((e) => `    ${e.at.slice(11, 19)} ${e.event}${e.tool ? ` ${e.tool}` : ''}${e.summary ? `: ${e.summary}` : ''}${e.notification ? ` (${e.notification})` : ''}${e.blocked ? ' BLOCKED by guard' : ''}`),
    ...(f.screen?.tail ? ['  screen:', ...f.screen.tail.split('\n').map((l) => `    | ${l}`)] : []),
  ].join('\n');
  return { data, text };
}
