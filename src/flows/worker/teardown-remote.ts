import path from 'node:path';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { sshFailed, type SshHost } from '../../adapters/ssh.js';
import { serialPerRepo } from './provision.js';
import { RefusalError } from '../../errors.js';
import { inspectProject } from '../watch/inspect.js';
import { blocking, refusalError, type Refusal } from './teardown-checks.js';
import type { CloseOptions, CloseResult } from './teardown.js';
import { dropRecord } from './teardown.js';
import { stopAllServers } from '../server/server-stop.js';
import { dropMirror } from './remote-events.js';
import { remoteEventsFile, removeRemotePushHook } from './remote.js';

const posix = path.posix;

function some(items: string[], n = 5): string {
  return items.slice(0, n).join(', ') + (items.length > n ? ` and ${items.length - n} more` : '');
}

/** `git worktree list --porcelain` of the host's clone: path and branch of each. */
async function remoteWorktrees(h: SshHost): Promise<Array<{ path: string; branch: string | undefined }>> {
  const out = await h.must(['git', '-C', h.config.repoPath, 'worktree', 'list', '--porcelain'], 'git worktree list');
  const list: Array<{ path: string; branch: string | undefined }> = [];
  for (const block of out.split('\n\n')) {
    const p = /^worktree (.+)$/m.exec(block)?.[1];
    if (!p) continue;
    list.push({ path: p, branch: /^branch refs\/heads\/(.+)$/m.exec(block)?.[1] });
  }
  return list;
}

/** The same question as unlandedCommits, asked in the host's clone: commits of `ref` on no remote branch, not in the merged head, not patch-equivalent upstream. */
async function remoteUnlanded(h: SshHost, dir: string, ref: string, base: string, mergedHead: string | undefined): Promise<string[]> {
  const head = mergedHead && /^[0-9a-f]{7,64}$/i.test(mergedHead) && (await h.exec(['git', '-C', dir, 'cat-file', '-e', `${mergedHead}^{commit}`])).exitCode === 0 ? [mergedHead] : [];
  const commits = (await h.must(['git', '-C', dir, 'rev-list', ref, '--not', '--remotes', ...head], 'git rev-list')).split('\n').filter(Boolean);
  if (!commits.length) return [];
  const cherry = await h.exec(['git', '-C', dir, 'cherry', `origin/${base}`, ref]);
  const landed = new Set(cherry.exitCode === 0 ? cherry.stdout.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim()) : []);
  return commits.filter((c) => !landed.has(c));
}

/** workRefusals, on the host: uncommitted or untracked files, and commits that would exist nowhere else. */
export async function remoteWorkRefusals(h: SshHost, dir: string, o: { base: string; branch: string | undefined; mergedHead?: string | undefined }): Promise<Refusal[]> {
  const out: Refusal[] = [];
  let dirty: string[];
  let commits: string[];
  try {
    dirty = (await h.must(['git', '-C', dir, 'status', '--porcelain', '--untracked-files=all'], 'git status')).split('\n').filter(Boolean);
    commits = await remoteUnlanded(h, dir, 'HEAD', o.base, o.mergedHead);
  } catch (e) {
    return [{ code: 'unreadable', reason: `git cannot read ${dir} on ${h.name}: ${(e as Error).message.split('\n')[0]}`, force: true }];
  }
  if (dirty.length) out.push({ code: 'uncommitted', reason: `${dirty.length} uncommitted or untracked file(s) on ${h.name}: ${some(dirty.map((l) => l.slice(3)))}`, force: true });
  if (commits.length) {
    const after = o.mergedHead ? ' and not in the merged pull request' : '';
    out.push({ code: 'unpushed', reason: `${commits.length} commit(s) on ${o.branch ?? 'HEAD'} (on ${h.name}) are on no remote branch${after} (${some(commits.map((c) => c.slice(0, 7)), 3)}): push them, or they live only in this branch`, force: true });
  }
  return out;
}

function isInside(parent: string, child: string): boolean {
  const rel = posix.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !posix.isAbsolute(rel));
}

/**
 * closeWorker's steps for a worker on a host, in the same order with the same refusals: refuse (working, uncommitted
 * or untracked, unpushed, the clone itself, outside the host's worktreesPath, a directory git does not know), close the
 * window, check again, remove without --force unless asked, drop the record, the mirror and the host's events file.
 * Reached only through closeWorker.
 */
export async function closeOnHost(project: Project, h: SshHost, name: string, rec: WorkerRecord | undefined, o: CloseOptions): Promise<CloseResult> {
  const { config, mux } = project;
  const log = o.log ?? (() => undefined);
  const verb = o.verb ?? 'close';
  const dir = posix.resolve(o.dir ?? rec?.worktree ?? posix.join(h.config.worktreesPath, name));
  const owned = rec && posix.resolve(rec.worktree) === dir ? rec : undefined;
  const session = owned?.session ?? config.session;
  const windowName = owned?.window ?? name;
  const [window, worktrees, dirCheck] = await Promise.all([
    owned ? mux.findWindow(session, windowName) : undefined,
    remoteWorktrees(h),
    h.exec(['test', '-e', dir]),
  ]);
  if (sshFailed(dirCheck)) throw h.unreachable(dirCheck.stderr);
  const known = worktrees.find((w) => posix.resolve(w.path) === dir);
  const dirExists = dirCheck.exitCode === 0;
  const branch = owned?.branch ?? known?.branch;
  const base = owned?.base ?? config.defaultBranch;
  if (!owned && !window && !known && !dirExists) return { name, status: 'nothing-left', steps: [], forced: [], branch: undefined };

  const refusals: Refusal[] = [];
  const role = owned?.kind === 'orchestrator' || owned?.kind === 'reviewer' ? owned.kind : undefined;
  if (role && !o.aiWorker) refusals.push({ code: 'orchestrator', reason: `${name} is the ${role}'s own worktree (\`orch ${role} stop\` removes it)`, force: false });
  if (dirExists && !known) refusals.push({ code: 'unknown-to-git', reason: `${dir} on ${h.name} is a directory git does not know as a worktree (a zombie)`, force: false });
  if (isInside(dir, h.config.repoPath)) refusals.push({ code: 'main-checkout', reason: `${dir} is ${h.name}'s clone (or contains it)`, force: false });
  else if (!isInside(h.config.worktreesPath, dir) || dir === posix.resolve(h.config.worktreesPath)) refusals.push({ code: 'outside-worktrees', reason: `${dir} is outside ${h.name}'s worktreesPath ${h.config.worktreesPath}`, force: Boolean(known) });
  if (dirExists && known) {
    await h.exec(['git', '-C', h.config.repoPath, 'fetch', '--quiet', 'origin'], { timeoutMs: 120_000 }); // compare with what the remote has now
    refusals.push(...(await remoteWorkRefusals(h, dir, { base, branch, mergedHead: o.mergedHead })));
  }
  if (owned && window && !window.dead && !o.aiWorker) {
    const facts = await inspectProject(project, { capture: true, git: false, names: [name] });
    const st = facts.workers[0]?.state;
    if (st?.state === 'working') refusals.push({ code: 'working', reason: `${name} is working (${st.reason})`, force: true });
  }
  const stop = blocking(refusals, o.force);
  if (stop.length) throw refusalError(`${verb} ${name} on ${h.name}`, stop);
  const forced = refusals.filter((r) => r.force);
  const steps: string[] = [];
  const step = (s: string) => {
    steps.push(s);
    log(s);
  };

  if (window && (await mux.killWindow(session, windowName))) step(`closed window ${windowName} on ${h.name}`);
  // Its dev servers on the host, before the worktree they run in goes (only the process groups orch started).
  if (owned) for (const s of await stopAllServers(project, { name, label: name, dir, host: h.name })) step(s);
  if (dirExists && known) {
    if (!o.force) {
      const late = await remoteWorkRefusals(h, dir, { base, branch, mergedHead: o.mergedHead });
      if (late.length) throw refusalError(`remove ${dir} on ${h.name}`, late, `The window is closed; the worktree and branch are intact${owned ? `: \`orch resume ${name}\` reopens it` : ''}.`);
    }
    // git serialises worktree add/remove on the clone's config lock: one at a time per host clone, as here.
    const r = await serialPerRepo(`${h.name}:${h.config.repoPath}`, () => h.exec(['git', '-C', h.config.repoPath, 'worktree', 'remove', ...(o.force ? ['--force'] : []), dir]));
    if (r.exitCode !== 0) throw new RefusalError(`git on ${h.name} would not remove ${dir}: ${r.stderr.trim().split('\n')[0]}`, 'the worktree is intact; look at it, or use --force');
    step(`removed worktree ${dir} on ${h.name}`);
  } else if (known) {
    await h.exec(['git', '-C', h.config.repoPath, 'worktree', 'remove', '--force', dir]);
    step(`dropped git's stale registration of ${dir} on ${h.name}`);
  }

  if (owned) {
    await dropRecord(project, name, owned.batch);
    dropMirror(project.registry.dir, name);
    await h.exec(['rm', '-f', await remoteEventsFile(h, name)]);
    step('dropped the registry entry');
  }
  // Only now that the worktree is gone: a live worktree pointing at a missing hooks folder would run no hooks at all.
  if (owned || o.dir) await removeRemotePushHook(h, name);
  const br = branch ? await settleRemoteBranch(h, branch, base, o) : undefined;
  if (br) step(`${br.action} branch ${br.name} on ${h.name}: ${br.why}`);
  return { name, status: 'closed', steps, forced, branch: br };
}

async function settleRemoteBranch(h: SshHost, branch: string, base: string, o: CloseOptions): Promise<CloseResult['branch']> {
  const repo = h.config.repoPath;
  if ((await h.exec(['git', '-C', repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])).exitCode !== 0) return undefined;
  if (!o.deleteBranch) return { name: branch, action: 'kept', why: '--delete-branch deletes it once merged or pushed' };
  let unlanded: string[];
  try {
    unlanded = await remoteUnlanded(h, repo, `refs/heads/${branch}`, base, o.mergedHead);
  } catch {
    return { name: branch, action: 'kept', why: 'git could not tell whether its commits landed' };
  }
  if (unlanded.length) return { name: branch, action: 'kept', why: `${unlanded.length} commit(s) are neither merged, pushed nor in the merged pull request` };
  if ((await h.exec(['git', '-C', repo, 'branch', '-D', branch])).exitCode !== 0) return { name: branch, action: 'kept', why: 'git refused to delete it (checked out elsewhere?)' };
  return { name: branch, action: 'deleted', why: 'every commit is on the remote' };
}
