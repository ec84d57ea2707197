import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runHook } from '../hook.js';
import type { guardVerdict } from '../core/guard.js';

type GuardVerdict = typeof guardVerdict;

/** Entry for `orch hook <event>`: called by Claude Code hooks inside every worker; never throws, never waits long. */
export async function hookMain(argv: string[]): Promise<number> {
  const event = argv[0] ?? 'unknown';
  let stdin = '';
  try {
    stdin = readFileSync(0, 'utf8');
  } catch {
    stdin = '';
  }
  // The guard (a shell parser and its rules) is loaded only where it decides something: before a tool runs. The
  // other events, PostToolUse on every tool call among them, stay a few KB of code.
  let guard: GuardVerdict | undefined;
  if (event === 'PreToolUse') {
    try {
      guard = (await import('../core/guard.js')).guardVerdict;
    } catch {
      guard = undefined; // runHook then blocks Bash calls rather than let them through unchecked
    }
  }
  const r = runHook(event, argv.slice(1), stdin, process.env, guard);
  if (r.stderr) process.stderr.write(r.stderr);
  // hook.sh found no guard server answering (and has curl to reach one): start it for the next Bash call.
  const at = argv.indexOf('--events');
  const events = at >= 0 ? argv[at + 1] : undefined;
  if (event === 'PreToolUse' && process.env.ORCH_GUARD_SERVER === 'start' && events) {
    const { startGuardServer } = await import('../adapters/guard-server-spawn.js');
    startGuardServer(path.dirname(path.dirname(events)));
  }
  return r.code;
}
