// Which Claude Code versions post hook events over HTTP themselves (`"type": "http"` hooks, added in 2.1.63), and
// the settings entries orch gives them. Pure: the version comes from src/adapters/claude-version.ts.

/** The first Claude Code version with HTTP hooks (its changelog: "Added HTTP hooks"). */
export const HTTP_HOOKS_SINCE = '2.1.63';

/** The first x.y.z in a version text ("2.1.330 (Claude Code)"), as numbers. */
export function parseVersion(text: string | undefined): [number, number, number] | undefined {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function supportsHttpHooks(version: string | undefined): boolean {
  const v = parseVersion(version);
  const since = parseVersion(HTTP_HOOKS_SINCE)!;
  if (!v) return false;
  for (let i = 0; i < 3; i++) if (v[i] !== since[i]) return v[i]! > since[i]!;
  return true;
}

/** Every tool but Bash: a Bash call's PreToolUse stays a command hook, which fails closed (an HTTP hook fails open). */
export const NOT_BASH = '^(?!Bash$).*';

/** The path of orch's HTTP hooks on the guard server's loopback door; it also marks an entry as orch's own. */
export const HTTP_HOOK_PATH = '/orch-hook/';

export interface HttpHook { type: 'http'; url: string; headers: Record<string, string>; timeout: number }

/** One event's HTTP hook: the loopback door with its key, and the worker's events file. */
export function httpHook(event: string, door: { port: number; clientKey: string }, eventsFile: string): HttpHook {
  return { type: 'http', url: `http://127.0.0.1:${door.port}${HTTP_HOOK_PATH}${event}`, headers: { 'x-orch-key': door.clientKey, 'x-orch-events': eventsFile }, timeout: 10 };
}
