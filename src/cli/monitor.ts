import type { Command } from 'commander';
import { action, durationOption, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { formatLine, monitorCycle, monitorWatch } from '../flows/watch/monitor.js';

export function register(program: Command): void {
  program
    .command('monitor')
    .helpGroup('Watch:')
    .description('one cycle per worker: read events and screen, derive the state, answer the trust prompt, nudge idle or stuck workers, report the rest; --watch repeats until every worker is done or gone')
    .argument('[name]', 'one worker (default: all)', workerNameArg)
    .option('--watch', 'repeat, reacting to new events within a second, until every worker is done or gone')
    .addOption(durationOption('--interval <dur>', 'screen capture interval with --watch', { min: '1s', default: '30s' }))
    .addOption(durationOption('--idle-grace <dur>', 'how long a worker stays idle before it is nudged; 0s nudges at once', { min: '0s', default: '30s' }))
    .addOption(durationOption('--nudge-every <dur>', 'minimum time between two nudges of the same kind', { min: '10s', default: '5m' }))
    .addOption(durationOption('--timeout <dur>', 'stop watching after this long', { min: '1s' }))
    .option('--json', 'print JSON (one object per line with --watch)')
    .addHelpText('after', '\nExamples:\n  orch monitor\n  orch monitor fix-12-crash --json\n  orch monitor --watch --interval 10s\n  /loop 3m /session monitor        (inside Claude Code)')
    .action(
      action(async (ctx, name: string | undefined, o: { watch?: boolean; interval: number; idleGrace: number; nudgeEvery: number; timeout?: number }) => {
        const project = await openProject(ctx);
        const base = { names: name ? [name] : undefined, idleGraceMs: o.idleGrace, nudgeEveryMs: o.nudgeEvery };
        if (!o.watch) {
          const lines = await monitorCycle(ctx, project, base);
          return { data: { workers: lines }, text: lines.length ? lines.map(formatLine).join('\n') : 'No workers to monitor.' };
        }
        const { dispatchQueued } = await import('../flows/batch/queue-hook.js');
        const lines = await monitorWatch(ctx, project, {
          ...base,
          intervalMs: o.interval,
          ...(o.timeout ? { timeoutMs: o.timeout } : {}),
          onLine: (l, changed) => {
            if (!changed) return;
            if (ctx.json) ctx.out.jsonLine({ workers: [l] });
            else ctx.out.data(formatLine(l));
          },
          afterCycle: async () => {
            await dispatchQueued(ctx, project);
          },
        });
        if (!ctx.json) ctx.out.info(`monitor: finished (${lines.filter((l) => l.state.name === 'done').length} done, ${lines.filter((l) => l.state.name === 'dead').length} gone)`);
        return undefined;
      }),
    );
}
