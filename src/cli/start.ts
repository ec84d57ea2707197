import type { Command } from 'commander';
import { inspectWorkersJson } from '../flows/watch/worker-json.js';
import { recordJson } from '../core/worker-json.js';
import { action } from './common.js';
import { openProject } from '../context.js';
import { startFlow } from '../flows/worker/start.js';
import { startTasksFlow } from '../flows/batch/tasks.js';
import { renderTable } from '../core/table.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('start')
    .helpGroup('Dispatch:')
    .description('create a worktree and branch feature/<name>, open its window and hand a worker the brief')
    .argument('[name]', 'worker name: lowercase a-z, 0-9 and -, at most 40 characters')
    .option('--task <text>', 'what the worker should do')
    .option('--task-file <file>', 'read the task from a file')
    .option('--base <branch>', 'branch to start from (default: defaultBranch)')
    .option('--tasks <file>', 'a task file (YAML or JSON): many tasks, dependsOn chains, stopOnError; run as one batch through the worker pool')
    .option('--reuse-branch', 'start on the branch an earlier (closed) worker of this name left behind, instead of a new one')
    .option('--host <name>', 'run on this configured host (or local); default: the host with the most free slots')
    .option('--no-launch', 'create the worktree and brief but start no worker')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  orch start add-login --task "Add a login page with email and password"\n  orch start fix-typo --task-file tasks/typo.md --base develop --no-launch\n  orch start --tasks tasks.yaml')
    .action(
      action(async (ctx, name: string | undefined, o: { task?: string; taskFile?: string; base?: string; launch: boolean; tasks?: string; reuseBranch?: boolean; host?: string }) => {
        if (o.tasks) {
          if (name || o.task || o.taskFile || o.reuseBranch) throw new UsageError('--tasks runs a task file: give no name, --task, --task-file or --reuse-branch with it');
          const project = await openProject(ctx);
          const r = await startTasksFlow(ctx, project, o.tasks, { launch: o.launch, ...(o.host ? { host: o.host } : {}) });
          // Each started task's worker in the shared vocabulary; a queued task has none yet.
          const workers = await inspectWorkersJson(project, r.tasks.filter((t) => project.registry.getWorker(t.name)).map((t) => t.name));
          return {
            data: { batch: r.batch, tasks: r.tasks.map((t) => ({ ...t, worker: workers.get(t.name) ?? null })) },
            text: `Batch ${r.batch}:\n${renderTable(['TASK', 'DEPENDS ON', 'STATUS'], r.tasks.map((t) => [t.name, t.dependsOn.join(', ') || '-', t.status]))}\nRun the loop: orch orchestrate poll --loop 1m   (or orch monitor --watch)`,
          };
        }
        if (!name) throw new UsageError('a worker name is required', 'example: orch start add-login --task "Add a login page"');
        const project = await openProject(ctx);
        const r = await startFlow(ctx, project, { name, ...o });
        return {
          data: { worker: (await inspectWorkersJson(project, [r.worker.name])).get(r.worker.name) ?? recordJson(r.worker), launched: r.launched, attach: r.attach },
          text: [
            `Started ${r.worker.name} on ${r.worker.branch} in ${r.worker.worktree}${r.launched ? '' : ' (not launched: --no-launch)'}`,
            r.launched ? `Watch it:    ${r.attach}` : `Launch it:   orch resume ${r.worker.name}`,
            `Monitor it:  orch monitor ${r.worker.name} --watch   (or /loop 3m /session monitor ${r.worker.name})`,
          ].join('\n'),
        };
      }),
    );
}
