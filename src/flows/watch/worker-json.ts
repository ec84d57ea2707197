import type { Project } from '../../context.js';
import type { WorkerFacts } from './inspect.js';
import { serverInfo } from '../server/server-state.js';
import { causesFor } from './why.js';
import { whyField, workerJson, type WorkerJson, type WorkerJsonExtras } from '../../core/worker-json.js';

/**
 * The shared worker vocabulary for one inspected worker, with its recorded servers and (unless `why: false`)
 * `orch why`'s first cause for a worker that is not simply working, booting or done.
 */
export function workerJsonOf(project: Project, f: WorkerFacts, x: Omit<WorkerJsonExtras, 'server' | 'why'> & { why?: boolean | string | undefined; now?: number } = {}): WorkerJson {
  const why = typeof x.why === 'string' ? x.why : x.why === false ? null : whyField(f.state.state, () => causesFor(project, f, x.now)[0]!.summary);
  return workerJson(f, { ...x, why, server: serverInfo(f.rec) });
}

/** Inspects the named workers (git read, no screen capture) and gives each in the shared vocabulary. */
export async function inspectWorkersJson(project: Project, names: string[]): Promise<Map<string, WorkerJson>> {
  const { inspectProject } = await import('./inspect.js');
  const facts = names.length ? (await inspectProject(project, { capture: false, git: true, names })).workers : [];
  return new Map(facts.map((f) => [f.rec.name, workerJsonOf(project, f, { why: false })] as const));
}
