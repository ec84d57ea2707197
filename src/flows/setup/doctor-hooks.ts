import { shHook, shHookScript } from '../../adapters/hook-sh.js';
import { findExecutable } from '../../adapters/which.js';
import type { DoctorCheck } from './doctor.js';

/** How workers' hooks will run here: the sh hook or a Node start per event, and whether the guard server is reachable. */
export function hooksCheck(env: NodeJS.ProcessEnv): DoctorCheck {
  const check = 'hooks';
  if (env.ORCH_HOOK_SH === '0') return { check, status: 'ok', detail: 'the Node hook for every event (ORCH_HOOK_SH=0)' };
  if (!shHookScript(env)) {
    return {
      check,
      status: 'warn',
      detail: process.platform === 'win32' ? 'the Node hook for every event (no sh hook on Windows)' : "every event starts Node: this machine's sh, date and awk do not write the Node hook's line (a date without %N?)",
      ...(process.platform === 'win32' ? {} : { fix: 'install GNU coreutils (its date has %N) for the sh hook; everything works as it is, with more CPU per tool call' }),
    };
  }
  const http = process.platform === 'win32' ? '' : env.ORCH_HTTP_HOOKS === '0' ? '; HTTP hooks off (ORCH_HTTP_HOOKS=0)' : '; Claude Code 2.1.63 or later posts most events to it itself, over HTTP';
  if (shHook(env)?.shell === 'bash') return { check, status: 'ok', detail: `every event, Bash call and worker's orch finish to the guard server, with bash (the sh hook's own line while it is not running)${http}` };
  if (!findExecutable('curl', env)) return { check, status: 'warn', detail: "events by the sh hook; each Bash call and each worker's orch finish starts Node (neither bash nor curl to reach the guard server)", fix: "install bash (or curl): Bash calls are then checked, and workers' finishes run, by the guard server" };
  return { check, status: 'ok', detail: `events by the sh hook; Bash calls checked, and workers' orch finish run, by the guard server (curl)${http}` };
}
