import type { Project } from '../../context.js';
import { inspectProject, type ProjectFacts } from './inspect.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import type { DashRow } from '../../core/dashboard.js';
import { STATES_NEEDING_HUMAN } from '../../core/worker-state.js';
import { collisionRadar, rowCollisions } from './collisions.js';
import { workerJsonOf } from './worker-json.js';
import { stateCounts } from '../../core/worker-json.js';
import type { CostTotals } from './costs.js';
import type { RateBudget } from '../../core/api-budget.js';

/**
 * Rows for `orch dash`: one inspection (one tmux call, tails of event files), no typing into anything.
 * `known` reuses an inspection the caller already made (the web dashboard needs its facts too);
 * `collisions: false` skips the radar (the web dashboard's per-event refresh of a few workers keeps the last one).
 */
export async function dashRows(project: Project, forge?: Forge, known?: ProjectFacts, opts: { collisions?: boolean } = {}): Promise<DashRow[]> {
  const facts = known ?? (await inspectProject(project, { capture: true, git: true }));
  // CI and review come from GitHub, for workers that opened a PR; a failing lookup leaves them null.
  const prs = new Map<string, PullRequestStatus>();
  const withPr = facts.workers.filter((f) => f.rec.pr && f.rec.branch);
  if (forge && withPr.length) {
    // One query for all of them, however many there are.
    const got = await forge.pullRequestsForBranches(withPr.map((f) => f.rec.branch!)).catch(() => new Map<string, PullRequestStatus>());
    for (const f of withPr) {
      const st = got.get(f.rec.branch!);
      if (st) prs.set(f.rec.name, st);
    }
  }
  const radar = opts.collisions === false ? undefined : await collisionRadar(facts).catch(() => undefined);
  return facts.workers.map((f) => {
    const last = f.events[f.events.length - 1];
    const lastTool = [...f.events].reverse().find((e) => e.tool);
    const st = prs.get(f.rec.name);
    return {
      ...workerJsonOf(project, f, {
        collisions: radar ? rowCollisions(radar.collisions, f.rec.name) : [],
        pr: st ? { state: st.state, ci: st.ci, review: st.reviewDecision, url: st.url } : undefined,
      }),
      lastActivity: last?.at ?? null,
      tool: lastTool ? `${lastTool.tool}${lastTool.summary ? `: ${lastTool.summary}` : ''}` : null,
    };
  });
}

export function needsHuman(rows: DashRow[]): DashRow[] {
  return rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state.name));
}

/** `dash --json`: rows, totals (counts by state, cost), who needs a human, each collision once, the GitHub budget. */
export function dashAnswer(rows: DashRow[], costs: CostTotals, budget: RateBudget | undefined) {
  const seen = new Set<string>();
  const collisions = rows.flatMap((r) =>
    r.collisions
      .filter((c) => c.with > r.name && !seen.has(`${r.name}\0${c.with}\0${c.file}`) && seen.add(`${r.name}\0${c.with}\0${c.file}`))
      .map((c) => ({ a: r.name, b: c.with, file: c.file, lines: c.lines, whole: c.whole })),
  );
  return {
    workers: rows,
    totals: { workers: rows.length, states: stateCounts(rows), cost: costs },
    needsHuman: needsHuman(rows).map((r) => r.name),
    collisions,
    apiBudget: budget ? { resource: budget.resource, limit: budget.limit, remaining: budget.remaining, resetAt: new Date(budget.resetAt).toISOString() } : null,
  };
}
