import type { Project } from '../../context.js';
import { inspectProject, type ProjectFacts } from './inspect.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import type { DashRow } from '../../core/dashboard.js';
import { STATES_NEEDING_HUMAN } from '../../core/worker-state.js';
import { serverSummary } from '../server/server-state.js';
import { causesFor } from './why.js';
import { collisionRadar, rowCollisions } from './collisions.js';

/**
 * Rows for `orch dash`: one inspection (one tmux call, tails of event files), no typing into anything.
 * `known` reuses an inspection the caller already made (the web dashboard needs its facts too);
 * `collisions: false` skips the radar (the web dashboard's per-event refresh of a few workers keeps the last one).
 */
export async function dashRows(project: Project, forge?: Forge, known?: ProjectFacts, opts: { collisions?: boolean } = {}): Promise<DashRow[]> {
  const facts = known ?? (await inspectProject(project, { capture: true, git: true }));
  // CI comes from GitHub, for workers that opened a PR; a failing lookup leaves the column empty.
  const ci = new Map<string, string>();
  const withPr = facts.workers.filter((f) => f.rec.pr && f.rec.branch);
  if (forge && withPr.length) {
    // One query for all of them, however many there are.
    const prs = await forge.pullRequestsForBranches(withPr.map((f) => f.rec.branch!)).catch(() => new Map<string, PullRequestStatus>());
    for (const f of withPr) {
      const st = prs.get(f.rec.branch!);
      if (st) ci.set(f.rec.name, st.state === 'OPEN' || st.state === 'DRAFT' ? st.ci : st.state);
    }
  }
  const radar = opts.collisions === false ? undefined : await collisionRadar(facts).catch(() => undefined);
  return facts.workers.map((f) => {
    const collisions = radar ? rowCollisions(radar.collisions, f.rec.name) : [];
    const last = f.events[f.events.length - 1];
    const lastTool = [...f.events].reverse().find((e) => e.tool);
    return {
      name: f.rec.name,
      ...(f.rec.host ? { host: f.rec.host } : {}),
      issue: f.rec.issue,
      branch: f.rec.branch,
      state: f.state.state,
      reason: f.state.reason,
      ...(f.state.until ? { until: f.state.until } : {}),
      lastActivity: last?.at,
      tool: lastTool ? `${lastTool.tool}${lastTool.summary ? `: ${lastTool.summary}` : ''}` : undefined,
      commits: f.git?.ahead ?? 0,
      pr: f.rec.pr,
      ci: ci.get(f.rec.name),
      server: serverSummary(f.rec),
      cost: f.usage,
      ...(['working', 'booting', 'done'].includes(f.state.state) ? {} : { why: causesFor(project, f)[0]!.summary }),
      ...(collisions.length ? { collisions } : {}),
    };
  });
}

export function needsHuman(rows: DashRow[]): DashRow[] {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state));
}
