import path from 'node:path';
import { rmSync } from 'node:fs';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { detachLink, linkDependency, lstatExists } from '../../adapters/links.js';
import { detachLinks, restoreLinks, scanTree } from '../../adapters/tree-scan.js';
import { OrchError } from '../../errors.js';
import { inspectProject } from '../watch/inspect.js';
import { serialPerRepo } from './provision.js';
import { stopAllServers } from '../server/server-stop.js';
import { blocking, dependencyLinks, linkRefusals, locationRefusals, refusalError, workRefusals, type Refusal } from './teardown-checks.js';

export interface CloseOptions {
  force: boolean;
  deleteBranch: boolean;
  /** The caller knows the PR was merged (a squash merge leaves the branch's commits on no remote branch). */
  landed?: boolean;
  /** The merged PR's head commit: commits reachable from it count as landed (finer than `landed`). */
  landedHead?: string;
  log?: (s: string) => void;
}

export interface CloseResult {
  name: string;
  status: 'closed' | 'nothing-left';
  steps: string[];
  /** Refusals that --force lifted. */
  forced: Refusal[];
  branch: { name: string; action: 'kept' | 'deleted'; why: string } | undefined;
}

/**
 * The one safe teardown of a worker (close, cleanup, pull --yes and the orchestrator all come here): refusals
 * first, then window and servers, links detached, worktree removed, registration and record dropped. The branch
 * stays unless asked and safe. Running it again finds nothing and says so.
 */
export async function closeWorker(project: Project, name: string, o: CloseOptions): Promise<CloseResult> {
  const { config, registry, mux } = project;
  const log = o.log ?? (() => undefined);
  const rec = registry.getWorker(name);
  const dir = path.resolve(rec?.worktree ?? path.join(config.worktreesPath, name));
  const session = rec?.session ?? config.session;
  const windowName = rec?.window ?? name;
  const [window, worktrees] = await Promise.all([mux.findWindow(session, windowName), git.listWorktrees(config.repoPath)]);
  const known = worktrees.find((w) => path.resolve(w.path) === dir);
  const dirExists = lstatExists(dir);
  const branch = rec?.branch ?? known?.branch;
  const base = rec?.base ?? config.defaultBranch;
  if (!rec && !window && !known && !dirExists) return { name, status: 'nothing-left', steps: [], forced: [], branch: undefined };

  // Refusals, all gathered before anything changes.
  const refusals: Refusal[] = [];
  if (rec?.kind === 'orchestrator' || name === 'orchestrator') refusals.push({ code: 'orchestrator', reason: `${name} is the orchestrator's own worktree`, force: false });
  if (dirExists && !known) refusals.push({ code: 'unknown-to-git', reason: `${dir} is a directory git does not know as a worktree (a zombie)`, force: false });
  if (dirExists || known) refusals.push(...locationRefusals(config, dir, Boolean(known)));
  const links = dependencyLinks(config, rec?.links ?? []);
  if (dirExists && known) {
    await git.fetch(config.repoPath, 'origin').catch(() => undefined); // compare with what the remote has now
    refusals.push(...(await workRefusals(dir, { base, branch, landed: Boolean(o.landed), landedHead: o.landedHead })));
    refusals.push(...linkRefusals(config, dir, links));
  }
  if (rec && window && !window.dead) {
    const facts = await inspectProject(project, { capture: true, git: false, names: [name] });
    const st = facts.workers[0]?.state;
    if (st?.state === 'working') refusals.push({ code: 'working', reason: `${name} is working (${st.reason})`, force: true });
  }
  const stop = blocking(refusals, o.force);
  if (stop.length) {
    const hint = refusals.some((r) => r.code === 'unknown-to-git') ? ' (orch cleanup lists and removes zombie directories)' : '';
    throw refusalError(`close ${name}${hint}`, stop);
  }
  const forced = refusals.filter((r) => r.force);
  const steps: string[] = [];
  const step = (s: string) => {
    steps.push(s);
    log(s);
  };

  if (window && (await mux.killWindow(session, windowName))) step(`closed window ${windowName}`);
  if (rec) for (const s of await stopAllServers(project, { name, label: name, dir })) step(s);

  if (dirExists && known) {
    // The worker may have written files between our check and its window closing.
    if (!o.force) {
      const late = await workRefusals(dir, { base, branch, landed: Boolean(o.landed), landedHead: o.landedHead });
      if (late.length) throw refusalError(`remove ${dir}`, late, `The window is closed; the worktree and branch are intact: \`orch resume ${name}\` reopens it.`);
    }
    const detached = links.filter((rel) => detachLink(dir, rel) === 'detached');
    for (const rel of detached) step(`detached ${rel} (the main checkout's copy is untouched)`);
    // Any other link into the main checkout goes too: a delete that follows it (a Windows junction, a careless
    // tool) would empty the main checkout. Links elsewhere are left: git removes a link without following it.
    const intoMain = scanTree(dir, config.repoPath).links.filter((l) => l.intoMain);
    const stuck = detachLinks(intoMain);
    const unlinked = intoMain.filter((x) => !stuck.includes(x));
    for (const l of unlinked) step(`detached link ${path.relative(dir, l.path)} -> ${l.target}`);
    const after = scanTree(dir, config.repoPath);
    if (after.links.some((l) => l.intoMain) || after.mounts.length) {
      throw new OrchError('refused', `refusing to remove ${dir}: it still holds ${after.links.length} link(s) into the main checkout or mount points (${[...after.links.map((l) => l.path), ...after.mounts].join(', ')})`, {
        hint: 'remove those links by hand (never with a recursive delete), then run orch close again',
      });
    }
    try {
      // Without --force git checks cleanliness once more itself; with it, our checks ran and the user lifted them.
      await serialPerRepo(config.repoPath, () => git.removeWorktree(config.repoPath, dir, o.force));
    } catch (e) {
      for (const rel of detached) linkDependency(config.repoPath, dir, rel);
      restoreLinks(unlinked);
      throw new OrchError('remove-failed', `git would not remove ${dir}: ${(e as Error).message.split('\n')[0]}`, {
        hint: `the worktree is intact${detached.length + unlinked.length ? ' and its links restored' : ''}; look at it, or use --force`,
      });
    }
    step(`removed worktree ${dir}`);
  } else if (known) {
    // The directory is gone but git still lists it: forget just this registration (a global prune would also
    // drop registrations outside worktreesPath, e.g. a worktree on a drive that is not mounted right now).
    await serialPerRepo(config.repoPath, () => git.removeWorktree(config.repoPath, dir, true));
    step(`dropped git's stale registration of ${dir}`);
  }

  if (rec) {
    await dropRecord(project, name, rec.batch);
    step('dropped the registry entry');
  }
  const br = branch ? await settleBranch(project, branch, base, o) : undefined;
  if (br) step(`${br.action} branch ${br.name}: ${br.why}`);
  return { name, status: 'closed', steps, forced, branch: br };
}

/** Drops a worker's record and events (a new worker of the same name must not inherit old events) and marks it closed in its batch. */
export async function dropRecord(project: Project, name: string, batchId: string | undefined): Promise<void> {
  const { registry } = project;
  await registry.withLock(() => {
    registry.removeWorker(name);
    rmSync(registry.eventsFile(name), { force: true });
    const batch = batchId ? registry.getBatch(batchId) : undefined;
    if (batch && !batch.closed.includes(name)) registry.putBatch({ ...batch, closed: [...batch.closed, name] });
  });
}

async function settleBranch(project: Project, branch: string, base: string, o: CloseOptions): Promise<CloseResult['branch']> {
  const repo = project.config.repoPath;
  if (!(await git.branchExists(repo, branch))) return undefined;
  if (!o.deleteBranch) return { name: branch, action: 'kept', why: '--delete-branch deletes it once merged or pushed' };
  const upstream = (await git.refExists(repo, `origin/${base}`)) ? `origin/${base}` : base;
  const merged = (await git.gitTry(repo, ['merge-base', '--is-ancestor', `refs/heads/${branch}`, upstream])).ok;
  const pushed = (await git.hasRemote(repo)) && (await git.gitTry(repo, ['rev-list', `refs/heads/${branch}`, '--not', '--remotes'])).out.trim() === '';
  if (!merged && !pushed && !o.landed) return { name: branch, action: 'kept', why: 'it has commits that are neither merged nor pushed' };
  // -D: git's own -d judges against HEAD of the main checkout, which need not be the base; our check above is the real one.
  if (!(await git.deleteBranch(repo, branch, true))) return { name: branch, action: 'kept', why: 'git refused to delete it (checked out elsewhere?)' };
  return { name: branch, action: 'deleted', why: merged ? `merged into ${upstream}` : o.landed ? 'its pull request was merged' : 'every commit is on the remote' };
}
