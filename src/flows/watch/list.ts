import type { Project } from '../../context.js';
import { inspectProject } from './inspect.js';
import { collisionRadar, rowCollisions } from './collisions.js';
import { costTotals } from './costs.js';
import { workerJsonOf } from './worker-json.js';
import type { Collision } from '../../core/collisions.js';

/** A collision between two workers as JSON (`whole` always present). */
export const collisionJson = (c: Collision) => ({ a: c.a, b: c.b, file: c.file, lines: c.lines.map((l) => ({ start: l.start, end: l.end })), whole: Boolean(c.whole) });

/** `orch list`: every worker with its branch, path, window and state, plus what does not add up. */
export async function listFlow(project: Project) {
  const facts = await inspectProject(project, { capture: false, git: true });
  const radar = await collisionRadar(facts);
  const workers = facts.workers.map((f) => workerJsonOf(project, f, { why: false, collisions: rowCollisions(radar.collisions, f.rec.name) }));
  const queued = project.registry.listBatches().flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue ?? null, branch: q.branch, heldFor: q.heldFor ?? null })));
  return {
    session: project.config.session,
    workers,
    collisions: radar.collisions.map(collisionJson),
    costs: costTotals(workers.map((w) => ({ batch: w.batch ?? undefined, cost: w.cost! }))),
    queued,
    zombies: facts.zombies,
    orphanWindows: facts.orphans.map((w) => w.name),
    missingWorktrees: facts.missing,
  };
}
