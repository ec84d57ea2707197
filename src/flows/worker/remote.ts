import path from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { isRemote, sshFailed, sshHost, type SshHost } from '../../adapters/ssh.js';
import { shHookWritesNodeLines } from '../../adapters/hook-sh.js';
import { serialPerRepo } from './provision.js';
import { distScript } from '../../package-root.js';
import { envFiles } from '../../core/test-commands.js';
import { BRIEF_FILE } from '../../core/brief.js';
import { OrchError } from '../../errors.js';
import { quote } from 'shell-quote';
import { mergeHooks } from './hooks-install.js';
import type { Rollback } from '../shared/rollback.js';

const posix = path.posix;

/** The host a worker runs on, as an SshHost, or undefined for this machine. */
export function remoteOf(project: Pick<Project, 'config'>, rec: Pick<WorkerRecord, 'host'>): SshHost | undefined {
  return isRemote(rec.host) ? sshHost(project.config, rec.host) : undefined;
}

const stateDirs = new Map<SshHost, Promise<string>>();

/** `<git-common-dir of the host's clone>/session-orchestrator`: the same layout as on this machine. */
export function remoteStateDir(h: SshHost): Promise<string> {
  let p = stateDirs.get(h);
  if (!p) {
    p = h.must(['git', '-C', h.config.repoPath, 'rev-parse', '--path-format=absolute', '--git-common-dir'], `reading the clone at ${h.config.repoPath}`).then((d) => posix.join(d.trim(), 'session-orchestrator'));
    p.catch(() => stateDirs.delete(h));
    stateDirs.set(h, p);
  }
  return p;
}

export async function remoteEventsFile(h: SshHost, name: string): Promise<string> {
  return posix.join(await remoteStateDir(h), 'events', `${name}.jsonl`);
}

/** Adds a pattern to the host clone's info/exclude once (env files, the brief and the hook settings stay out of git). */
export async function remoteExclude(h: SshHost, pattern: string): Promise<void> {
  await h.must(
    [
      'sh', '-c',
      'f="$(git -C "$1" rev-parse --path-format=absolute --git-common-dir)/info/exclude" || exit 1; mkdir -p "$(dirname "$f")" && touch "$f" && { grep -qxF -- "$2" "$f" || printf "%s\\n" "$2" >> "$f"; }',
      'sh', h.config.repoPath, pattern,
    ],
    `excluding ${pattern} from git`,
  );
}

/** origin/<base> in the host's clone after fetching it there (the worktree is never copied from this machine). */
export async function remoteStartPoint(h: SshHost, base: string): Promise<string> {
  const repo = h.config.repoPath;
  const f = await h.exec(['git', '-C', repo, 'fetch', '--quiet', 'origin', base], { timeoutMs: 120_000 });
  if (sshFailed(f)) throw h.unreachable(f.stderr);
  for (const ref of [`refs/remotes/origin/${base}`, `refs/heads/${base}`]) {
    if ((await h.exec(['git', '-C', repo, 'rev-parse', '--verify', '--quiet', ref])).exitCode === 0) return ref === `refs/heads/${base}` ? base : `origin/${base}`;
  }
  throw new OrchError('no-base', `${h.name}: base branch ${base} exists neither on origin nor in ${repo}`, { exitCode: 2, hint: `check the clone: ssh ${h.config.ssh} git -C ${repo} fetch origin` });
}

export interface RemoteProvision { name: string; branch: string | undefined; base: string; worktree: string; brief: string; startPoint?: string }

/** provisionWorktree on a host: fetch, worktree from the host's clone, env files copied over SSH (never overwriting), brief. */
export async function provisionRemote(project: Project, h: SshHost, p: RemoteProvision, rb: Rollback, log: (s: string) => void): Promise<{ links: string[] }> {
  const { config } = project;
  const repo = h.config.repoPath;
  const fetched = await remoteStartPoint(h, p.base);
  // A stacked task's start point is a branch of this machine; on a host only origin's refs are known.
  const startPoint = p.startPoint && !p.startPoint.startsWith('origin/') ? p.startPoint : fetched;
  await h.must(['mkdir', '-p', h.config.worktreesPath], `creating ${h.config.worktreesPath}`);
  // git serialises worktree add/remove on the clone's config lock: one at a time per host clone, as here.
  await serialPerRepo(`${h.name}:${repo}`, async () => {
    const add = await h.exec(['git', '-C', repo, 'worktree', 'add', '--quiet', ...(p.branch ? ['-b', p.branch] : ['--detach']), p.worktree, startPoint], { timeoutMs: 120_000 });
    if (add.exitCode === 0) return;
    if (sshFailed(add)) throw h.unreachable(add.stderr);
    // A failed add can leave the new branch behind (created, then the checkout failed): it holds nothing of anyone's
    // while it still points at the start point, so it goes, or a retry would find the name taken.
    if (p.branch && (await h.exec(['test', '-e', p.worktree])).exitCode !== 0) {
      const [b, s] = await Promise.all([h.exec(['git', '-C', repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${p.branch}`]), h.exec(['git', '-C', repo, 'rev-parse', '--verify', '--quiet', `${startPoint}^{commit}`])]);
      if (b.exitCode === 0 && b.stdout.trim() === s.stdout.trim()) await h.exec(['git', '-C', repo, 'branch', '-D', p.branch]);
    }
    throw new OrchError('remote', `${h.name}: git worktree add ${p.worktree} failed: ${add.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  });
  rb.add(`removed worktree ${p.worktree} on ${h.name}${p.branch ? ` and branch ${p.branch}` : ''}`, async () => {
    const { closeWorker } = await import('./teardown.js');
    await closeWorker(project, p.name, { force: false, deleteBranch: true, dir: p.worktree, host: h.name, verb: 'roll back' });
  });
  await installRemotePushHook(h, { name: p.name, branch: p.branch, worktree: p.worktree });
  const copied: string[] = [];
  for (const rel of envFiles(config.layout)) {
    const src = path.join(config.repoPath, rel);
    if (!existsSync(src)) continue;
    if (await h.writeFile(posix.join(p.worktree, rel.replace(/\\/g, '/')), readFileSync(src, 'utf8'), { overwrite: false, mode: '600' })) copied.push(rel);
  }
  if (copied.length) log(`copied ${copied.join(', ')} to ${h.name}`);
  for (const rel of envFiles(config.layout)) await remoteExclude(h, `/${rel.replace(/\\/g, '/').replace(/^\.\//, '')}`);
  await h.writeFile(posix.join(p.worktree, BRIEF_FILE), p.brief, { overwrite: true });
  await remoteExclude(h, `/${BRIEF_FILE}`);
  return { links: [] };
}

/** The hook as one file on the host, named by its content hash: copied once per version, never per worker. */
export async function ensureRemoteHook(h: SshHost): Promise<string> {
  const text = readFileSync(distScript('hook.mjs'), 'utf8');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const file = posix.join(await h.home(), '.cache', 'orch', `hook-${hash}.mjs`);
  await h.writeFile(file, text, { overwrite: false });
  return file;
}

const shHooks = new Map<string, Promise<string | undefined>>();

/**
 * dist/hook.sh on the host (named by its content hash, like the Node hook) when the host's sh, date and awk write
 * exactly the Node hook's lines for the probe payloads; undefined otherwise. Checked once per host per process.
 */
export function ensureRemoteShHook(h: SshHost): Promise<string | undefined> {
  if (process.env.ORCH_HOOK_SH === '0') return Promise.resolve(undefined);
  let found = shHooks.get(h.name);
  if (!found) {
    found = (async () => {
      const text = readFileSync(distScript('hook.sh'), 'utf8');
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
      const file = posix.join(await h.home(), '.cache', 'orch', `hook-${hash}.sh`);
      await h.writeFile(file, text, { overwrite: false });
      const writesNodeLines = await shHookWritesNodeLines(async (event, stdin) => {
        const r = await h.exec(['sh', '-c', 'f=$(mktemp) || exit 1; sh "$1" "$2" "$f" && cat "$f"; s=$?; rm -f "$f"; exit $s', 'sh', file, event], { input: stdin, timeoutMs: 15_000 });
        return r.exitCode === 0 ? r.stdout : undefined;
      });
      return writesNodeLines ? file : undefined;
    })().catch(() => undefined);
    shHooks.set(h.name, found);
  }
  return found;
}

/** installHooks on a host: the worktree's .claude/settings.local.json runs the copied hook (sh, else the host's Node). */
export async function installRemoteHooks(project: Project, h: SshHost, rec: WorkerRecord): Promise<string> {
  const [hook, sh, events, state] = await Promise.all([ensureRemoteHook(h), ensureRemoteShHook(h), remoteEventsFile(h, rec.name), remoteStateDir(h)]);
  const file = posix.join(rec.worktree, '.claude', 'settings.local.json');
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse((await h.readFile(file)) ?? '{}') as Record<string, unknown>;
  } catch {
    existing = {};
  }
  const commandFor = (ev: string) => `${quote(sh ? ['sh', sh, ev, events, 'node', hook] : ['node', hook, ev, '--events', events])} # orch-hook`;
  await h.writeFile(file, `${JSON.stringify(mergeHooks(existing, commandFor), null, 2)}\n`);
  await h.writeFile(posix.join(state, 'guard.json'), `${JSON.stringify({ ...project.config.guard, base: project.config.defaultBranch }, null, 2)}\n`);
  await h.must(['mkdir', '-p', posix.dirname(events)], 'creating the events folder');
  await remoteExclude(h, '/.claude/settings.local.json');
  return events;
}

/** The window environment of a remote worker: the preset's, the host's own env, and where its hook writes events. */
export async function remoteWorkerEnv(project: Project, h: SshHost, rec: WorkerRecord): Promise<Record<string, string>> {
  // GitHub tokens stay on this machine: a worker on a host does not run `orch finish` (it is run from here).
  const env = Object.fromEntries(Object.entries({ ...project.config.worker.setEnv, ...h.config.env }).filter(([k]) => !GITHUB_TOKEN_VARS.includes(k)));
  return { ...env, ORCH_WORKER: rec.name, ORCH_EVENTS_FILE: await remoteEventsFile(h, rec.name), ORCH_NODE: process.execPath };
}

const GITHUB_TOKEN_VARS = ['GITHUB_TOKEN', 'GH_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN'];

/** `orch resume` for a worker on a host: the same repairs there (env files, never overwriting), then relaunch unless its window is alive. */
export async function resumeOnHost(ctx: { out: { info(s: string): void } }, project: Project, h: SshHost, rec: WorkerRecord) {
  const { config, mux } = project;
  if ((await h.exec(['test', '-d', rec.worktree])).exitCode !== 0) {
    throw new OrchError('missing', `the worktree of ${rec.name} is gone on ${h.name} (${rec.worktree})`, { hint: `run \`orch close ${rec.name}\` to drop it, then \`orch start\` again` });
  }
  const win = await mux.findWindow(rec.session, rec.window);
  if (win && !win.dead) {
    const { inspectProject } = await import('../watch/inspect.js');
    const state = (await inspectProject(project, { capture: true, git: false, names: [rec.name] })).workers[0]?.state;
    return { name: rec.name, host: h.name, action: 'left alone (window alive)', state: state?.state, reason: state?.reason, repairs: [] as string[] };
  }
  const repairs: string[] = [];
  for (const rel of envFiles(config.layout)) {
    const src = path.join(config.repoPath, rel);
    if (existsSync(src) && (await h.writeFile(posix.join(rec.worktree, rel.replace(/\\/g, '/')), readFileSync(src, 'utf8'), { overwrite: false, mode: '600' }))) repairs.push(`copied ${rel} to ${h.name}`);
  }
  if (win?.dead) await mux.killWindow(rec.session, rec.window);
  const { launchWorker } = await import('./launch.js');
  await launchWorker(project, rec, { resume: true, log: (s) => ctx.out.info(s) });
  return { name: rec.name, host: h.name, action: 'relaunched with a continue prompt', state: 'working', reason: 'resumed', repairs };
}

/** Uncommitted files and ahead/behind of a worktree on its host, in one round trip; uncommitted is null when git could not tell. */
export async function remoteGitFacts(h: SshHost, worktree: string, base: string): Promise<{ uncommitted: number | null; ahead: number; behind: number }> {
  const r = await h.exec([
    'sh', '-c',
    'if s=$(git -C "$1" status --porcelain --untracked-files=all); then printf "%s\\n" "$s" | awk \'NF{n++} END{print n+0}\'; else echo unknown; fi; git -C "$1" rev-list --left-right --count "origin/$2...HEAD" 2>/dev/null || git -C "$1" rev-list --left-right --count "$2...HEAD" 2>/dev/null',
    'sh', worktree, base,
  ]);
  const [first = '', second = ''] = r.stdout.split('\n');
  const n = /^\d+$/.test(first.trim()) ? Number(first.trim()) : null;
  const m = /^(\d+)\s+(\d+)/.exec(second.trim());
  return { uncommitted: n, behind: m ? Number(m[1]) : 0, ahead: m ? Number(m[2]) : 0 };
}

// Writes every file of a JSON document {dir, files: {name: text}} read from stdin, each executable, by temp file and
// rename; a constant program run by the host's Node (which the hooks need anyway), so one round trip writes them all.
const WRITE_HOOKS = `let s='';process.stdin.on('data',c=>s+=c).on('end',()=>{const fs=require('fs'),p=require('path');const d=JSON.parse(s);fs.mkdirSync(d.dir,{recursive:true});for(const[n,t]of Object.entries(d.files)){const f=p.join(d.dir,p.basename(n));fs.writeFileSync(f+'.tmp',t,{mode:0o755});fs.chmodSync(f+'.tmp',0o755);fs.renameSync(f+'.tmp',f)}})`;

/**
 * Layer 2 of "no worker touches the base branch" on a host: the same per-worker hooks folder as here
 * (`<state>/hooks/<name>`: a pre-push hook that lets only the worker's branch through, wrappers that chain the
 * repository's own hooks), set as the worktree's own core.hooksPath in the host's clone.
 */
export async function installRemotePushHook(h: SshHost, rec: { name: string; branch: string | undefined; worktree: string }): Promise<string> {
  const { GIT_HOOK_NAMES, chainHook, prePushHook } = await import('../../core/git-hook-scripts.js');
  const repo = h.config.repoPath;
  const state = await remoteStateDir(h);
  const dir = posix.join(state, 'hooks', rec.name);
  const cfg = await h.exec(['git', '-C', repo, 'config', '--local', '--get', 'core.worktree']);
  if (cfg.exitCode === 0 && cfg.stdout.trim()) throw new OrchError('remote', `${h.name}: the clone at ${repo} sets core.worktree; per-worktree hooks cannot be set up there`, { hint: 'use a plain clone as hosts[].repoPath' });
  await h.must(['git', '-C', repo, 'config', '--local', 'extensions.worktreeConfig', 'true'], 'enabling per-worktree config');
  const prev = (await h.exec(['git', '-C', rec.worktree, 'config', '--get', 'core.hooksPath'])).stdout.trim();
  const chainsTo = prev && prev !== dir ? prev : posix.join(posix.dirname(state), 'hooks');
  const events = await remoteEventsFile(h, rec.name);
  const files = Object.fromEntries(GIT_HOOK_NAMES.map((hook) => [hook, hook === 'pre-push' ? prePushHook({ worker: rec.name, branch: rec.branch, hooksDir: chainsTo, eventsFile: events }) : chainHook(hook, chainsTo)]));
  await h.must(['node', '-e', WRITE_HOOKS], 'writing the git hooks', { input: JSON.stringify({ dir, files }) });
  await h.must(['git', '-C', rec.worktree, 'config', '--worktree', 'core.hooksPath', dir], 'setting core.hooksPath');
  return dir;
}

/** The worker's hooks folder on the host, once its worktree is gone. */
export async function removeRemotePushHook(h: SshHost, name: string): Promise<void> {
  if (!name || name.includes('/') || name === '.' || name === '..') return;
  await h.exec(['rm', '-rf', '--', posix.join(await remoteStateDir(h), 'hooks', name)]);
}
