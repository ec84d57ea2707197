import { readFileSync } from 'node:fs';
import { runHook } from '../hook.js';

/** Entry for `orch hook <event>`: called by Claude Code hooks inside every worker; never throws, never waits long. */
export function hookMain(argv: string[]): number {
  const event = argv[0] ?? 'unknown';
  let stdin = '';
  try {
    stdin = readFileSync(0, 'utf8');
  } catch {
    stdin = '';
  }
  const r = runHook(event, argv.slice(1), stdin, process.env);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.code;
}
