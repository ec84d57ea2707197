import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runHook } from '../hook.js';
import { distScript } from '../package-root.js';
import { findExecutable } from './which.js';

/** Probe payloads: escapes, UTF-8 and quotes in every field orch reads, and a long reply that must be cut. */
const PROBES: Array<[string, Record<string, unknown>]> = [
  ['PostToolUse', { session_id: 's-1', transcript_path: '/t/a "b".jsonl', tool_name: 'Read', tool_input: { file_path: '/src/é 😀 \\ "q".ts' }, tool_response: { message: 'nested', file: { content: '{"tool_name":"Bash"}\n' } } }],
  ['Stop', { session_id: 's-1', last_assistant_message: `${'Done, "é" \\ 中\t\n'.repeat(40)}WORKTREE_STATUS: COMPLETE\n  REASON: ok\n\n` }],
  ['PreToolUse', { tool_name: 'Grep', tool_input: { pattern: `  a\n\tb${' x'.repeat(80)}` } }],
];

let checked: { script: string | undefined; shell: 'bash' | 'sh' } | undefined;

/**
 * dist/hook.sh when this machine's sh, awk and date write exactly the Node hook's line for the probe payloads
 * (checked once per process, a few milliseconds); undefined otherwise (Windows, a BSD date without %N, an awk
 * that differs), and then the Node hook serves every event. ORCH_HOOK_SH=0 turns the sh path off.
 */
export function shHookScript(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return shHook(env)?.script;
}

/**
 * The script and the shell to run it with: bash where bash runs it right too (every event then goes to the guard
 * server with bash's /dev/tcp, no date or awk process), else sh.
 */
export function shHook(env: NodeJS.ProcessEnv = process.env): { script: string; shell: 'bash' | 'sh' } | undefined {
  if (env.ORCH_HOOK_SH === '0' || process.platform === 'win32') return undefined;
  if (!checked) {
    const script = distScript('hook.sh');
    const key = checkKey(script, env);
    const known = key ? remembered(key) : undefined;
    if (known) checked = { script: known.ok ? script : undefined, shell: known.shell };
    else {
      const ok = existsSync(script) && writesNodeLines(script, 'sh');
      checked = { script: ok ? script : undefined, shell: ok && findExecutable('bash', env) && writesNodeLines(script, 'bash') ? 'bash' : 'sh' };
      if (key) remember(key, { ok, shell: checked.shell });
    }
  }
  return checked.script ? { script: checked.script, shell: checked.shell } : undefined;
}

/**
 * What the check's answer depends on: hook.sh's text and the sh, bash, awk and date it would run (path, size, time).
 * The answer is kept under that key (in the user's cache folder): every orch process that starts workers would
 * otherwise run the probes again, about 70 ms of forks each.
 */
function checkKey(script: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const h = createHash('sha256').update(readFileSync(script));
    for (const tool of ['sh', 'bash', 'awk', 'date']) {
      const exe = findExecutable(tool, env);
      const st = exe ? statSync(exe) : undefined;
      h.update(`\0${tool}\0${exe ?? ''}\0${st?.size ?? ''}\0${st?.mtimeMs ?? ''}\0${st?.ino ?? ''}`);
    }
    return h.digest('hex');
  } catch {
    return undefined;
  }
}

const cacheFile = () => path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'orch', 'hook-sh-check.json');

function remembered(key: string): { ok: boolean; shell: 'bash' | 'sh' } | undefined {
  try {
    const v = (JSON.parse(readFileSync(cacheFile(), 'utf8')) as Record<string, { ok: boolean; shell: 'bash' | 'sh' }>)[key];
    return v && typeof v.ok === 'boolean' && (v.shell === 'bash' || v.shell === 'sh') ? v : undefined;
  } catch {
    return undefined;
  }
}

function remember(key: string, v: { ok: boolean; shell: 'bash' | 'sh' }): void {
  try {
    const file = cacheFile();
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    // One entry: the machine's tools and this orch's hook.sh, as they are now.
    writeFileSync(tmp, `${JSON.stringify({ [key]: v })}\n`);
    renameSync(tmp, file);
  } catch {
    /* not kept: checked again next time */
  }
}

function writesNodeLines(script: string, shell: 'bash' | 'sh'): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-hook-probe-'));
  try {
    return PROBES.every(([event, payload], i) => {
      const viaSh = path.join(dir, `sh-${i}.jsonl`);
      const r = spawnSync(shell, [script, event, viaSh], { input: JSON.stringify(payload), encoding: 'utf8', timeout: 5000 });
      return r.status === 0 && existsSync(viaSh) && sameAsNodeHook(event, payload, readFileSync(viaSh, 'utf8'));
    });
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same check for a copy of hook.sh elsewhere (an SSH host): `run` feeds it one probe payload and returns the line
 * it wrote, or undefined when it failed.
 */
export async function shHookWritesNodeLines(run: (event: string, stdin: string) => Promise<string | undefined>): Promise<boolean> {
  for (const [event, payload] of PROBES) {
    const line = await run(event, JSON.stringify(payload)).catch(() => undefined);
    if (line === undefined || !sameAsNodeHook(event, payload, line)) return false;
  }
  return true;
}

/** Whether `shLine` is the line the Node hook writes for this payload, but for its time (a well-formed one). */
function sameAsNodeHook(event: string, payload: Record<string, unknown>, shLine: string): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-hook-node-'));
  try {
    const viaNode = path.join(dir, 'node.jsonl');
    runHook(event, ['--events', viaNode], JSON.stringify(payload), {});
    const { at, ...sh } = JSON.parse(shLine) as Record<string, unknown>;
    const { at: _, ...node } = JSON.parse(readFileSync(viaNode, 'utf8')) as Record<string, unknown>;
    return typeof at === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at) && JSON.stringify(sh) === JSON.stringify(node);
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
