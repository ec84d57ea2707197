import type { Command } from 'commander';
import { action } from './common.js';
import { openProject } from '../context.js';
import { applyCleanup, findProblems, type CleanupItem, type CleanupKind, type CleanupResult } from '../flows/worker/cleanup.js';
import { canAsk, confirm } from '../adapters/prompt.js';
import { OrchError } from '../errors.js';

const HEADINGS: Record<CleanupKind, string> = {
  zombie: 'Zombie directories (in worktreesPath, unknown to git)',
  'stale-registration': 'Stale registrations (git lists a worktree whose directory is gone)',
  'orphan-window': 'Orphan windows (in our session, no worker)',
  'dead-entry': 'Dead registry entries (worktree and window gone)',
};

export function renderItems(items: CleanupItem[], force: boolean): string {
  const out: string[] = [];
  for (const kind of Object.keys(HEADINGS) as CleanupKind[]) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    out.push(`${HEADINGS[kind]}:`);
    for (const i of group) {
      const stop = i.refusals.filter((r) => !r.force || !force);
      out.push(`  x ${i.detail}`);
      out.push(stop.length ? `      refused: ${stop.map((r) => `${r.reason}${r.force ? ' (--force overrides)' : ''}`).join('; ')}` : `      -> ${i.action}`);
    }
  }
  return out.join('\n');
}

function renderResults(results: CleanupResult[]): string {
  const label = { done: 'done   ', skipped: 'skipped', refused: 'refused', failed: 'FAILED ' } as const;
  return results.map((r) => `${label[r.outcome]} ${r.message}`).join('\n');
}

export function register(program: Command): void {
  program
    .command('cleanup')
    .helpGroup('Clean up:')
    .description('find zombie directories, stale worktree registrations, orphan windows and dead registry entries; list them, then remove after you confirm')
    .option('--yes', 'do it without asking (needed when there is no terminal)')
    .option('--force', 'also remove zombies that hold a .git or a running process (never the main checkout, never through a link)')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nOnly our tmux session and only directories inside worktreesPath are ever looked at.\n\nExample:\n  orch cleanup\n  orch cleanup --yes --json')
    .action(
      action(async (ctx, o: { yes?: boolean; force?: boolean }) => {
        const project = await openProject(ctx);
        const force = Boolean(o.force);
        const items = await findProblems(project);
        if (!items.length) return { data: { clean: true, applied: false, items: [], results: [] }, text: 'All clean.' };
        let go = Boolean(o.yes);
        if (!go && !ctx.json && canAsk()) {
          ctx.out.data(renderItems(items, force));
          go = await confirm('Do this?');
          if (!go) return { data: undefined, text: 'Nothing changed.' };
        }
        if (!go) {
          ctx.out.info('Nothing changed: run `orch cleanup --yes` to do this.');
          return { data: { clean: false, applied: false, items, results: [] }, text: renderItems(items, force) };
        }
        // Results go to stdout at the end; a per-item log on stderr would only repeat them.
        const results = await applyCleanup(project, items, { force, log: () => undefined });
        const failed = results.filter((r) => r.outcome === 'failed');
        if (failed.length) throw new OrchError('cleanup-failed', `cleanup finished with ${failed.length} failure(s):\n${renderResults(results)}`, { hint: 'nothing else was touched; fix the cause and run orch cleanup again' });
        const refused = results.some((r) => r.outcome === 'refused');
        return { data: { clean: results.every((r) => r.outcome === 'done'), applied: true, items, results }, text: renderResults(results), ...(refused ? { exitCode: 3 as const } : {}) };
      }),
    );
}
