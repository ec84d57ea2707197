import path from 'node:path';
import { existsSync, mkdirSync, readFileSync } from '../../adapters/fs.js';
import type { Project } from '../../context.js';
import { orchInvocation, shellQuote } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { atomicWrite } from '../../state/registry.js';
import { excludeFromGit } from '../../adapters/git.js';
import { shHook } from '../../adapters/hook-sh.js';
import { distScript } from '../../package-root.js';

// StopFailure (a turn ended by an API error the CLI gave up on), PostToolUseFailure and the compaction events are
// evidence for `limited` and `orch why`; CLI versions that do not know an event never fire it.
export const HOOK_EVENTS = ['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'Notification', 'Stop', 'StopFailure', 'SubagentStop', 'PreCompact', 'PostCompact', 'SessionEnd'] as const;
const MARK = 'orch-hook';

interface HookEntry { matcher?: string; hooks: Array<{ type: string; command: string; timeout?: number }> }

/** Merges our hooks into the worktree's .claude/settings.local.json, keeping every hook the user has. */
export function mergeHooks(existing: Record<string, unknown>, commandFor: (event: string) => string): Record<string, unknown> {
  const hooks = { ...((existing.hooks as Record<string, HookEntry[]> | undefined) ?? {}) };
  for (const ev of HOOK_EVENTS) {
    const kept = (hooks[ev] ?? []).map((e) => ({ ...e, hooks: e.hooks.filter((h) => !h.command.includes(MARK)) })).filter((e) => e.hooks.length);
    hooks[ev] = [...kept, { matcher: '', hooks: [{ type: 'command', command: commandFor(ev), timeout: 10 }] }];
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

export async function installHooks(project: Project, rec: WorkerRecord): Promise<void> {
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
  atomicWrite(file, mergeHooks(existing, commandFor));
  // One guard file for all workers; per-worker branch rules (a stacked worker's base) live in its pre-push hook.
  atomicWrite(path.join(project.registry.dir, 'guard.json'), { ...project.config.guard, base: project.config.defaultBranch });
  await excludeFromGit(project.config.repoPath, '/.claude/settings.local.json');
}
