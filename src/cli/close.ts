import type { Command } from 'commander';
import { action, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { inspectWorkersJson } from '../flows/watch/worker-json.js';
import { closeWorker } from '../flows/worker/teardown.js';

export function register(program: Command): void {
  program
    .command('close')
    .helpGroup('Clean up:')
    .description("one worker's safe teardown: close its window and servers, detach dependency links, remove the worktree, drop it from the registry; the branch is kept")
    .argument('<name>', 'worker name', workerNameArg)
    .option('--force', 'remove it even with uncommitted or unpushed work, or while it is working (the branch and its commits stay)')
    .option('--delete-branch', 'also delete the branch, when it is merged or every commit is pushed')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nRefuses (until --force): uncommitted or untracked files, commits on no remote branch, a working worker, a worktree outside worktreesPath.\nNever, even with --force: the main checkout, the orchestrator, deleting through a link into the main checkout.\n\nExample:\n  orch close add-login\n  orch close add-login --delete-branch\n  orch close add-login --force',
    )
    .action(
      action(async (ctx, name: string, o: { force?: boolean; deleteBranch?: boolean }) => {
        const project = await openProject(ctx);
        // The worker as it was just before it was closed, in the shared vocabulary (null when none was registered).
        const worker = project.registry.getWorker(name) ? ((await inspectWorkersJson(project, [name]).catch(() => undefined))?.get(name) ?? null) : null;
        const r = await closeWorker(project, name, { force: Boolean(o.force), deleteBranch: Boolean(o.deleteBranch), log: (s) => ctx.out.info(s) });
        const data = { name, status: r.status, worker, steps: r.steps, forced: r.forced, branch: r.branch ?? null };
        if (r.status === 'nothing-left') {
          const kept = r.branch ? `\nIts branch ${r.branch.name} is kept: ${r.branch.why}.` : '';
          return { data, text: `Nothing left to close for ${name}: no worker, worktree or window by that name.${kept}` };
        }
        const forced = r.forced.length ? `\n--force overrode: ${r.forced.map((f) => f.reason).join('; ')}` : '';
        return { data, text: `Closed ${name}.${r.branch ? ` Branch ${r.branch.name} ${r.branch.action}.` : ''}${forced}` };
      }),
    );
}
