import type { BatchRecord } from '../../state/records.js';
import { REGISTRY_VERSION } from '../../state/records.js';
import type { Registry } from '../../state/registry.js';

export function newBatch(command: string, members: string[]): BatchRecord {
  const now = new Date();
  const id = `b${now.toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${Math.random().toString(36).slice(2, 6)}`;
  return { version: REGISTRY_VERSION, id, created: now.toISOString(), command, members, queue: [], cancelled: [], closed: [] };
}

export function saveBatch(registry: Registry, b: BatchRecord): void {
  registry.putBatch(b);
}
