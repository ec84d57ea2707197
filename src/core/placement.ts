/** Slots of one host: its maxWorkers and the live workers it runs now. */
export interface HostSlots { name: string; max: number; used: number }

/**
 * The host for one new worker: the most free slots wins, and on a tie the earlier host in the list (this machine,
 * `local`, is listed first). Undefined when every host is full.
 */
export function pickHost(slots: readonly HostSlots[]): string | undefined {
  let best: HostSlots | undefined;
  for (const s of slots) {
    const free = s.max - s.used;
    if (free <= 0) continue;
    if (!best || free > best.max - best.used) best = s;
  }
  return best?.name;
}

/** Hosts for `n` new workers placed one after the other (each placement takes its slot); undefined where all are full. */
export function placeMany(slots: readonly HostSlots[], n: number): Array<string | undefined> {
  const cur = slots.map((s) => ({ ...s }));
  const out: Array<string | undefined> = [];
  for (let i = 0; i < n; i++) {
    const h = pickHost(cur);
    out.push(h);
    const s = cur.find((x) => x.name === h);
    if (s) s.used++;
  }
  return out;
}

/** Live workers the whole fleet takes at once: this machine's maxWorkers plus every host's. */
export function totalSlots(config: { maxWorkers: number; hosts: ReadonlyArray<{ maxWorkers: number }> }): number {
  return config.maxWorkers + config.hosts.reduce((n, h) => n + h.maxWorkers, 0);
}
