import path from 'node:path';
import { isRemote } from '../../adapters/ssh.js';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, unlinkSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { processesInside } from '../../adapters/processes.js';
import { detachLinks, isInside, scanTree } from '../../adapters/tree-scan.js';
import { serialPerRepo } from './provision.js';
import { stopAllServers } from '../server/server-stop.js';
import { closeWorker } from './teardown.js';
import type { Refusal } from './teardown-checks.js';

export type CleanupKind = 'zombie' | 'stale-registration' | 'orphan-window' | 'dead-entry';

export interface CleanupItem {
  kind: CleanupKind;
  /** Directory path, window name or worker name. */
  target: string;
  detail: string;
  /** What applying it does. */
  action: string;
  /** Why it will not be done (see Refusal.force). */
  refusals: Refusal[];
}

export interface CleanupResult { kind: CleanupKind; target: string; outcome: 'done' | 'skipped' | 'refused' | 'failed'; message: string }

/** Finds what does not add up, touching nothing: only our session's windows, only directories inside worktreesPath. */
export async function findProblems(project: Project): Promise<CleanupItem[]> {
  const { config, registry, mux } = project;
  const [windows, worktrees] = await Promise.all([mux.listWindows(config.session), git.listWorktrees(config.repoPath)]);
  const recs = registry.listWorkers();
  const items: CleanupItem[] = [];
  const known = new Set(worktrees.flatMap((w) => [path.resolve(w.path), realOr(w.path)]));

  for (const entry of existsSync(config.worktreesPath) ? readdirSync(config.worktreesPath, { withFileTypes: true }) : []) {
    const p = path.join(config.worktreesPath, entry.name);
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    // A link is judged by its own path: one pointing at a real worktree is still a stray link.
    if (known.has(path.resolve(p)) || (!entry.isSymbolicLink() && known.has(realOr(p)))) continue;
    items.push(await zombieItem(project, p));
  }
  for (const w of worktrees) {
    if (!w.prunable || !isInside(w.path, config.worktreesPath) || existsSync(w.path)) continue;
    items.push({ kind: 'stale-registration', target: w.path, detail: `git lists ${w.path}${w.branch ? ` (branch ${w.branch})` : ''} but the directory is gone`, action: `forget the registration${w.branch ? `; branch ${w.branch} is kept` : ''}`, refusals: [] });
  }
  const ours = new Set(recs.filter((r) => r.session === config.session).map((r) => r.window));
  for (const w of windows.filter((x) => !ours.has(x.name))) {
    items.push({ kind: 'orphan-window', target: w.name, detail: `window ${config.session}:${w.name} (${w.dead ? 'exited' : `running ${w.command || 'something'}`}) belongs to no worker`, action: 'kill the window', refusals: [] });
  }
  for (const r of recs) {
    const window = r.session === config.session ? windows.find((w) => w.name === r.window) : await mux.findWindow(r.session, r.window);
    // A worker on an SSH host has its worktree there, not here: only its own teardown (close) judges it.
    if (isRemote(r.host) || existsSync(r.worktree) || window) continue;
    items.push({ kind: 'dead-entry', target: r.name, detail: `worker ${r.name}: its worktree ${r.worktree} and window are gone`, action: `drop the registry entry${r.branch ? `; branch ${r.branch} is kept` : ''}`, refusals: [] });
  }
  return items;
}

function workerAt(project: Project, dir: string): string | undefined {
  return project.registry.listWorkers().find((r) => path.resolve(r.worktree) === path.resolve(dir))?.name;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * A directory git does not know cannot be asked whether it holds uncommitted work, so the rule is conservative:
 * anything with its own .git (another repository, or a worktree whose registration was lost) or with a process
 * running inside is refused unless --force; a mount point, or the main checkout, never. Links are only unlinked.
 */
async function zombieItem(project: Project, p: string): Promise<CleanupItem> {
  const { config } = project;
  const base = { kind: 'zombie' as const, target: p };
  if (lstatSync(p).isSymbolicLink()) return { ...base, detail: `${p} is a link git does not know`, action: 'unlink it (what it points at is not touched)', refusals: [] };
  const refusals: Refusal[] = [];
  if (isInside(config.repoPath, p)) refusals.push({ code: 'main-checkout', reason: 'it is or contains the main checkout', force: false });
  const dotGit = path.join(p, '.git');
  if (existsSync(dotGit)) {
    const isFile = lstatSync(dotGit).isFile();
    const gitdir = isFile ? /gitdir:\s*(.+)/.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim() : undefined;
    const common = await git.commonDir(config.repoPath);
    const reason = !isFile
      ? 'it has its own .git folder (a separate repository): its history and work would be lost'
      : gitdir && isInside(path.resolve(p, gitdir), common)
        ? `it was a worktree of this repository whose registration is gone: its files may be uncommitted work (\`git worktree repair ${p}\` re-registers it)`
        : `its .git points to another repository (${gitdir ?? 'unreadable'})`;
    refusals.push({ code: 'git-checkout', reason, force: true });
  }
  const scan = scanTree(p, config.repoPath);
  for (const m of scan.mounts) refusals.push({ code: 'mount-point', reason: `${m} is a mount point`, force: false });
  const procs = await processesInside(p);
  if (procs.length) refusals.push({ code: 'in-use', reason: `process(es) running inside: ${procs.slice(0, 3).map((x) => `${x.pid} ${x.command}`).join('; ')}`, force: true });
  const links = scan.links.length ? `detach ${scan.links.length} link(s), then ` : '';
  return { ...base, detail: `${p}: ${scan.files} file(s)${scan.links.length ? `, ${scan.links.length} link(s)` : ''}, not a worktree git knows`, action: `${links}delete the directory`, refusals };
}

/** Applies the listed items, re-checking each one just before acting on it. */
export async function applyCleanup(project: Project, items: CleanupItem[], o: { force: boolean; log: (s: string) => void }): Promise<CleanupResult[]> {
  const order: CleanupKind[] = ['orphan-window', 'zombie', 'stale-registration', 'dead-entry'];
  const out: CleanupResult[] = [];
  for (const item of [...items].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    const fresh = item.kind === 'zombie' ? await zombieItem(project, item.target) : item;
    const stop = fresh.refusals.filter((r) => !r.force || !o.force);
    if (stop.length) {
      out.push({ kind: item.kind, target: item.target, outcome: 'refused', message: stop.map((r) => r.reason).join('; ') });
      continue;
    }
    try {
      const r = await applyOne(project, item);
      const message = r instanceof Skip ? r.message : r;
      o.log(message);
      out.push({ kind: item.kind, target: item.target, outcome: r instanceof Skip ? 'skipped' : 'done', message });
    } catch (e) {
      out.push({ kind: item.kind, target: item.target, outcome: 'failed', message: (e as Error).message.split('\n')[0]! });
    }
  }
  return out;
}

class Skip {
  constructor(readonly message: string) {}
}
const skip = (message: string) => new Skip(message);

/** Time passes between listing and a human's "y": each item is re-checked before it is acted on. */
async function applyOne(project: Project, item: CleanupItem): Promise<string | Skip> {
  const { config, registry, mux } = project;
  switch (item.kind) {
    case 'orphan-window':
      if (registry.listWorkers().some((r) => r.session === config.session && r.window === item.target)) return skip(`window ${item.target} belongs to a worker now: left alone`);
      await mux.killWindow(config.session, item.target);
      return `killed window ${config.session}:${item.target}`;
    case 'stale-registration':
      if (existsSync(item.target)) return skip(`${item.target} exists again: registration left alone`);
      await closeWorker(project, workerAt(project, item.target) ?? path.basename(item.target), { force: false, deleteBranch: false, dir: item.target, verb: 'forget' });
      return `forgot git's registration of ${item.target}`;
    case 'dead-entry': {
      const rec = registry.getWorker(item.target);
      if (rec && (existsSync(rec.worktree) || (await mux.findWindow(rec.session, rec.window)))) return skip(`worker ${rec.name} has a worktree or window again: left alone`);
      // The one teardown: with the worktree and window gone it stops the servers and drops record, events and batch entry.
      if (rec) await closeWorker(project, rec.name, { force: false, deleteBranch: false, verb: 'drop' });
      return `dropped the registry entry of ${item.target}`;
    }
    case 'zombie':
      return removeZombie(project, item.target);
  }
}

function removeZombie(project: Project, p: string): string {
  const { config } = project;
  // Belt and braces: whatever the listing said, never outside worktreesPath and never through a link.
  if (!isInside(p, config.worktreesPath) || path.resolve(p) === path.resolve(config.worktreesPath)) throw new Error(`${p} is outside worktreesPath`);
  if (lstatSync(p).isSymbolicLink()) {
    unlinkSync(p);
    return `unlinked ${p}`;
  }
  const scan = scanTree(p, config.repoPath);
  const stuck = detachLinks(scan.links);
  if (stuck.length) throw new Error(`could not detach ${stuck.map((l) => l.path).join(', ')}`);
  const again = scanTree(p, config.repoPath);
  if (again.links.length || again.mounts.length) throw new Error(`${p} still holds links or mount points`);
  rmSync(p, { recursive: true, maxRetries: 3 });
  return `removed ${p}${scan.links.length ? ` (after detaching ${scan.links.length} link(s))` : ''}`;
}
