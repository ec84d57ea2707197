import path from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { atomicWriteIfChanged } from './registry.js';

/**
 * What the monitor saw last time, per worker: a cache for change detection (stuck), nudge pacing and
 * notification de-duplication. Never the source of a worker's state: that is derived every cycle.
 */
export interface Observation {
  fingerprint?: string;
  commits?: number;
  changedAt?: number;
  lastState?: string;
  stateSince?: number;
  lastNudgeAt?: number;
  lastNudgeFor?: string;
  notified?: { state: string; at: number; count: number };
  /** Collision keys (pair of workers + file) already told to the human; this worker is the pair's first by name. */
  collisionsNotified?: string[];
}

export class Observations {
  private readonly dir: string;
  constructor(stateDir: string) {
    this.dir = path.join(stateDir, 'observe');
    mkdirSync(this.dir, { recursive: true });
  }
  get(name: string): Observation {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, `${name}.json`), 'utf8')) as Observation;
    } catch {
      return {};
    }
  }
  /** Written only when it changed: the monitor puts every worker's every cycle, mostly unchanged. */
  put(name: string, o: Observation): void {
    atomicWriteIfChanged(path.join(this.dir, `${name}.json`), o);
  }
}
