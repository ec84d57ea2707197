import path from 'node:path';
import { existsSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { REGISTRY_VERSION } from '../../state/records.js';
import * as git from '../../adapters/git.js';
import { Rollback } from '../shared/rollback.js';
import { provisionWorktree } from '../worker/provision.js';
import { launchWorker } from '../worker/launch.js';
import { OrchError } from '../../errors.js';
import { isRemote, sshHost } from '../../adapters/ssh.js';
import { placeWorker } from '../worker/placement.js';
import { briefOnHost } from '../../core/brief-host.js';

/** Everything needed to create one worker, computed before anything changes (what --dry-run prints). */
export interface WorkerPlan {
  name: string;
  kind: WorkerRecord['kind'];
  branch: string | undefined;
  base: string;
  /** Branch from here instead of origin/<base> (stacked tasks branch from their dependency). */
  startPoint?: string;
  /** Start on the kept branch of an earlier worker of this name (`start --reuse-branch`). */
  reuseBranch?: boolean;
  worktree: string;
  /** The host it must run on (--host); absent: placed when dispatched (always this machine without hosts). */
  host?: string;
  issue?: number;
  title?: string;
  batch?: string;
  brief: string;
}

/** Why this name cannot be started fresh, or undefined. */
export async function existingWork(project: Project, name: string, branch: string | undefined): Promise<string | undefined> {
  const wt = path.join(project.config.worktreesPath, name);
  if (project.registry.getWorker(name)) return `a worker named ${name} already exists: use \`orch resume ${name}\``;
  if (existsSync(wt)) return `${wt} already exists: use \`orch resume ${name}\``;
  if (branch && (await git.branchExists(project.config.repoPath, branch))) {
    // A closed worker's branch is kept on purpose; the name is free again once the user says what to do with it.
    return `branch ${branch} is kept from an earlier worker named ${name}: \`orch start ${name} --reuse-branch --task "..."\` starts on it, \`orch close ${name} --delete-branch\` deletes it (refused while it holds commits on no remote)`;
  }
  return undefined;
}

/** Provision + register + launch one worker; any failure rolls back what this call created. */
export async function dispatchWorker(project: Project, plan: WorkerPlan, opts: { launch: boolean; log: (s: string) => void }): Promise<WorkerRecord> {
  const { config, registry } = project;
  const rb = new Rollback();
  const placed = await placeWorker(project, plan.host);
  const host = isRemote(placed.host) ? placed.host : undefined;
  // On a host the worktree lives under that host's worktreesPath, whatever path the plan computed for this machine.
  const worktree = host ? path.posix.join(sshHost(config, host).config.worktreesPath, plan.name) : plan.worktree;
  if (host) opts.log(`placed on ${host}`);
  try {
    const { links } = await provisionWorktree(project, { name: plan.name, branch: plan.branch, base: plan.base, worktree, brief: host ? briefOnHost(plan.brief, { name: plan.name, branch: plan.branch, host }) : plan.brief, ...(plan.startPoint ? { startPoint: plan.startPoint } : {}), ...(host ? { host } : {}), ...(plan.reuseBranch ? { reuseBranch: true } : {}) }, rb, opts.log);
    const rec: WorkerRecord = {
      version: REGISTRY_VERSION,
      name: plan.name,
      kind: plan.kind,
      ...(plan.branch ? { branch: plan.branch } : {}),
      base: plan.base,
      worktree,
      session: config.session,
      window: plan.name,
      mux: host ? 'tmux' : project.mux.kind,
      ...(host ? { host } : {}),
      ...(plan.issue !== undefined ? { issue: plan.issue } : {}),
      ...(plan.title ? { title: plan.title } : {}),
      ...(plan.batch ? { batch: plan.batch } : {}),
      created: new Date().toISOString(),
      links,
    };
    registry.putWorker(rec);
    placed.release();
    // No separate undo for the record: the worktree's undo (the one teardown) drops it once the worktree is gone,
    // and keeps it when the removal is refused, so a kept worktree stays visible to list, resume and close.
    if (opts.launch) {
      rb.add(`closed window ${rec.window}`, async () => {
        await project.mux.killWindow(rec.session, rec.window);
      });
      await launchWorker(project, rec, { resume: false, log: opts.log });
    }
    return rec;
  } catch (e) {
    placed.release();
    const undone = await rb.run();
    const err = e instanceof OrchError ? e : new OrchError('dispatch', (e as Error).message, { cause: e });
    const msg = `${plan.name}: ${err.message}${undone.length ? `\nrolled back: ${undone.join('; ')}` : ''}`;
    throw new OrchError(err.code, msg, { ...(err.hint ? { hint: err.hint } : {}), exitCode: err.exitCode, cause: e });
  }
}
