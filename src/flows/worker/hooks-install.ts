import path from 'node:path';
import { existsSync, mkdirSync, readFileSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import { orchInvocation, shellQuote } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { atomicWrite, atomicWriteIfChanged } from '../../state/registry.js';
import { excludeFromGit } from '../../adapters/git.js';
import { shHook } from '../../adapters/hook-sh.js';
import { distScript } from '../../package-root.js';
import { HTTP_HOOK_PATH, NOT_BASH, httpHook, type HttpHook } from '../../core/claude-http-hooks.js';
import type { GuardDoor } from '../../adapters/guard-server-files.js';

// StopFailure (a turn ended by an API error the CLI gave up on), PostToolUseFailure and the compaction events are
// evidence for `limited` and `orch why`; CLI versions that do not know an event never fire it.
export const HOOK_EVENTS = ['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'Notification', 'Stop', 'StopFailure', 'SubagentStop', 'PreCompact', 'PostCompact', 'SessionEnd'] as const;
const MARK = 'orch-hook';

interface HookEntry { matcher?: string; hooks: Array<{ type: string; command?: string; url?: string; timeout?: number }> }

/** Events Claude Code runs command hooks only for (it never posts a SessionStart to an HTTP hook). */
const COMMAND_ONLY = new Set(['SessionStart']);

/** orch's own entries: the command carries the marker comment, an HTTP hook goes to the guard server's hook path. */
const ours = (h: HookEntry['hooks'][number]) => (typeof h.command === 'string' && h.command.includes(MARK)) || (h.type === 'http' && typeof h.url === 'string' && h.url.includes(HTTP_HOOK_PATH));

/**
 * Merges our hooks into the worktree's .claude/settings.local.json, keeping every hook the user has. With `httpFor`
 * (Claude Code with HTTP hooks, the guard server up), every event goes to the server over HTTP and starts no process,
 * but a Bash call's PreToolUse (the command fails closed; an HTTP hook that finds nobody lets the call through) and
 * SessionStart (HTTP hooks are not run for it).
 */
export function mergeHooks(existing: Record<string, unknown>, commandFor: (event: string) => string, httpFor?: (event: string) => HttpHook): Record<string, unknown> {
  const hooks = { ...((existing.hooks as Record<string, HookEntry[]> | undefined) ?? {}) };
  for (const ev of HOOK_EVENTS) {
    const kept = (hooks[ev] ?? []).map((e) => ({ ...e, hooks: (e.hooks ?? []).filter((h) => !ours(h)) })).filter((e) => e.hooks.length);
    const command = { type: 'command', command: commandFor(ev), timeout: 10 };
    const mine: HookEntry[] = !httpFor || COMMAND_ONLY.has(ev)
      ? [{ matcher: '', hooks: [command] }]
      : ev === 'PreToolUse'
        ? [{ matcher: 'Bash', hooks: [command] }, { matcher: NOT_BASH, hooks: [httpFor(ev)] }]
        : [{ matcher: '', hooks: [httpFor(ev)] }];
    hooks[ev] = [...kept, ...mine];
  }
  return { ...existing, hooks };
}

/**
 * The command Claude Code runs for one event: dist/hook.sh when this machine runs it right, else the Node hook
 * itself. Run by bash, hook.sh hands every event to the guard server (about 2 ms an event); by sh, it writes the
 * line with date and awk (about 3 ms) and hands Bash calls to the server or the Node hook, which applies the guard.
 */
export function hookCommand(event: string, eventsFile: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const sh = shHook(env);
  return sh ? [sh.shell, sh.script, event, eventsFile, process.execPath, distScript('hook.mjs')] : [...orchInvocation(), 'hook', event, '--events', eventsFile];
}

/** `door`: the guard server's loopback door, when this worker's Claude Code posts its events there over HTTP. */
export async function installHooks(project: Project, rec: WorkerRecord, door?: GuardDoor): Promise<void> {
  const file = path.join(rec.worktree, '.claude', 'settings.local.json');
  mkdirSync(path.dirname(file), { recursive: true });
  let existing: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      existing = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      existing = {}; // unreadable: replaced, but only in this worktree's local settings
    }
  }
  const events = project.registry.eventsFile(rec.name);
  // The marker comment lets a re-install find and replace our own entries.
  const commandFor = (ev: string) => `${shellQuote(hookCommand(ev, events))} # ${MARK}`;
  atomicWrite(file, mergeHooks(existing, commandFor, door ? (ev) => httpHook(ev, door, events) : undefined));
  // One guard file for all workers; per-worker branch rules (a stacked worker's base) live in its pre-push hook.
  atomicWriteIfChanged(path.join(project.registry.dir, 'guard.json'), { ...project.config.guard, base: project.config.defaultBranch });
  await excludeFromGit(project.config.repoPath, '/.claude/settings.local.json');
}
