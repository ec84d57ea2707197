import path from 'node:path';
import { rmSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { detachEntryLinks, detachLink, linkDependency, lstatExists } from '../../adapters/links.js';
import { detachLinks, restoreLinks, scanTree } from '../../adapters/tree-scan.js';
import { OrchError, RefusalError } from '../../errors.js';
import { branchForName } from '../../core/naming.js';
import { removePushHook } from '../../adapters/push-hook.js';
import { isRemote, sshHost } from '../../adapters/ssh.js';
import { inspectProject } from '../watch/inspect.js';
import { serialPerRepo } from './provision.js';
import { stopAllServers } from '../server/server-stop.js';
import { blocking, dependencyLinks, linkRefusals, locationRefusals, refusalError, unlandedCommits, workRefusals, type Refusal } from './teardown-checks.js';

export interface CloseOptions {
  force: boolean;
  deleteBranch: boolean;
  /**
   * The merged PR's head commit, a fact read from GitHub: commits reachable from it count as landed (a squash
   * merge leaves them on no remote branch). Whether the branch landed is always computed from commits, never told.
   */
  mergedHead?: string | undefined;
  /** The worktree to remove when it is not (or not yet) the registered worker's: verify's checkout, a rollback. */
  dir?: string | undefined;
  /** The AI orchestrator or reviewer, removed by its own `stop`; `close` refuses them. */
  aiWorker?: boolean;
  /** The host of `dir` when it is not (or not yet) a registered worker's: the rollback of a remote start. */
  host?: string | undefined;
  /** Where the call comes from, for the refusal's first line ("close x", "land x", "roll back x"). */
  verb?: string;
  log?: (s: string) => void;
}

export interface CloseResult {
  name: string;
  /** nothing-left: no worker, worktree or window (a kept branch, if any, is named in `branch`). */
  status: 'closed' | 'nothing-left';
  steps: string[];
  /** Refusals that --force lifted. */
  forced: Refusal[];
  branch: { name: string; action: 'kept' | 'deleted'; why: string } | undefined;
}

/**
 * The one way a worktree is removed: close, cleanup, pull --yes, the orchestrator after a human merge, stopping an
 * AI worker, verify's checkout and the rollback of a failed start all come here, so a refusal added once protects
 * every path. The order never changes: refuse (working worker, uncommitted or untracked files, commits that are on
 * no remote branch and not in the merged head, an unreadable worktree), stop the window and dev servers, detach
 * links and scan for any link or mount left into the main checkout, remove without --force unless the user asked,
 * then drop the registry entry, events, observations and batch membership. Running it again finds nothing.
 */
export async function closeWorker(project: Project, name: string, o: CloseOptions): Promise<CloseResult> {
  const { config, registry, mux } = project;
  const log = o.log ?? (() => undefined);
  const verb = o.verb ?? 'close';
  const rec = registry.getWorker(name);
  // A worker on a configured host: the same checks in the same order, asked over SSH in that host's clone.
  const hostName = rec?.host ?? o.host;
  if (isRemote(hostName) && (!o.dir || !rec || rec.host === hostName)) {
    const { closeOnHost } = await import('./teardown-remote.js');
    return closeOnHost(project, sshHost(config, hostName), name, rec, o);
  }
  const dir = path.resolve(o.dir ?? rec?.worktree ?? path.join(config.worktreesPath, name));
  const owned = rec && path.resolve(rec.worktree) === dir ? rec : undefined;
  const session = owned?.session ?? config.session;
  const windowName = owned?.window ?? name;
  // A failing tmux or git call throws here: "could not look" must never read as "nothing there".
  const [window, worktrees] = await Promise.all([o.dir && !owned ? undefined : mux.findWindow(session, windowName), git.listWorktrees(config.repoPath)]);
  const known = worktrees.find((w) => path.resolve(w.path) === dir);
  const dirExists = lstatExists(dir);
  const branch = owned?.branch ?? known?.branch;
  const base = owned?.base ?? config.defaultBranch;
  if (!owned && !window && !known && !dirExists) return o.dir ? { name, status: 'nothing-left', steps: [], forced: [], branch: undefined } : closeKeptBranch(project, name, o, worktrees);

  const refusals: Refusal[] = [];
  const role = owned?.kind === 'orchestrator' || owned?.kind === 'reviewer' ? owned.kind : name === 'orchestrator' || name === 'reviewer' ? name : undefined;
  if (role && !o.aiWorker) refusals.push({ code: 'orchestrator', reason: `${name} is the ${role}'s own worktree (\`orch ${role} stop\` removes it)`, force: false });
  if (dirExists && !known) refusals.push({ code: 'unknown-to-git', reason: `${dir} is a directory git does not know as a worktree (a zombie)`, force: false });
  if (dirExists || known) refusals.push(...locationRefusals(config, dir, Boolean(known)));
  const links = dependencyLinks(config, owned?.links ?? []);
  if (dirExists && known) {
    await git.fetch(config.repoPath, 'origin').catch(() => undefined); // compare with what the remote has now
    refusals.push(...(await workRefusals(dir, { base, branch, mergedHead: o.mergedHead })));
    refusals.push(...linkRefusals(config, dir, links));
  }
  // An AI worker's loop is its normal state, not work in its files: stopping it needs no --force for that.
  if (owned && window && !window.dead && !o.aiWorker) {
    const facts = await inspectProject(project, { capture: true, git: false, names: [name] });
    const st = facts.workers[0]?.state;
    if (st?.state === 'working') refusals.push({ code: 'working', reason: `${name} is working (${st.reason})`, force: true });
  }
  const stop = blocking(refusals, o.force);
  if (stop.length) {
    const hint = refusals.some((r) => r.code === 'unknown-to-git') ? ' (orch cleanup lists and removes zombie directories)' : '';
    throw refusalError(`${verb} ${name}${hint}`, stop);
  }
  const forced = refusals.filter((r) => r.force);
  const steps: string[] = [];
  const step = (s: string) => {
    steps.push(s);
    log(s);
  };

  if (window && (await mux.killWindow(session, windowName))) step(`closed window ${windowName}`);
  if (owned) for (const s of await stopAllServers(project, { name, label: name, dir })) step(s);

  if (dirExists && known) {
    // The worker may have written files between our check and its window closing.
    if (!o.force) {
      const late = await workRefusals(dir, { base, branch, mergedHead: o.mergedHead });
      if (late.length) throw refusalError(`remove ${dir}`, late, `The window is closed; the worktree and branch are intact${owned ? `: \`orch resume ${name}\` reopens it` : ''}.`);
    }
    await removeTree(project, dir, links, o.force, step);
  } else if (known) {
    // The directory is gone but git still lists it: forget just this registration (a global prune would also
    // drop registrations outside worktreesPath, e.g. a worktree on a drive that is not mounted right now).
    await serialPerRepo(config.repoPath, () => git.removeWorktree(config.repoPath, dir, true));
    step(`dropped git's stale registration of ${dir}`);
  }

  if (owned) {
    await dropRecord(project, name, owned.batch);
    step('dropped the registry entry');
  }
  const br = branch ? await settleBranch(project, branch, base, o) : undefined;
  if (br) step(`${br.action} branch ${br.name}: ${br.why}`);
  return { name, status: 'closed', steps, forced, branch: br };
}

/**
 * Only the branch of an earlier, closed worker is left: `close --delete-branch` deletes it under the same rules as
 * any branch (merged, or every commit on a remote), and refuses (exit 3) when commits would be lost.
 */
async function closeKeptBranch(project: Project, name: string, o: CloseOptions, worktrees: Array<{ path: string; branch?: string | undefined }>): Promise<CloseResult> {
  const repo = project.config.repoPath;
  const branch = branchForName(name);
  const none: CloseResult = { name, status: 'nothing-left', steps: [], forced: [], branch: undefined };
  // A branch checked out in some other worktree is not this worker's leftover.
  if (!(await git.branchExists(repo, branch)) || worktrees.some((w) => w.branch === branch)) return none;
  if (!o.deleteBranch) return { ...none, branch: { name: branch, action: 'kept', why: `no worker uses it; \`orch close ${name} --delete-branch\` deletes it, \`orch start ${name} --reuse-branch\` starts on it` } };
  const br = await settleBranch(project, branch, project.config.defaultBranch, o);
  if (br?.action === 'kept') {
    const unlanded = await unlandedCommits(repo, `refs/heads/${branch}`, project.config.defaultBranch, o.mergedHead).catch(() => []);
    throw new RefusalError(
      `refusing to delete branch ${branch}: ${br.why}${unlanded.length ? ` (${unlanded.slice(0, 5).map((c) => c.slice(0, 8)).join(', ')}${unlanded.length > 5 ? ', ...' : ''})` : ''}. Nothing was changed.`,
      `push it first (\`git push origin ${branch}\`), or \`orch start ${name} --reuse-branch\` to carry on; to throw the commits away: \`git branch -D ${branch}\``,
    );
  }
  const steps = br ? [`${br.action} branch ${br.name}: ${br.why}`] : [];
  for (const s of steps) o.log?.(s);
  return { name, status: 'closed', steps, forced: [], branch: br };
}

/** Links detached, the tree scanned for anything still reaching into the main checkout, then git removes it. */
async function removeTree(project: Project, dir: string, links: string[], force: boolean, step: (s: string) => void): Promise<void> {
  const { config } = project;
  const detached = links.filter((rel) => detachLink(dir, rel) === 'detached');
  for (const rel of detached) step(`detached ${rel} (the main checkout's copy is untouched)`);
  // A dependency folder of its own (the entries shape): its links into the main checkout go, its private caches stay.
  const entries = links.flatMap((rel) => {
    const gone = detachEntryLinks(config.repoPath, dir, rel);
    if (gone.length) step(`detached ${rel}: ${gone.length} link(s) to the main checkout's packages (its copy is untouched; private caches go with the worktree)`);
    return gone;
  });
  // Any other link into the main checkout goes too: a delete that follows it (a Windows junction, a careless
  // tool) would empty the main checkout. Links elsewhere are left: git removes a link without following it.
  const intoMain = scanTree(dir, config.repoPath).links.filter((l) => l.intoMain);
  const stuck = detachLinks(intoMain);
  const unlinked = intoMain.filter((x) => !stuck.includes(x));
  for (const l of unlinked) step(`detached link ${path.relative(dir, l.path)} -> ${l.target}`);
  const after = scanTree(dir, config.repoPath);
  if (after.links.some((l) => l.intoMain) || after.mounts.length) {
    for (const rel of detached) linkDependency(config.repoPath, dir, rel);
    restoreLinks([...entries, ...unlinked]);
    throw new RefusalError(`refusing to remove ${dir}: it still holds ${after.links.length} link(s) into the main checkout or mount points (${[...after.links.map((l) => l.path), ...after.mounts].join(', ')})`, 'remove those links by hand (never with a recursive delete), then run the command again');
  }
  try {
    // Without --force git checks cleanliness once more itself; with it, our checks ran and the user lifted them.
    await serialPerRepo(config.repoPath, () => git.removeWorktree(config.repoPath, dir, force));
  } catch (e) {
    for (const rel of detached) linkDependency(config.repoPath, dir, rel);
    restoreLinks([...entries, ...unlinked]);
    throw new RefusalError(`git would not remove ${dir}: ${(e as Error).message.split('\n')[0]}`, `the worktree is intact${detached.length + entries.length + unlinked.length ? ' and its links restored' : ''}; look at it, or use --force`);
  }
  step(`removed worktree ${dir}`);
}

/** Drops a worker's record, events and observations (a new worker of the same name must inherit none) and marks it closed in its batch. */
export async function dropRecord(project: Project, name: string, batchId: string | undefined): Promise<void> {
  const { registry } = project;
  await registry.withLock(() => {
    registry.removeWorker(name);
    rmSync(registry.eventsFile(name), { force: true });
    rmSync(path.join(registry.dir, 'observe', `${name}.json`), { force: true });
    rmSync(path.join(registry.dir, 'usage', `${name}.json`), { force: true });
    // Only after the worktree is gone: a live worktree pointing at a missing hooks folder would run no hooks at all.
    removePushHook(registry.dir, name);
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
  // Landed is computed: every commit of the branch is on a remote branch or in the merged head (a git error counts as not landed).
  const unlanded = merged ? [] : await unlandedCommits(repo, `refs/heads/${branch}`, base, o.mergedHead);
  if (unlanded.length) return { name: branch, action: 'kept', why: `${unlanded.length} commit(s) are neither merged, pushed nor in the merged pull request` };
  // -D: git's own -d judges against HEAD of the main checkout, which need not be the base; our check above is the real one.
  if (!(await git.deleteBranch(repo, branch, true))) return { name: branch, action: 'kept', why: 'git refused to delete it (checked out elsewhere?)' };
  return { name: branch, action: 'deleted', why: merged ? `merged into ${upstream}` : o.mergedHead ? 'its pull request was merged' : 'every commit is on the remote' };
}
