import type { Project } from '../../context.js';
import { LOCAL_HOST, sshHost } from '../../adapters/ssh.js';
import { pickHost, type HostSlots } from '../../core/placement.js';
import { inspectProject } from '../watch/inspect.js';

// Placements made by this process whose records are not written yet: a batch dispatching four at once must not
// see the same free slot four times.
const pending = new Map<string, number>();
let chain: Promise<unknown> = Promise.resolve();

/** Slots per host now: live, unfinished workers per host, plus placements of this process still provisioning. */
export async function hostSlots(project: Project): Promise<HostSlots[]> {
  const { config } = project;
  const facts = await inspectProject(project, { capture: true, git: false });
  const used = new Map<string, number>();
  for (const w of facts.workers) {
    if (!w.window || w.window.dead || w.state.state === 'done') continue;
    const h = w.rec.host ?? LOCAL_HOST;
    used.set(h, (used.get(h) ?? 0) + 1);
  }
  return [{ name: LOCAL_HOST, max: config.maxWorkers }, ...config.hosts.map((h) => ({ name: h.name, max: h.maxWorkers }))].map((s) => ({
    ...s,
    used: (used.get(s.name) ?? 0) + (pending.get(s.name) ?? 0),
  }));
}

/**
 * Chooses the host of a new worker (the one `--host` named, else the most free slots, local first on a tie; when all
 * are full, the least loaded) and holds its slot until `release` (called once the record exists or the start failed).
 */
export async function placeWorker(project: Project, pinned: string | undefined): Promise<{ host: string; release: () => void }> {
  const take = (host: string) => {
    pending.set(host, (pending.get(host) ?? 0) + 1);
    let done = false;
    return {
      host,
      release: () => {
        if (done) return;
        done = true;
        pending.set(host, Math.max(0, (pending.get(host) ?? 1) - 1));
      },
    };
  };
  if (pinned !== undefined) {
    if (pinned !== LOCAL_HOST) sshHost(project.config, pinned); // an unknown name fails here, with the list of hosts
    return take(pinned);
  }
  if (!project.config.hosts.length) return take(LOCAL_HOST);
  const next = chain.then(async () => {
    const slots = await hostSlots(project);
    const host = pickHost(slots) ?? pickHost(slots.map((s) => ({ ...s, max: s.max + 1_000_000 })))!;
    return take(host);
  });
  chain = next.catch(() => undefined);
  return next;
}
