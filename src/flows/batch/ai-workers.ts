import path from 'node:path';
import { existsSync, writeFileSync } from '../../adapters/fs.js';
import type { Ctx, Project } from '../../context.js';
import { orchInvocation, requireMux, shellQuote } from '../../context.js';
import { REGISTRY_VERSION, type WorkerRecord } from '../../state/records.js';
import * as git from '../../adapters/git.js';
import { installPushHook } from '../../adapters/push-hook.js';
import { BRIEF_FILE } from '../../core/brief.js';
import { orchestratorBrief, reviewerBrief } from '../../core/orchestrator-brief.js';
import { Rollback } from '../shared/rollback.js';
import { serialPerRepo, startPointFor } from '../worker/provision.js';
import { launchWorker } from '../worker/launch.js';
import { OrchError } from '../../errors.js';
import { closeWorker } from '../worker/teardown.js';

export type AiRole = 'orchestrator' | 'reviewer';

/**
 * `orch orchestrator start` / `orch reviewer start`: a dedicated Claude worker in its own detached worktree at
 * origin/<base>, window named after its role, with the contracts in its brief. Idempotent.
 */
export async function startAiWorker(ctx: Ctx, project: Project, role: AiRole, o: { interval: string; batch?: string | undefined }) {
  const { config, registry, mux } = project;
  const existing = registry.getWorker(role);
  const win = await mux.findWindow(config.session, role);
  if (existing && win && !win.dead) return { name: role, status: 'already running', worktree: existing.worktree, attach: mux.attachHint(config.session, role) };
  await requireMux(mux);
  const worktree = path.join(config.worktreesPath, role);
  const orch = shellQuote(orchInvocation());
  const brief = role === 'orchestrator' ? orchestratorBrief({ orch, interval: o.interval, batch: o.batch, base: config.defaultBranch }) : reviewerBrief({ orch, interval: o.interval, base: config.defaultBranch });
  const rb = new Rollback();
  try {
    const created = !existsSync(worktree);
    if (created) {
      const start = await startPointFor(config, config.defaultBranch);
      await serialPerRepo(config.repoPath, () => git.addDetachedWorktree(config.repoPath, worktree, start));
      rb.add(`removed worktree ${worktree}`, async () => void (await closeWorker(project, role, { force: false, deleteBranch: false, dir: worktree, aiWorker: true, verb: 'roll back' })));
    }
    writeFileSync(path.join(worktree, BRIEF_FILE), brief);
    await git.excludeFromGit(config.repoPath, `/${BRIEF_FILE}`);
    // Its worktree is detached, so its pre-push hook lets nothing through (layer 2 of the base-branch promise).
    await installPushHook({ repoPath: config.repoPath, worktree, registryDir: registry.dir, name: role, branch: undefined, eventsFile: registry.eventsFile(role) });
    const rec: WorkerRecord = existing ?? {
      version: REGISTRY_VERSION,
      name: role,
      kind: role,
      base: config.defaultBranch,
      worktree,
      session: config.session,
      window: role,
      mux: mux.kind,
      title: `${role} (${o.interval})`,
      created: new Date().toISOString(),
      links: [],
    };
    registry.putWorker(rec);
    // A worktree created here is removed (and its record dropped) by the teardown undo, which keeps both when refused.
    if (!existing && !created) rb.add('dropped the registry entry', () => registry.removeWorker(role));
    if (win?.dead) await mux.killWindow(config.session, role);
    rb.add(`closed window ${role}`, async () => void (await mux.killWindow(config.session, role)));
    await launchWorker(project, rec, { resume: false, log: (s) => ctx.out.info(s) });
    return { name: role, status: 'started', worktree, attach: mux.attachHint(config.session, role) };
  } catch (e) {
    const undone = await rb.run();
    throw new OrchError('ai-worker', `${role}: ${(e as Error).message}${undone.length ? `\nrolled back: ${undone.join('; ')}` : ''}`, { cause: e });
  }
}

/**
 * Stops the role's window and removes its detached worktree through the one teardown: an AI worker can commit on
 * its detached HEAD or leave files, and those are refused like any worker's until --force.
 */
export async function stopAiWorker(project: Project, role: AiRole, o: { force: boolean; log?: (s: string) => void } = { force: false }) {
  const { config, registry } = project;
  const rec = registry.getWorker(role);
  const worktree = rec?.worktree ?? path.join(config.worktreesPath, role);
  const r = await closeWorker(project, role, { force: o.force, deleteBranch: false, dir: worktree, aiWorker: true, verb: `stop the ${role}`, ...(o.log ? { log: o.log } : {}) });
  return { name: role, windowClosed: r.steps.some((s) => s.startsWith('closed window')), worktreeRemoved: r.steps.some((s) => s.startsWith('removed worktree')), status: r.status === 'closed' ? 'stopped' : 'was not running', steps: r.steps };
}
