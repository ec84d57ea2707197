import { mkdirSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { FIRST_PROMPT, RESUME_PROMPT, BRIEF_FILE } from '../../core/brief.js';
import { bootHandshake, submitPrompt } from './handshake.js';
import { installHooks } from './hooks-install.js';
import { shHookScript } from '../../adapters/hook-sh.js';
import { ensureGuardServer, guardServerRunning, startGuardServer, startGuardServerFor } from '../../adapters/guard-server-spawn.js';
import type { GuardDoor } from '../../adapters/guard-server-files.js';
import { claudeVersion } from '../../adapters/claude-version.js';
import { supportsHttpHooks } from '../../core/claude-http-hooks.js';
import { waitForEvent } from '../../state/events.js';
import { installRemoteHooks, remoteOf, remoteWorkerEnv } from './remote.js';
import { syncRemoteEvents } from './remote-events.js';

/** Environment orch sets in every worker window: who it is and where its events go. */
export function workerEnv(project: Project, rec: WorkerRecord): Record<string, string> {
  return {
    ...project.config.worker.setEnv,
    ORCH_WORKER: rec.name,
    ORCH_EVENTS_FILE: project.registry.eventsFile(rec.name),
    // The Node dist/orch.sh runs orch with (the brief's command line), whatever the worker's PATH.
    ORCH_NODE: process.execPath,
  };
}

/** The environment the guard server runs with: the one a worker gets (a served `orch finish` runs in it). */
export function guardServerEnv(project: Project, rec: WorkerRecord): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...workerEnv(project, rec) };
  for (const k of project.config.worker.clearEnv) if (!(k in project.config.worker.setEnv)) delete env[k];
  return env;
}

/**
 * The guard server's door when this worker's events should reach it over HTTP: Claude Code 2.1.63 or later, on this
 * machine (not headless, not Windows), and a server listening (started here when none is). ORCH_HTTP_HOOKS=0 keeps
 * every event a command hook (for managed settings that forbid HTTP hooks, say).
 */
async function httpHookDoor(project: Project, rec: WorkerRecord, env: NodeJS.ProcessEnv): Promise<GuardDoor | undefined> {
  const preset = project.config.worker;
  if (preset.name !== 'claude' || process.platform === 'win32' || env.ORCH_HTTP_HOOKS === '0' || !shHookScript()) return undefined;
  if (!supportsHttpHooks(await claudeVersion(preset.cmd, env))) return undefined;
  return ensureGuardServer(project.registry.dir, env);
}

/**
 * Starts the guard server again when it is gone while Claude Code workers run here: their events reach it over
 * HTTP (a hook that finds nobody is not retried), so each monitor cycle looks. It starts on the same port and keys.
 */
export function keepGuardServer(project: Project, live: WorkerRecord[]): void {
  const here = live.filter((r) => !remoteOf(project, r));
  if (project.config.worker.name !== 'claude' || project.mux.kind === 'headless' || !here.length || guardServerRunning(project.registry.dir)) return;
  startGuardServer(project.registry.dir, guardServerEnv(project, here[0]!));
}

/** Opens the worker's window, runs the boot handshake and delivers the first (or resume) prompt. */
export async function launchWorker(project: Project, rec: WorkerRecord, opts: { resume: boolean; log: (s: string) => void }): Promise<void> {
  const { config, mux, registry } = project;
  const preset = config.worker;
  mkdirSync(registry.logsDir(), { recursive: true });
  const remote = remoteOf(project, rec);
  const headless = !remote && mux.kind === 'headless';
  // Built once: copying the environment is not free, and a bulk start launches many workers.
  const serverEnv = remote || headless ? undefined : guardServerEnv(project, rec);
  if (remote) await installRemoteHooks(project, remote, rec);
  else await installHooks(project, rec, serverEnv ? await httpHookDoor(project, rec, serverEnv) : undefined);
  // A Claude Code worker whose hooks run dist/hook.sh has its Bash calls checked by the guard server: up before it starts.
  if (preset.name === 'claude' && serverEnv && shHookScript()) startGuardServerFor(registry.dir, serverEnv);
  const args = [...preset.args, ...(opts.resume ? preset.resumeArgs : [])];
  // Headless claude cannot show a TUI: it runs one print-mode turn with the prompt as an argument.
  const command = headless && preset.name === 'claude' ? [preset.cmd, ...args, '-p', opts.resume ? RESUME_PROMPT : FIRST_PROMPT] : [preset.cmd, ...args];
  await mux.newWindow({
    session: rec.session,
    name: rec.window,
    cwd: rec.worktree,
    command,
    env: { ...(remote ? await remoteWorkerEnv(project, remote, rec) : workerEnv(project, rec)), ...(headless ? { ORCH_BRIEF_FILE: BRIEF_FILE } : {}) },
    unsetEnv: preset.clearEnv.filter((k) => !(k in preset.setEnv)),
    logFile: `${registry.logsDir()}/${rec.name}.log`,
  });
  if (headless) return;
  const target = { mux, session: rec.session, window: rec.window, preset };
  const boot = await bootHandshake(target);
  opts.log(`${rec.name}: ready after ${(boot.ms / 1000).toFixed(1)}s${boot.answered.length ? ` (answered ${boot.answered.join(', ')})` : ''}`);
  const events = registry.eventsFile(rec.name);
  const since = Date.now();
  // The UserPromptSubmit hook event is the proof of submission; the screen check is the fallback for non-claude workers.
  // A remote worker's hook writes on its host: bring its events over before looking.
  const sync = remote ? () => syncRemoteEvents(project, [rec]).then(() => undefined) : () => Promise.resolve();
  const confirm = preset.name === 'claude' ? async () => (await sync(), waitForEvent(events, (e) => e.event === 'UserPromptSubmit' && Date.parse(e.at) >= since - 1000, 0)) : undefined;
  await submitPrompt(target, opts.resume ? RESUME_PROMPT : FIRST_PROMPT, confirm ? async () => Boolean(await confirm()) : undefined);
}
