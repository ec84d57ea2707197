import type { Project } from '../../context.js';
import { inspectProject, type ProjectFacts } from './inspect.js';
import { mapLimit } from '../shared/map-limit.js';
import type { Forge } from '../../adapters/forge.js';
import type { DashRow } from '../../core/dashboard.js';
import { STATES_NEEDING_HUMAN } from '../../core/worker-state.js';
import { serverSummary } from '../server/server-state.js';

/**
 * Rows for `orch dash`: one inspection (one tmux call, tails of event files), no typing into anything.
 * `known` reuses an inspection the caller already made (the web dashboard needs its facts too).
 */
export async function dashRows(project: Project, forge?: Forge, known?: ProjectFacts): Promise<DashRow[]> {
  const facts = known ?? (await inspectProject(project, { capture: true, git: true }));
  // CI comes from GitHub, for workers that opened a PR; a failing lookup leaves the column empty.
  const ci = new Map<string, string>();
  if (forge) {
    await mapLimit(facts.workers.filter((f) => f.rec.pr), 4, async (f) => {
      const st = await forge.pullRequestStatus(f.rec.pr!).catch(() => undefined);
      if (st) ci.set(f.rec.name, st.state === 'OPEN' || st.state === 'DRAFT' ? st.ci : st.state);
    });
  }
  return facts.workers.map((f) => {
    const last = f.events[f.events.length - 1];
    const lastTool = [...f.events].reverse().find((e) => e.tool);
    return {
      name: f.rec.name,
      issue: f.rec.issue,
      branch: f.rec.branch,
      state: f.state.state,
      reason: f.state.reason,
      lastActivity: last?.at,
      tool: lastTool ? `${lastTool.tool}${lastTool.summary ? `: ${lastTool.summary}` : ''}` : undefined,
      commits: f.git?.ahead ?? 0,
      pr: f.rec.pr,
      ci: ci.get(f.rec.name),
      server: serverSummary(f.rec),
    };
  });
}

export function needsHuman(rows: DashRow[]): DashRow[] {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state));
}
