import path from 'node:path';
import { existsSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import { requireMux } from '../../context.js';
import { copyEnvFiles } from '../../adapters/links.js';
import { installPushHook } from '../../adapters/push-hook.js';
import { envFiles } from '../../core/test-commands.js';
import { OrchError, UsageError } from '../../errors.js';
import * as git from '../../adapters/git.js';
import { branchForName } from '../../core/naming.js';
import { checkHealth } from '../watch/health.js';
import { launchWorker } from './launch.js';
import { excludeEnvFiles, setUpDependencies } from './provision.js';
import { inspectProject } from '../watch/inspect.js';
import { remoteOf, resumeOnHost } from './remote.js';

/** `orch resume <name>`: repair what is missing; relaunch with "continue, do not restart" unless the window is alive. */
export async function resumeFlow(ctx: Ctx, project: Project, name: string) {
  const { registry, config, mux } = project;
  const rec = registry.getWorker(name);
  if (!rec) {
    const kept = branchForName(name);
    if (await git.branchExists(config.repoPath, kept)) {
      throw new UsageError(`no worker named ${name}; only its branch ${kept} is left from an earlier worker`, `run \`orch start ${name} --reuse-branch --task "..."\` to start a worker on it, or \`orch close ${name} --delete-branch\` to delete it`);
    }
    throw new UsageError(`no worker named ${name}`, 'run `orch list` to see the names, or `orch start <name> --task ...` to create one');
  }
  // A worker on an SSH host: the same repairs and relaunch, over SSH.
  const remote = remoteOf(project, rec);
  if (remote) return resumeOnHost(ctx, project, remote, rec);
  if (!existsSync(rec.worktree)) {
    throw new OrchError('missing', `the worktree of ${name} is gone (${rec.worktree})`, { hint: `run \`orch close ${name}\` to drop it, then \`orch start\` again` });
  }
  // The git hooks live outside the worktree, so a live worker gets them too (worktrees older than the pre-push hook).
  const hook = await installPushHook({ repoPath: config.repoPath, worktree: rec.worktree, registryDir: registry.dir, name, branch: rec.branch, eventsFile: registry.eventsFile(name) });
  const hookRepairs = hook.changed ? [`installed the git hooks (pre-push lets only ${rec.branch ? `refs/heads/${rec.branch}` : 'nothing'} through)`] : [];
  // A live worker is left exactly as it is: no file copied or linked under it while it works.
  const win = await mux.findWindow(rec.session, rec.window);
  if (win && !win.dead) {
    const facts = await inspectProject(project, { capture: true, git: false, names: [name] });
    const state = facts.workers[0]?.state;
    return { name, action: 'left alone (window alive)', state: state?.state, reason: state?.reason, repairs: hookRepairs };
  }
  const repairs: string[] = [...hookRepairs];
  const copied = copyEnvFiles(config.repoPath, rec.worktree, envFiles(config.layout));
  if (copied.length) repairs.push(`copied ${copied.join(', ')}`);
  await excludeEnvFiles(config);
  const links = await setUpDependencies(config, rec.worktree, (s) => ctx.out.info(s), path.join(registry.dir, 'links'));
  if (links.length) {
    repairs.push(`linked ${links.join(', ')}`);
    await registry.updateWorker(name, (cur) => ({ ...cur, links: [...new Set([...cur.links, ...links])] }));
  }
  await requireMux(mux);
  if (win?.dead) await mux.killWindow(rec.session, rec.window);
  await launchWorker(project, registry.getWorker(name)!, { resume: true, log: (s) => ctx.out.info(s) });
  const health = await checkHealth(project, name, rec.worktree, true, true);
  return { name, action: 'relaunched with a continue prompt', state: 'working', reason: 'resumed', repairs, health: health.label };
}
