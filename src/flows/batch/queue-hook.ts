import type { Ctx, Project } from '../../context.js';

/** Dispatches queued batch members while worker slots are free (maxWorkers); reports what it started. */
export async function dispatchQueued(ctx: Ctx, project: Project): Promise<string[]> {
  if (!project.registry.listBatches().some((b) => b.queue.length)) return [];
  const { dispatchFromQueue } = await import('./start-issues.js');
  const started = await dispatchFromQueue(project, ctx);
  for (const n of started) ctx.out.info(`monitor: dispatched ${n} from the queue`);
  return started;
}
