import path from 'node:path';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { commonDir, gitRaw, gitTry, setWorktreeHooksPath, withLockRetry } from './git.js';
import { GIT_HOOK_NAMES, chainHook, prePushHook } from '../core/git-hook-scripts.js';
import { OrchError } from '../errors.js';
import { hardLink } from './links.js';

export interface PushHookInput {
  /** The main checkout (where the shared config lives). */
  repoPath: string;
  worktree: string;
  /** `<git-common-dir>/session-orchestrator` */
  registryDir: string;
  name: string;
  /** The worker's own branch; undefined for a detached worktree (it may push nothing). */
  branch: string | undefined;
  eventsFile: string;
  /** A worktree just made: it has no worktree config yet, so there is nothing to read before setting hooksPath. */
  fresh?: boolean;
}

/** `<registry>/hooks/<worker>/`: outside every working tree, so a worker's `git add -A` never picks it up. */
export function pushHookDir(registryDir: string, name: string): string {
  if (!name || name === '.' || name === '..' || name !== path.basename(name)) throw new OrchError('bad-name', `not a worker name: ${JSON.stringify(name)}`);
  return path.join(registryDir, 'hooks', name);
}

/** sh on Windows (Git for Windows) reads forward slashes only. */
const shPath = (p: string) => (process.platform === 'win32' ? p.replace(/\\/g, '/') : p);

/**
 * Points the worktree's own core.hooksPath at a per-worker folder: a pre-push hook that allows only the
 * worker's branch, and a wrapper for every other hook that runs the repository's own. Idempotent (resume
 * runs it again); `changed` says whether anything had to be written.
 */
export async function installPushHook(i: PushHookInput): Promise<{ dir: string; chainsTo: string; changed: boolean }> {
  const dir = pushHookDir(i.registryDir, i.name);
  await enableWorktreeConfig(i.repoPath);
  // The registry lives in the common git dir (Registry.open): no process needed to ask git where that is.
  const chainsTo = await previousHooksDir(i.worktree, dir, path.dirname(i.registryDir));
  mkdirSync(dir, { recursive: true });
  let changed = false;
  const chains = GIT_HOOK_NAMES.filter((h) => h !== 'pre-push').map((hook) => ({ hook, text: chainHook(hook, shPath(chainsTo)) }));
  // The wrappers are the same for every worker of the repository: a fresh worktree's are hard links to one shared
  // copy (a link costs no new inode, which on a busy disk costs far more than the write).
  const shared = i.fresh ? sharedChainHooks(i.registryDir, chains) : undefined;
  for (const { hook, text } of [...chains, { hook: 'pre-push', text: prePushHook({ worker: i.name, branch: i.branch, hooksDir: shPath(chainsTo), eventsFile: shPath(i.eventsFile) }) }]) {
    const file = path.join(dir, hook);
    // A fresh worktree's new folder is read by no git yet (hooksPath points at it only below): written in place.
    if (i.fresh && !existsSync(file)) {
      if (!(shared && hook !== 'pre-push' && hardLink(path.join(shared, hook), file))) writeFileSync(file, text, { mode: 0o755 });
      changed = true;
    } else if (writeHook(file, text)) changed = true;
  }
  // Set only once the scripts exist: a hooksPath naming an empty folder would silently skip the repo's hooks.
  const current = i.fresh ? undefined : await gitTry(i.worktree, ['config', '--worktree', '--get', 'core.hooksPath']);
  if (!current?.ok || current.out !== dir) {
    await setWorktreeHooksPath(i.worktree, dir);
    changed = true;
  }
  return { dir, chainsTo, changed };
}

/** Deletes the worker's hooks folder. Call it after the worktree is gone: a live worktree pointing at a missing folder runs no hooks at all. */
export function removePushHook(registryDir: string, name: string): boolean {
  const dir = pushHookDir(registryDir, name);
  const existed = existsSync(dir);
  rmSync(dir, { recursive: true, force: true });
  return existed;
}

/**
 * Per-worktree config needs extensions.worktreeConfig. With it on, a core.bare or core.worktree in the shared
 * config would apply to every worktree, so (as git's own `init_worktree_config` does) they move to the main
 * worktree's config.worktree first.
 */
async function enableWorktreeConfig(repo: string): Promise<void> {
  const on = await gitTry(repo, ['config', '--local', '--type=bool', '--get', 'extensions.worktreeConfig']);
  if (on.ok && on.out === 'true') return;
  const common = await commonDir(repo);
  const shared = path.join(common, 'config');
  const mainOnly = path.join(common, 'config.worktree');
  const bare = await gitTry(repo, ['config', '--file', shared, '--type=bool', '--get', 'core.bare']);
  if (bare.ok && bare.out === 'true') await moveSetting('core.bare', 'true', shared, mainOnly, repo);
  const wt = await gitTry(repo, ['config', '--file', shared, '--get', 'core.worktree']);
  if (wt.ok && wt.out) await moveSetting('core.worktree', wt.out, shared, mainOnly, repo);
  await withLockRetry(() => gitRaw(repo, ['config', '--local', 'extensions.worktreeConfig', 'true']));
}

async function moveSetting(key: string, value: string, from: string, to: string, repo: string): Promise<void> {
  await withLockRetry(() => gitRaw(repo, ['config', '--file', to, key, value]));
  await withLockRetry(() => gitRaw(repo, ['config', '--file', from, '--unset', key]));
}

/**
 * The hooks folder git used for this worktree before ours: the last core.hooksPath from the system, global or
 * shared repository config (a relative one stays relative: git resolves it where hooks run, and so do the
 * wrappers), else `<git-common-dir>/hooks`.
 */
async function previousHooksDir(worktree: string, ours: string, common: string): Promise<string> {
  const r = await gitTry(worktree, ['config', '--show-scope', '--type=path', '--get-all', 'core.hooksPath']);
  const values = (r.ok ? r.out.split('\n') : [])
    .map((l) => ({ scope: l.slice(0, l.indexOf('\t')), value: l.slice(l.indexOf('\t') + 1) }))
    .filter((v) => ['system', 'global', 'local'].includes(v.scope) && v.value);
  const last = values[values.length - 1]?.value;
  if (last && path.resolve(worktree, last) !== ours) return last;
  return path.join(common, 'hooks');
}

/**
 * `<registry>/hooks/.chain-<hash of their text>/`: the wrappers every worker of this repository gets, written once
 * (into a temp folder renamed into place, so a folder there is always complete) and never changed after. A worker's
 * own copy is replaced by rename when it must change (writeHook), never written through, so the shared one stays.
 * Undefined when it cannot be made: each worker then gets files of its own.
 */
function sharedChainHooks(registryDir: string, chains: Array<{ hook: string; text: string }>): string | undefined {
  const key = createHash('sha256').update(chains.map((c) => `${c.hook}\0${c.text}`).join('\0')).digest('hex').slice(0, 16);
  const dir = path.join(registryDir, 'hooks', `.chain-${key}`);
  if (existsSync(dir)) return dir;
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(tmp, { recursive: true });
    for (const c of chains) writeFileSync(path.join(tmp, c.hook), c.text, { mode: 0o755 });
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  return existsSync(dir) ? dir : undefined;
}


/** Temp file + rename: a git running right now sees the old script or the new one, never half of one. */
function writeHook(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text && (statSync(file).mode & 0o111) !== 0) return false;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  chmodSync(tmp, 0o755);
  renameSync(tmp, file);
  return true;
}
