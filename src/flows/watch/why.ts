import type { Project } from '../../context.js';
import { inspectProject, type WorkerFacts } from './inspect.js';
import { requireWorker } from '../worker/talk.js';
import { readRecentEvents } from '../../state/events.js';
import { readTail } from '../../adapters/tail.js';
import { explain, renderCauses, type Cause } from '../../core/why.js';
import { whyField, workerJson } from '../../core/worker-json.js';
import { causeJson } from '../../core/command-json.js';
import { serverInfo } from '../server/server-state.js';

/** The causes for one inspected worker; reads up to 200 events and the transcript's tail (cheap: tails only). */
export function causesFor(project: Project, f: WorkerFacts, now = Date.now()): Cause[] {
  return explain({
    now,
    state: f.state,
    events: readRecentEvents(project.registry.eventsFile(f.rec.name), 200),
    screen: f.screen,
    limit: f.limit,
    transcriptTail: f.transcript ? readTail(f.transcript, 64 * 1024) : undefined,
    limitBackoffMs: project.config.limits.backoffMin * 60_000,
  });
}

/** `orch why <name>`: what keeps the worker from going on, with the evidence from events, transcript and screen. */
export async function whyFlow(project: Project, name: string) {
  requireWorker(project, name);
  const f = (await inspectProject(project, { capture: true, git: false, names: [name] })).workers[0]!;
  const causes = causesFor(project, f);
  // The vocabulary is built here rather than by workerJsonOf, which itself asks this module for causes.
  const data = { ...workerJson(f, { why: whyField(f.state.state, () => causes[0]!.summary), server: serverInfo(f.rec) }), causes: causes.map(causeJson) };
  return { data, text: renderCauses(name, causes) };
}
