import { Listr } from 'listr2';
import type { Ctx } from '../../context.js';
import { mapLimit } from './map-limit.js';

export interface ProgressItem<R> {
  title: string;
  /** `log` shows a detail line under the item (listr) or on stderr (plain). */
  run: (log: (line: string) => void) => Promise<R>;
  /** One-word outcome for the item's final line, and whether it counts as a failure. */
  outcome: (r: R) => { text: string; failed: boolean };
}

/**
 * Runs items with bounded parallelism. On a terminal (and without --json) listr2 draws one line per item;
 * elsewhere each finished item is one plain stderr line. Nothing is written to stdout while listr renders.
 */
export async function runWithProgress<R>(ctx: Ctx, items: Array<ProgressItem<R>>, concurrency: number): Promise<R[]> {
  if (!items.length) return [];
  if (!ctx.out.stderrIsTTY || ctx.json || ctx.env.CI) {
    return mapLimit(items, concurrency, async (item) => {
      const r = await item.run((line) => ctx.out.info(`${item.title}: ${line}`));
      ctx.out.info(`${item.title}: ${item.outcome(r).text}`);
      return r;
    });
  }
  const results = new Array<R>(items.length);
  const list = new Listr(
    items.map((item, i) => ({
      title: item.title,
      task: async (_: unknown, task: { title: string; output: string }) => {
        const r = await item.run((line) => (task.output = line));
        results[i] = r;
        const o = item.outcome(r);
        task.title = `${item.title}: ${o.text}`;
        if (o.failed) throw new Error(o.text);
      },
    })),
    { concurrent: concurrency, exitOnError: false, rendererOptions: { collapseErrors: false } },
  );
  await list.run().catch(() => undefined);
  return results;
}
