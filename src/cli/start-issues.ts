import type { Command } from 'commander';
import { action, positiveInt } from './common.js';
import { openProject } from '../context.js';
import type { IssueRow } from '../flows/batch/start-issues.js';
import { renderTable } from '../core/table.js';
import { inspectWorkersJson } from '../flows/watch/worker-json.js';
import { UsageError } from '../errors.js';

/** Issue titles are untrusted: no control characters (terminal escapes) reach the table. */
export function displayTitle(t: string, max = 50): string {
  const clean = t.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

export function statusText(r: Pick<IssueRow, 'status' | 'reason'>): string {
  return r.status === 'skipped' || r.status === 'failed' || r.reason?.startsWith('held: ') || r.reason?.startsWith('re-queued: ') ? `${r.status}: ${r.reason ?? ''}` : r.status;
}

function issueNumbers(args: string[]): number[] {
  const bad = args.filter((a) => !/^\d+$/.test(a) || Number(a) < 1 || !Number.isSafeInteger(Number(a)));
  if (bad.length) throw new UsageError(`issue numbers must be positive whole numbers, got ${bad.map((b) => JSON.stringify(b)).join(', ')}`, 'example: orch start-issues 12 13 14');
  return args.map(Number);
}

export function register(program: Command): void {
  program
    .command('start-issues')
    .helpGroup('Dispatch:')
    .description('one worker, branch fix/<n>-<slug> and pull request per GitHub issue; beyond maxWorkers they queue')
    .argument('[numbers...]', 'issue numbers')
    .option('--label <label>', 'every open issue with this label instead of numbers')
    .option('--limit <k>', 'with --label: at most k issues (default 20)', positiveInt('--limit'))
    .option('--concurrency <k>', 'issues fetched and workers started at once (default 4)', positiveInt('--concurrency'))
    .option('--host <name>', 'run these workers on this configured host (or local); default: each on the host with the most free slots')
    .option('--dry-run', 'print the plan and skip reasons; create nothing')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch start-issues 12 13 14\n  orch start-issues --label bug --limit 10 --dry-run')
    .action(
      action(async (ctx, args: string[], o: { label?: string; limit?: number; concurrency?: number; dryRun?: boolean; host?: string }) => {
        // Validated before the config, the token or GitHub are touched.
        const numbers = issueNumbers(args);
        // The usage checks come before the token: a missing token must not hide a plain usage error.
        if (!numbers.length && !o.label) throw new UsageError('give issue numbers or --label <label>', 'example: orch start-issues 12 13 14, or orch start-issues --label bug --limit 10');
        if (numbers.length && o.label) throw new UsageError('give issue numbers or --label, not both');
        if (o.limit !== undefined && !o.label) throw new UsageError('--limit only applies with --label');
        const project = await openProject(ctx);
        // Loaded on use: octokit and the flow stay off the startup path of every other command.
        const [{ openForge }, { startIssuesFlow }] = await Promise.all([import('../adapters/github.js'), import('../flows/batch/start-issues.js')]);
        const forge = await openForge(project.config, ctx.env, (l) => ctx.out.info(l));
        const r = await startIssuesFlow(ctx, project, forge, { numbers, label: o.label, limit: o.limit, concurrency: o.concurrency, dryRun: Boolean(o.dryRun), host: o.host });
        const count = (s: string) => r.rows.filter((x) => x.status === s).length;
        // The table is the report; a failed dispatch still makes the exit code 1 (main.ts reads it).
        if (count('failed')) process.exitCode = 1;
        // Each dispatched issue's worker in the shared vocabulary; a queued or skipped issue has none yet.
        const workers = await inspectWorkersJson(project, r.rows.flatMap((x) => (x.status === 'dispatched' && x.name ? [x.name] : [])));
        const data = {
          dryRun: r.dryRun,
          batch: r.batch ?? null,
          base: r.base,
          rows: r.rows.map((x) => ({ issue: x.issue, title: x.title, name: x.name ?? null, branch: x.branch ?? null, status: x.status, reason: x.reason ?? null, collisions: x.collisions ?? [], worker: (x.name && workers.get(x.name)) || null })),
        };
        return {
          data,
          text: () => {
            if (!r.rows.length) return 'No issues to start.';
            const table = renderTable(
              ['ISSUE', 'TITLE', 'BRANCH', 'STATUS'],
              r.rows.map((x) => [`#${x.issue}`, displayTitle(x.title), x.branch ?? '-', statusText(x)]),
            );
            const summary = r.dryRun
              ? `\nDry run: ${count('would dispatch')} would start, ${count('would queue')} would queue, ${count('skipped')} skipped. Nothing was created.`
              : `\n${count('dispatched')} dispatched, ${count('queued')} queued, ${count('skipped')} skipped, ${count('failed')} failed${r.batch ? ` (batch ${r.batch})` : ''}.` +
                (count('dispatched') ? '\nWatch them:  orch dash   (or orch monitor --watch)' : '');
            return table + summary;
          },
        };
      }),
    );
}
