import path from 'node:path';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { SimpleGit } from 'simple-git';
import { OrchError } from '../errors.js';
import { spawnViaShell } from './spawner.js';
import { scratchDir } from './scratch.js';

export interface WorktreeInfo { path: string; head: string; branch: string | undefined; detached: boolean; prunable: boolean; bare: boolean }

/**
 * simple-git drops ambient GIT_* variables except these: GIT_DIR, GIT_INDEX_FILE or GIT_WORK_TREE left by a
 * git hook that called orch would point every command at the wrong repository.
 */
const GIT_ENV_ALLOWED = ['GIT_TERMINAL_PROMPT', 'GIT_OPTIONAL_LOCKS', 'GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'];
// A fetch that would ask for a password fails instead of hanging a bulk run.
process.env.GIT_TERMINAL_PROMPT = '0';
// orch reads a worker's worktree while the worker works in it: `git status` must not take index.lock to refresh the
// index, or the worker's own `git add` / `git commit` at that moment fails with "index.lock: File exists".
process.env.GIT_OPTIONAL_LOCKS = '0';

/** simple-git for the commands that change things, loaded on first use: list, dash and monitor never pay for it. */
function git(dir: string, unsafe?: { allowUnsafeHooksPath: true }): Pick<SimpleGit, 'raw'> {
  return { raw: async (args: string | string[]) => (await simpleGitFor(dir, unsafe)).raw(args) } as Pick<SimpleGit, 'raw'>;
}

async function simpleGitFor(dir: string, unsafe?: { allowUnsafeHooksPath: true }): Promise<SimpleGit> {
  const { simpleGit } = await import('simple-git');
  return simpleGit({
    baseDir: dir,
    trimmed: true,
    allowEnvironment: GIT_ENV_ALLOWED,
    ...(unsafe ? { unsafe } : {}),
    // simple-git only fails when stderr has text; `rev-parse --quiet` and friends fail silently with exit 1.
    errors(error, result) {
      if (error) return error;
      if (result.exitCode === 0) return undefined;
      return Buffer.from(Buffer.concat([...result.stdErr, ...result.stdOut]).toString('utf8') || `exit code ${result.exitCode}`);
    },
  });
}

/**
 * Subcommands that only read (a `symbolic-ref` or `remote` read, `worktree list`, `ls-remote`, `config --get…`): these run through node:child_process
 * by readGit() below, the hot path of list, dash and monitor. Everything else goes through simple-git.
 */
const READ_ONLY = new Set(['rev-parse', 'rev-list', 'status', 'merge-base', 'log', 'diff', 'diff-tree', 'ls-files', 'show', 'cat-file', 'cherry', 'for-each-ref', 'grep']);

const CONFIG_READS = new Set(['--get', '--get-all', '--get-regexp', '--get-urlmatch']);
const CONFIG_WRITES = new Set(['--add', '--edit', '-e']);

function isRead(args: string[]): boolean {
  const [sub = '', next] = args;
  if (READ_ONLY.has(sub)) return true;
  if (sub === 'worktree') return next === 'list';
  if (sub === 'remote') return args.length === 1 || next === 'get-url';
  if (sub === 'ls-remote') return true;
  // `config --get…` reads; any option that writes makes it a write, whatever else is there.
  if (sub === 'config') return args.some((a) => CONFIG_READS.has(a)) && !args.some((a) => CONFIG_WRITES.has(a) || a.startsWith('--replace') || a.startsWith('--unset') || a.startsWith('--rename') || a.startsWith('--remove'));
  // `symbolic-ref [--quiet] [--short] <name>` reads; with a second operand it writes.
  if (sub === 'symbolic-ref') return args.slice(1).filter((a) => !a.startsWith('-')).length === 1;
  return false;
}

/** The environment simple-git gives git (its allowEnvironment guard), so both paths run git alike. */
function gitEnv(): NodeJS.ProcessEnv {
  const allowed = new Set(GIT_ENV_ALLOWED.map((k) => k.toLowerCase()));
  const guarded = new Set(['editor', 'pager', 'prefix', 'ssh_askpass', 'visual']);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase().trim();
    if ((key.startsWith('git_') || guarded.has(key)) && !allowed.has(key)) continue;
    env[k] = v;
  }
  env.GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS = 'true';
  return env;
}

/**
 * A read-only git call: the output trimmed and the failure text (stderr, then stdout, else the exit code) as with
 * simple-git above, without loading it and without the 50 ms it waits after a command that printed nothing.
 */
function readGit(dir: string, args: string[]): Promise<string> {
  // Through the resident shell where it can (src/adapters/spawner.ts): the same answer for a tenth of the CPU here.
  const viaShell = spawnViaShell('git', args, { cwd: dir, env: gitEnv() });
  if (viaShell) {
    return viaShell.then((r) => {
      if (r.code === 0) return r.stdout.toString('utf8').trim();
      throw new Error(Buffer.concat([r.stderr, r.stdout]).toString('utf8') || `exit code ${r.code}`);
    });
  }
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;
    const child = spawn('git', args, { cwd: dir, env: gitEnv(), windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      if (!settled) reject(new Error(e.stack ?? String(e)));
      settled = true;
    });
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      if (code === 0) resolve(Buffer.concat(out).toString('utf8').trim());
      else reject(new Error(Buffer.concat([...err, ...out]).toString('utf8') || `exit code ${code}`));
    });
  });
}

/** One job of gitEach(): a read-only git command and the folder it runs in. */
export interface GitJob { dir: string; args: string[] }
export type GitTryResult = { ok: boolean; out: string; err: string };

// Runs one job per xargs invocation: "$0" is the results folder, then the job's index, folder and git arguments.
// A folder it cannot enter leaves no exit code behind; that job is run again by gitTry() (same error as ever).
const EACH_JOB = 'i=$1; cd "$2" 2>/dev/null || exit 0; shift 2; git "$@" >"$0/$i.out" 2>"$0/$i.err"; echo $? >"$0/$i.rc"';

/**
 * Many read-only git commands at once, `limit` at a time, each answered as gitTry() would answer it. On POSIX
 * they run under one `xargs -P` instead of one spawn each from here: forking from this Node process blocks its
 * main thread several ms per child (more under load), which at dozens of worktrees was most of list, dash and
 * monitor. Elsewhere, or for a job xargs could not run, they go one by one through gitTry().
 */
export async function gitEach(jobs: GitJob[], limit = 8): Promise<GitTryResult[]> {
  const one = (j: GitJob) => gitTry(j.dir, j.args);
  const results: Array<GitTryResult | undefined> = new Array(jobs.length);
  const arity = new Set(jobs.map((j) => j.args.length));
  if (process.platform !== 'win32' && jobs.length > 2 && arity.size === 1 && jobs.every((j) => isRead(j.args))) {
    const tmp = scratchDir('orch-git-');
    try {
      const xargs = ['-0', '-n', String(2 + jobs[0]!.args.length), '-P', String(limit), 'sh', '-c', EACH_JOB, tmp];
      const input = jobs.map((j, i) => [String(i), j.dir, ...j.args].map((a) => `${a}\0`).join('')).join('');
      // xargs too is started by the resident shell where it can.
      const viaShell = spawnViaShell('xargs', xargs, { env: gitEnv(), input });
      const code = viaShell
        ? await viaShell.then((r) => r.code, () => null)
        : await new Promise<number | null>((resolve) => {
            const child = spawn('xargs', xargs, { env: gitEnv(), windowsHide: true, stdio: ['pipe', 'ignore', 'ignore'] });
            child.on('error', () => resolve(null));
            child.on('close', (c) => resolve(c));
            child.stdin.on('error', () => undefined);
            child.stdin.end(input);
          });
      if (code !== null) {
        for (const [i] of jobs.entries()) {
          let rc: number;
          try {
            rc = Number(readFileSync(path.join(tmp, `${i}.rc`), 'utf8'));
          } catch {
            continue;
          }
          const out = readFileSync(path.join(tmp, `${i}.out`));
          if (rc === 0) results[i] = { ok: true, out: out.toString('utf8').trim(), err: '' };
          else results[i] = { ok: false, out: '', err: Buffer.concat([readFileSync(path.join(tmp, `${i}.err`)), out]).toString('utf8') || `exit code ${rc}` };
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const left = jobs.map((_, i) => i).filter((i) => !results[i]);
  await Promise.all(Array.from({ length: Math.min(limit, left.length) }, async () => {
    for (let i = left.shift(); i !== undefined; i = left.shift()) results[i] = await one(jobs[i]!);
  }));
  return results as GitTryResult[];
}

function runGit(dir: string, args: string[]): Promise<string> {
  return isRead(args) ? readGit(dir, args) : git(dir).raw(args);
}

/**
 * A write on the hot paths of dispatch and finish (fetch, worktree add, push, a worktree's hooks path), started by
 * the resident shell like the reads: simple-git's own spawn cost the poll loop and the worker server a few ms each.
 * `fixed` is orch's literal subcommand and flags; `operands` (a remote, branch, ref or folder) come from orch's own
 * names, checked where they were made, and are checked again here: one that would read as an option (a leading
 * '-') is refused, never passed. Where the shell cannot take it, simple-git runs it, with its checks, as before.
 */
function writeGit(dir: string, fixed: string[], operands: string[], unsafe?: { allowUnsafeHooksPath: true }): Promise<string> {
  const bad = operands.find((o) => o.startsWith('-') || o.includes('\0') || o === '');
  if (bad !== undefined) return Promise.reject(new Error(`refusing to pass ${JSON.stringify(bad)} to git ${fixed[0]}: it would read as an option`));
  const args = [...fixed, ...operands];
  const viaShell = spawnViaShell('git', args, { cwd: dir, env: gitEnv() });
  if (!viaShell) return git(dir, unsafe).raw(args);
  return viaShell.then((r) => {
    if (r.code === 0) return r.stdout.toString('utf8').trim();
    throw new Error(Buffer.concat([r.stderr, r.stdout]).toString('utf8') || `exit code ${r.code}`);
  });
}

/** writeGit with gitRaw's error: what failed, where, and git's first line. */
export async function gitWrite(dir: string, fixed: string[], operands: string[]): Promise<string> {
  try {
    return await writeGit(dir, fixed, operands);
  } catch (e) {
    throw new OrchError('git', `git ${[...fixed, ...operands].slice(0, 3).join(' ')} failed in ${dir}: ${firstLine((e as Error).message)}`, { cause: e });
  }
}

/** Raw git with a clear error naming the command; the only way flows reach git. */
export async function gitRaw(dir: string, args: string[]): Promise<string> {
  try {
    return await runGit(dir, args);
  } catch (e) {
    throw new OrchError('git', `git ${args.slice(0, 3).join(' ')} failed in ${dir}: ${firstLine((e as Error).message)}`, { cause: e });
  }
}

/**
 * Points one worktree's core.hooksPath at orch's hooks for it (the pre-push hook). simple-git refuses to write
 * core.hooksPath unless told to; this is the only place that is meant to.
 */
export async function setWorktreeHooksPath(worktree: string, dir: string): Promise<void> {
  await withLockRetry(async () => {
    try {
      await writeGit(worktree, ['config', '--worktree', 'core.hooksPath'], [dir], { allowUnsafeHooksPath: true });
    } catch (e) {
      throw new OrchError('git', `git config --worktree core.hooksPath failed in ${worktree}: ${firstLine((e as Error).message)}`, { cause: e });
    }
  });
}

export async function gitTry(dir: string, args: string[]): Promise<{ ok: boolean; out: string; err: string }> {
  try {
    return { ok: true, out: await runGit(dir, args), err: '' };
  } catch (e) {
    return { ok: false, out: '', err: (e as Error).message };
  }
}

function firstLine(s: string): string {
  return s.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' | ');
}

export async function isGitCheckout(dir: string): Promise<boolean> {
  return (await gitTry(dir, ['rev-parse', '--git-dir'])).ok;
}

/** Asked once per folder and process: a dispatch asked it five times, and the worker server asks it per finish. */
const commonDirs = new Map<string, string>();

export async function commonDir(dir: string): Promise<string> {
  const key = path.resolve(dir);
  const known = commonDirs.get(key);
  if (known) return known;
  const out = await gitRaw(dir, ['rev-parse', '--git-common-dir']);
  const common = path.resolve(dir, out);
  commonDirs.set(key, common);
  return common;
}

export async function hasRemote(dir: string, remote = 'origin'): Promise<boolean> {
  const r = await gitTry(dir, ['remote']);
  return r.ok && r.out.split('\n').includes(remote);
}

export async function remoteUrl(dir: string, remote = 'origin'): Promise<string | undefined> {
  const r = await gitTry(dir, ['remote', 'get-url', remote]);
  return r.ok && r.out ? r.out : undefined;
}

export async function fetch(dir: string, remote: string, ref?: string): Promise<void> {
  await gitWrite(dir, ['fetch', '--quiet'], ref ? [remote, ref] : [remote]);
}

export async function refExists(dir: string, ref: string): Promise<boolean> {
  return (await gitTry(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).ok;
}

export async function branchExists(dir: string, branch: string): Promise<boolean> {
  return refExists(dir, `refs/heads/${branch}`);
}

export async function currentBranch(dir: string): Promise<string | undefined> {
  const r = await gitTry(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return r.ok && r.out ? r.out : undefined;
}

export async function originHead(dir: string): Promise<string | undefined> {
  const r = await gitTry(dir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  return r.ok && r.out ? r.out.replace(/^origin\//, '') : undefined;
}

/** The commit each branch of origin points at, as this clone last saw it (one call; empty without an origin). */
export async function originBranchHeads(repo: string): Promise<Map<string, string>> {
  const r = await gitTry(repo, ['for-each-ref', '--format=%(objectname) %(refname:lstrip=3)', 'refs/remotes/origin']);
  const heads = new Map<string, string>();
  for (const l of r.ok ? r.out.split('\n') : []) {
    const i = l.indexOf(' ');
    if (i > 0 && l.slice(i + 1) !== 'HEAD') heads.set(l.slice(i + 1), l.slice(0, i));
  }
  return heads;
}

export async function listWorktrees(repo: string): Promise<WorktreeInfo[]> {
  const out = await gitRaw(repo, ['worktree', 'list', '--porcelain']);
  return parseWorktreeList(out);
}

export function parseWorktreeList(out: string): WorktreeInfo[] {
  const list: WorktreeInfo[] = [];
  for (const block of out.split(/\n\n+/)) {
    const lines = block.split('\n').filter(Boolean);
    const wt = lines.find((l) => l.startsWith('worktree '));
    if (!wt) continue;
    const branchLine = lines.find((l) => l.startsWith('branch '));
    list.push({
      path: wt.slice('worktree '.length),
      head: lines.find((l) => l.startsWith('HEAD '))?.slice(5) ?? '',
      branch: branchLine?.slice('branch refs/heads/'.length),
      detached: lines.includes('detached'),
      prunable: lines.some((l) => l.startsWith('prunable')),
      bare: lines.includes('bare'),
    });
  }
  return list;
}

/** git takes .git/config.lock and index locks while adding worktrees; parallel adds fail on them, so retry. */
const LOCK_RE = /\.lock'?:? File exists|could not lock config file|Unable to create .*\.lock|cannot lock ref/i;

export async function withLockRetry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts - 1 || !LOCK_RE.test(String((e as Error).message))) throw e;
      await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(i, 5) + Math.random() * 50));
    }
  }
}

export async function addWorktree(repo: string, dir: string, branch: string, startPoint: string): Promise<void> {
  const existed = await branchExists(repo, branch);
  let attempt = 0;
  await withLockRetry(async () => {
    // An attempt that lost a lock race to a concurrent add (another orch process) can fail after creating the
    // branch: the retry checks that new branch out instead of failing on "already exists".
    if (attempt++ > 0 && !existed && (await branchExists(repo, branch))) return gitWrite(repo, ['worktree', 'add', '--quiet'], [dir, branch]);
    return gitWrite(repo, ['worktree', 'add', '--quiet', '-b'], [branch, dir, startPoint]);
  });
}

export async function addWorktreeExisting(repo: string, dir: string, branch: string): Promise<void> {
  await withLockRetry(() => gitWrite(repo, ['worktree', 'add', '--quiet'], [dir, branch]));
}

export async function addDetachedWorktree(repo: string, dir: string, ref: string): Promise<void> {
  await withLockRetry(() => gitWrite(repo, ['worktree', 'add', '--quiet', '--detach'], [dir, ref]));
}

/** Removes a worktree registration and directory. Callers check cleanliness first; `force` is for after those checks. */
export async function removeWorktree(repo: string, dir: string, force: boolean): Promise<void> {
  await withLockRetry(() => gitRaw(repo, ['worktree', 'remove', ...(force ? ['--force'] : []), dir]));
}

export async function pruneWorktrees(repo: string): Promise<void> {
  await gitTry(repo, ['worktree', 'prune']);
}

export async function deleteBranch(repo: string, branch: string, force: boolean): Promise<boolean> {
  // A ref lock held for a moment by another git process (a fetch, a worktree add) is waited out, not read as a refusal.
  return withLockRetry(() => gitRaw(repo, ['branch', force ? '-D' : '-d', branch])).then(
    () => true,
    () => false,
  );
}

/** Files with uncommitted or untracked changes (porcelain lines). */
export async function dirtyFiles(dir: string): Promise<string[]> {
  const out = await gitRaw(dir, ['status', '--porcelain', '--untracked-files=all']);
  return out.split('\n').filter(Boolean);
}

export async function aheadBehind(dir: string, base: string): Promise<{ ahead: number; behind: number } | undefined> {
  const r = await gitTry(dir, ['rev-list', '--left-right', '--count', `HEAD...${base}`]);
  if (!r.ok) return undefined;
  const [a, b] = r.out.split(/\s+/).map(Number);
  return { ahead: a ?? 0, behind: b ?? 0 };
}

/** Commits on HEAD that no remote-tracking branch has. */
export async function unpushedCommits(dir: string): Promise<string[]> {
  const r = await gitTry(dir, ['rev-list', 'HEAD', '--not', '--remotes']);
  return r.ok ? r.out.split('\n').filter(Boolean) : [];
}

export async function lastCommit(dir: string): Promise<{ sha: string; subject: string; date: string } | undefined> {
  const r = await gitTry(dir, ['log', '-1', '--format=%H%x09%s%x09%cI']);
  if (!r.ok || !r.out) return undefined;
  const [sha = '', subject = '', date = ''] = r.out.split('\t');
  return { sha, subject, date };
}

export async function commitCount(dir: string, range: string): Promise<number> {
  const r = await gitTry(dir, ['rev-list', '--count', range]);
  return r.ok ? Number(r.out) || 0 : 0;
}

/** Adds a pattern to the repository's info/exclude (shared by all worktrees) once. */
export async function excludeFromGit(dir: string, pattern: string): Promise<void> {
  const { appendFileSync, existsSync, mkdirSync, readFileSync } = await import('node:fs');
  const common = await commonDir(dir);
  const file = path.join(common, 'info', 'exclude');
  mkdirSync(path.dirname(file), { recursive: true });
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.split('\n').includes(pattern)) return;
  appendFileSync(file, `${text && !text.endsWith('\n') ? '\n' : ''}${pattern}\n`);
}
