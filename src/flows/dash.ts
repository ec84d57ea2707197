import type { Project } from '../context.js';
import { inspectProject } from './inspect.js';
import type { DashRow } from '../core/dashboard.js';
import { STATES_NEEDING_HUMAN } from '../core/worker-state.js';

/** Rows for `orch dash`: one inspection (one tmux call, tails of event files), no typing into anything. */
export async function dashRows(project: Project): Promise<DashRow[]> {
  const facts = await inspectProject(project, { capture: true, git: true });
  return facts.workers.map((f) => {
    const last = f.events[f.events.length - 1];
    const lastTool = [...f.events].reverse().find((e) => e.tool);
    const server = f.rec.server?.[0];
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
      ci: undefined,
      server: server ? `http://127.0.0.1:${server.port}` : undefined,
    };
  });
}

export function needsHuman(rows: DashRow[]): DashRow[] {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state));
}
