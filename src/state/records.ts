import { z } from 'zod';

export const REGISTRY_VERSION = 1;

/** Facts about one worker; its state is derived elsewhere, never stored here. */
export const workerRecord = z.object({
  version: z.literal(REGISTRY_VERSION),
  name: z.string(),
  kind: z.enum(['task', 'issue', 'orchestrator', 'reviewer']),
  branch: z.string().optional(),
  base: z.string(),
  worktree: z.string(),
  session: z.string(),
  window: z.string(),
  mux: z.enum(['tmux', 'psmux', 'headless']),
  /** The configured host it runs on (`hosts[].name`); absent means this machine, so older records stay valid. */
  host: z.string().optional(),
  issue: z.number().int().optional(),
  title: z.string().optional(),
  batch: z.string().optional(),
  created: z.string(),
  lastSeen: z.string().optional(),
  pr: z.number().int().optional(),
  links: z.array(z.string()).default([]),
  server: z
    // procStart: the OS start time of pid, so `stop` can tell our process from a later one that reused the pid.
    // host: the configured host the server runs on (absent: this machine); pid, procStart and log are that host's.
    .object({ part: z.string(), port: z.number().int(), pid: z.number().int(), log: z.string(), started: z.string(), procStart: z.string().optional(), host: z.string().optional() })
    .array()
    .optional(),
  readyNotified: z.boolean().optional(),
});
export type WorkerRecord = z.infer<typeof workerRecord>;

export const queuedItem = z.object({
  name: z.string(),
  kind: z.enum(['task', 'issue']),
  issue: z.number().int().optional(),
  title: z.string().optional(),
  branch: z.string(),
  base: z.string(),
  /** The brief is rendered at enqueue time so a later dispatch needs no refetch. */
  brief: z.string(),
  dependsOn: z.array(z.string()).default([]),
  stopOnError: z.boolean().default(false),
  baseFrom: z.string().optional(),
  /** Files the issue is predicted to touch (queue.avoidCollisions holds it while a live worker changes one). */
  predictedFiles: z.array(z.string()).optional(),
  /** Why the item is held back, when it is (shown by list, dash and the orchestrator). */
  heldFor: z.string().optional(),
  /** The host it must run on (--host); absent: placed on the host with the most free slots when dispatched. */
  host: z.string().optional(),
  /** Dispatches of this item that failed (each after one retry), and the last reason: it was re-queued, not dropped. */
  failures: z.number().int().optional(),
  lastFailure: z.string().optional(),
});
export type QueuedItem = z.infer<typeof queuedItem>;

export const batchRecord = z.object({
  version: z.literal(REGISTRY_VERSION),
  id: z.string(),
  created: z.string(),
  command: z.string(),
  members: z.array(z.string()),
  queue: z.array(queuedItem).default([]),
  cancelled: z.array(z.object({ name: z.string(), reason: z.string() })).default([]),
  closed: z.array(z.string()).default([]),
  finished: z.string().optional(),
});
export type BatchRecord = z.infer<typeof batchRecord>;
