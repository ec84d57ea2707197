import type { Project } from '../../context.js';
import { inspectProject } from './inspect.js';
import { requireWorker } from '../worker/talk.js';
import { ago } from '../../core/table.js';
import { STATE_SYMBOL } from '../../core/dashboard.js';
import { costLine, formatTokens } from '../../core/usage.js';
import { causesFor } from './why.js';
import { collisionRadar, rowCollisions } from './collisions.js';
import { describeCollision } from '../../core/collisions.js';

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
  const data = {
    name,
    state: f.state.state,
    reason: f.state.reason,
    ...(f.state.until ? { until: f.state.until } : {}),
    ...(f.limit ? { limit: f.limit } : {}),
    host: rec.host ?? 'local',
    branch: rec.branch,
    worktree: rec.worktree,
    issue: rec.issue,
    title: rec.title,
    started: rec.created,
    lastActivity: last?.at,
    currentTool: current ? `${current.tool}${current.summary ? `: ${current.summary}` : ''}` : undefined,
    lastPromptAt: lastPrompt?.at,
    pr: rec.pr,
    commits: f.git?.ahead ?? 0,
    uncommitted: f.git ? f.git.uncommitted : 0,
    window: f.window ? (f.window.dead ? 'dead' : 'alive') : 'missing',
    cost: f.usage,
    why: causes[0]!.summary,
    causes,
    events,
    screenTail: f.screen?.tail,
    collisions: rowCollisions(mine, name),
  };
  const text = [
    `${name}  ${STATE_SYMBOL[f.state.state]} ${f.state.state} (${f.state.reason})`,
    `  why:           ${causes[0]!.summary}`,
    `  task:          ${rec.title ?? '-'}${rec.issue ? ` (issue #${rec.issue})` : ''}`,
    `  branch:        ${rec.branch ?? '(detached)'}  commits: ${data.commits}  uncommitted: ${data.uncommitted}`,
    `  worktree:      ${rec.worktree}${rec.host ? ` (on ${rec.host})` : ''}  window: ${data.window}`,
    `  started:       ${rec.created} (${ago(rec.created, now)})`,
    `  last activity: ${ago(last?.at, now)}${data.currentTool ? `  tool: ${data.currentTool}` : ''}`,
    `  last prompt:   ${ago(lastPrompt?.at, now)}`,
    `  PR:            ${rec.pr ? `#${rec.pr}` : '-'}`,
    `  cost:          ${costLine(f.usage)}${f.usage.unpricedModels.length ? ` (no price for ${f.usage.unpricedModels.join(', ')})` : ''}`,
    ...Object.entries(f.usage.models).map(([m, t]) => `    ${m}: in ${formatTokens(t.input)} · out ${formatTokens(t.output)} · cache read ${formatTokens(t.cacheRead)} · cache write ${formatTokens(t.cacheWrite)}`),
    ...(mine.length ? ['  collisions:', ...mine.map((c) => `    ${describeCollision(c, name)}`)] : []),
    '  last events:',
    ...events.map((e) => `    ${e.at.slice(11, 19)} ${e.event}${e.tool ? ` ${e.tool}` : ''}${e.summary ? `: ${e.summary}` : ''}${e.notification ? ` (${e.notification})` : ''}${e.blocked ? ' BLOCKED by guard' : ''}`),
    ...(f.screen?.tail ? ['  screen:', ...f.screen.tail.split('\n').map((l) => `    | ${l}`)] : []),
  ].join('\n');
  return { ...data, text };
}
