// The guard server answers a worker's Bash calls for dist/hook.sh in place of a Node start: the same verdict, the
// same stderr, the same event line as the Node hook, and whenever it does not answer, the Node hook decides (and
// starts it again). Real processes: sh, curl, the built server and hook, a UNIX socket.
import path from 'node:path';
import os from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/project.js';
import { waitFor } from './support/project.js';
import { GUARD_CASES, GUARD_CASE_CONFIG } from './support/guard-cases.js';
import { runHook } from '../src/hook.js';
import { guardVerdict } from '../src/core/guard.js';

const DIST = path.join(REPO_ROOT, 'dist');
const HOOK_SH = path.join(DIST, 'hook.sh');
const NODE_HOOK = [process.execPath, path.join(DIST, 'hook.mjs')];
/** A guard command that cannot run: a call it decides proves the server answered. */
const NO_NODE = ['/nonexistent/node'];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) {
    const pid = Number(readFileSafe(path.join(d, 'guard-server.pid')));
    if (pid) try { process.kill(pid); } catch { /* gone */ }
    rmSync(d, { recursive: true, force: true });
  }
});
function readFileSafe(f: string): string {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return '';
  }
}

/** A registry folder as orch lays it out: guard.json beside events/. */
function registry(): { dir: string; events: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-gs-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'events'));
  writeFileSync(path.join(dir, 'guard.json'), JSON.stringify(GUARD_CASE_CONFIG));
  return { dir, events: path.join(dir, 'events', 'w.jsonl') };
}
const payload = (command: string) => JSON.stringify({ session_id: 's-1', transcript_path: '/t/s-1.jsonl', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });
const hookSh = (events: string, command: string, guard: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync('/bin/sh', [HOOK_SH, 'PreToolUse', events, ...guard], { input: payload(command), encoding: 'utf8', env });
const lines = (f: string) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const withoutTime = ({ at: _, ...rest }: Record<string, unknown>) => rest;
const serving = (dir: string) => waitFor(() => existsSync(path.join(dir, 'guard.sock')) && existsSync(path.join(dir, 'guard-server.pid')) && existsSync(path.join(dir, 'guard.tcp')) || undefined, 10_000, 'the guard server listening');
/** A PATH holding sh's helpers and only the named programs: which door hook.sh can use is then known. */
function pathWith(...tools: string[]): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'orch-bin-'));
  dirs.push(bin);
  for (const tool of ['date', 'cat', 'awk', ...tools]) symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), path.join(bin, tool));
  return bin;
}

describe('the guard server', () => {
  it('is started by the first Bash call and then decides every call as the Node hook does: exit code, stderr, event line', async () => {
    const viaServer = registry();
    const viaNode = registry();
    // No server yet: the Node hook decides and starts one.
    const first = hookSh(viaServer.events, 'git push origin HEAD:main', NODE_HOOK);
    expect(first.status).toBe(2);
    await serving(viaServer.dir);
    for (const [command] of GUARD_CASES) {
      const s = hookSh(viaServer.events, command, NO_NODE);
      // The Node hook's own code, in this process.
      const n = runHook('PreToolUse', ['--events', viaNode.events], payload(command), {}, guardVerdict);
      expect({ code: s.status, stderr: s.stderr }, command).toEqual({ code: n.code, stderr: n.stderr ?? '' });
    }
    const [, ...served] = lines(viaServer.events);
    expect(served.map(withoutTime)).toEqual(lines(viaNode.events).map(withoutTime));
    expect(served.filter((l) => l.blocked)).toHaveLength(GUARD_CASES.filter(([, rule]) => rule).length);
    // The socket is the user's alone.
    expect(spawnSync('stat', ['-c', '%a', path.join(viaServer.dir, 'guard.sock')], { encoding: 'utf8' }).stdout.trim()).toBe('700');
  });

  it('answers the same through either door: bash on its loopback port (no curl), curl on its socket (no bash)', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const viaNode = registry();
    const doors = { tcp: { ...process.env, PATH: pathWith('bash') }, socket: { ...process.env, PATH: pathWith('curl') } };
    for (const [command] of GUARD_CASES) {
      const n = runHook('PreToolUse', ['--events', viaNode.events], payload(command), {}, guardVerdict);
      for (const [door, env] of Object.entries(doors)) {
        // NO_NODE: a call the server did not decide would be blocked with "the guard could not run".
        const s = hookSh(r.events, command, NO_NODE, env);
        expect({ code: s.status, stderr: s.stderr }, `${door}: ${command}`).toEqual({ code: n.code, stderr: n.stderr ?? '' });
      }
    }
    expect(lines(r.events)).toHaveLength(1 + 2 * GUARD_CASES.length);
  });

  it('run by bash, hook.sh hands every event to it: the Node hook\'s lines and verdicts, with no date, awk, curl or Node', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const viaNode = registry();
    // bash alone on PATH: a line written any other way than by the server would be missing.
    const onlyBash = mkdtempSync(path.join(os.tmpdir(), 'orch-bin-'));
    dirs.push(onlyBash);
    symlinkSync(spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim(), path.join(onlyBash, 'bash'));
    const events: Array<[string, Record<string, unknown>]> = [
      ['SessionStart', { session_id: 's-1', transcript_path: '/t/s-1.jsonl', source: 'startup' }],
      ['UserPromptSubmit', { session_id: 's-1', transcript_path: '/t/s-1.jsonl', prompt: 'Read the brief' }],
      ['PreToolUse', JSON.parse(payload('git push origin HEAD:main')) as Record<string, unknown>],
      ['PreToolUse', JSON.parse(payload('npm test')) as Record<string, unknown>],
      ['PostToolUse', { session_id: 's-1', tool_name: 'Bash', tool_input: { command: 'npm test' }, tool_response: { stdout: `${'ok \u00e9 "q"\n'.repeat(3000)}` } }],
      ['Stop', { session_id: 's-1', last_assistant_message: 'Done.\nWORKTREE_STATUS: COMPLETE\n  REASON: ok' }],
    ];
    for (const [event, body] of events) {
      const s = spawnSync(path.join(onlyBash, 'bash'), [HOOK_SH, event, r.events, ...NO_NODE], { input: JSON.stringify(body), encoding: 'utf8', env: { ...process.env, PATH: onlyBash } });
      const n = runHook(event, ['--events', viaNode.events], JSON.stringify(body), {}, guardVerdict);
      expect({ code: s.status, stderr: s.stderr }, event).toEqual({ code: n.code, stderr: n.stderr ?? '' });
    }
    const [, ...served] = lines(r.events);
    expect(served.map(withoutTime)).toEqual(lines(viaNode.events).map(withoutTime));
  });

  it('takes Claude Code\'s HTTP hooks on its loopback door: the Node hook\'s line, `{}` to go on, a blocked Bash call denied', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const viaNode = registry();
    const [port, key] = readFileSync(path.join(r.dir, 'guard.tcp'), 'utf8').trim().split(' ');
    const post = (event: string, body: string, headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/orch-hook/${event}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const events: Array<[string, Record<string, unknown>]> = [
      ['SessionStart', { session_id: 's-1', transcript_path: '/t/s-1.jsonl', source: 'startup' }],
      ['UserPromptSubmit', { session_id: 's-1', transcript_path: '/t/s-1.jsonl', prompt: 'Read the brief' }],
      ['PreToolUse', { session_id: 's-1', tool_name: 'Write', tool_input: { file_path: 'src/a.js', content: 'x' } }],
      ['PostToolUse', { session_id: 's-1', tool_name: 'Bash', tool_input: { command: 'npm test' }, tool_response: { stdout: `${'ok \u00e9 "q"\n'.repeat(3000)}` } }],
      ['Notification', { session_id: 's-1', notification_type: 'idle_prompt', message: 'Claude is waiting for your input' }],
      ['Stop', { session_id: 's-1', last_assistant_message: 'Done.\nWORKTREE_STATUS: COMPLETE\n  REASON: ok' }],
    ];
    for (const [event, body] of events) {
      const res = await post(event, JSON.stringify(body), { 'x-orch-key': key!, 'x-orch-events': r.events });
      expect({ status: res.status, body: await res.json() }, event).toEqual({ status: 200, body: {} });
      runHook(event, ['--events', viaNode.events], JSON.stringify(body), {}, guardVerdict);
    }
    const [, ...served] = lines(r.events);
    expect(served.map(withoutTime)).toEqual(lines(viaNode.events).map(withoutTime));
    // orch never sends a Bash call's PreToolUse this way (that stays hook.sh, which fails closed); one that came would be denied.
    const bash = await post('PreToolUse', payload('git push origin HEAD:main'), { 'x-orch-key': key!, 'x-orch-events': r.events });
    const denied = (await bash.json()) as { hookSpecificOutput: Record<string, string> };
    expect(denied.hookSpecificOutput).toMatchObject({ hookEventName: 'PreToolUse', permissionDecision: 'deny' });
    expect(denied.hookSpecificOutput.permissionDecisionReason).toMatch(/^orch guard: blocked\. push-base:/);
    // Only with the key, and only into this registry's events files.
    const before = readFileSync(r.events, 'utf8');
    expect((await post('Stop', '{}', { 'x-orch-events': r.events })).status).toBe(403);
    const elsewhere = path.join(os.tmpdir(), `orch-gs-http-${process.pid}.jsonl`);
    expect((await post('Stop', '{}', { 'x-orch-key': key!, 'x-orch-events': elsewhere })).status).toBe(400);
    expect((await post('Stop;rm', '{}', { 'x-orch-key': key!, 'x-orch-events': r.events })).status).toBe(400);
    expect(existsSync(elsewhere)).toBe(false);
    expect(readFileSync(r.events, 'utf8')).toBe(before);
  });

  it('keeps its port and keys across restarts while workers are registered, and does not stop idle while one is', async () => {
    const r = registry();
    mkdirSync(path.join(r.dir, 'workers'));
    writeFileSync(path.join(r.dir, 'workers', 'w.json'), '{}');
    const script = path.join(DIST, 'guard-server.mjs');
    const start = () => {
      const child = spawn(process.execPath, [script, r.dir, '--check-ms', '100', '--idle-ms', '300'], { stdio: 'ignore' });
      return new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    };
    const first = start();
    await serving(r.dir);
    const door = readFileSync(path.join(r.dir, 'guard.tcp'), 'utf8');
    const pid = Number(readFileSync(path.join(r.dir, 'guard-server.pid'), 'utf8'));
    await new Promise((res) => setTimeout(res, 1000)); // three idle times
    expect(spawnSync('kill', ['-0', String(pid)]).status).toBe(0);
    process.kill(pid, 'SIGTERM');
    expect(await first).toBe(0);
    expect(readFileSync(path.join(r.dir, 'guard.tcp'), 'utf8')).toBe(door); // the workers' hooks still name it
    // The port still held for a moment when the next one starts (a restart race): it waits for it, not for another.
    const [port, key, proof] = door.trim().split(' ');
    const http = await import('node:http');
    const holder = http.createServer();
    await new Promise<void>((resolve) => holder.listen(Number(port), '127.0.0.1', resolve));
    const second = start();
    await new Promise((res) => setTimeout(res, 600));
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await waitFor(() => (existsSync(path.join(r.dir, 'guard-server.pid')) ? true : undefined), 10_000, 'the server again');
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/alive`, { headers: { 'x-orch-key': key! } }).then((x) => x.text(), () => '')) === `${proof}\n` ? true : undefined), 10_000, 'the server on its old port');
    expect(readFileSync(path.join(r.dir, 'guard.tcp'), 'utf8')).toBe(door);
    const alive = await fetch(`http://127.0.0.1:${port}/alive`, { headers: { 'x-orch-key': key! } });
    expect(await alive.text()).toBe(`${proof}\n`);
    // The last worker gone: it stops after its idle time and takes guard.tcp with it.
    rmSync(path.join(r.dir, 'workers', 'w.json'));
    expect(await second).toBe(0);
    expect(existsSync(path.join(r.dir, 'guard.tcp'))).toBe(false);
  });

  it('opens its loopback door only with the key (a command run too), and an impostor on the port is not believed', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const tcpFile = path.join(r.dir, 'guard.tcp');
    expect(spawnSync('stat', ['-c', '%a', tcpFile], { encoding: 'utf8' }).stdout.trim()).toBe('600');
    const [port, key, proof] = readFileSync(tcpFile, 'utf8').trim().split(' ');
    const post = (url: string, headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}${url}`, { method: 'POST', headers: { 'x-orch-events': r.events, ...headers }, body: payload('ls') });
    expect((await post('/PreToolUse', {})).status).toBe(403);
    expect((await post('/PreToolUse', { 'x-orch-key': key!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) })).status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${port}/run`, { method: 'POST', body: `${r.dir}\nfinish\nw\n` })).status).toBe(403);
    const ok = await post('/PreToolUse', { 'x-orch-key': key! });
    expect(await ok.text()).toBe(`${proof}\n0\n`);
    // Another program on the port named in guard.tcp (the server stopped, the port was taken): it says "allow".
    const http = await import('node:http');
    const impostor = http.createServer((_req, res) => res.end('0\n'));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      writeFileSync(tcpFile, `${(impostor.address() as { port: number }).port} ${key} ${proof!.replace(/^./, 'x')}\n`);
      const env = { ...process.env, PATH: pathWith('bash') };
      const blocked = hookSh(r.events, 'git push origin HEAD:main', NODE_HOOK, env);
      expect(blocked.status).toBe(2);
      expect(blocked.stderr).toMatch(/^orch guard: blocked\. push-base:/);
      expect(hookSh(r.events, 'git push origin HEAD:main', NO_NODE, env).status).toBe(2);
    } finally {
      impostor.close();
    }
  });

  it('falls back to the Node hook when it is gone (a socket nobody listens on), which starts it again', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const pid = Number(readFileSync(path.join(r.dir, 'guard-server.pid'), 'utf8'));
    process.kill(pid, 'SIGKILL'); // killed hard: its socket file stays behind
    await waitFor(() => !spawnSync('kill', ['-0', String(pid)]).status ? undefined : true, 5000, 'the server gone');
    expect(existsSync(path.join(r.dir, 'guard.sock'))).toBe(true);
    // Without Node too, nothing is decided: the call is blocked, never let through.
    const none = hookSh(r.events, 'git push origin HEAD:main', NO_NODE);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/The guard could not run \(exit 127\)/);
    const decided = hookSh(r.events, 'git push origin HEAD:main', NODE_HOOK);
    expect(decided.status).toBe(2);
    expect(decided.stderr).toMatch(/^orch guard: blocked\. push-base:/);
    await waitFor(() => Number(readFileSafe(path.join(r.dir, 'guard-server.pid'))) !== pid || undefined, 10_000, 'a new server');
    expect(hookSh(r.events, 'git status', NO_NODE).status).toBe(0);
  });

  it('is not used without curl or bash: every Bash call goes to the Node hook', () => {
    const r = registry();
    const env = { ...process.env, PATH: pathWith() };
    expect(hookSh(r.events, 'git push --mirror origin', NODE_HOOK, env).status).toBe(2);
    expect(hookSh(r.events, 'ls', NODE_HOOK, env).status).toBe(0);
    expect(existsSync(path.join(r.dir, 'guard-server.starting'))).toBe(false);
    expect(existsSync(path.join(r.dir, 'guard.sock'))).toBe(false);
    expect(lines(r.events)).toHaveLength(2);
  });

  it('is not started where its socket path would be too long for a UNIX socket: the Node hook serves every call', async () => {
    const base = registry();
    const deep = path.join(base.dir, 'x'.repeat(90), 'state');
    mkdirSync(path.join(deep, 'events'), { recursive: true });
    writeFileSync(path.join(deep, 'guard.json'), JSON.stringify(GUARD_CASE_CONFIG));
    const events = path.join(deep, 'events', 'w.jsonl');
    expect(hookSh(events, 'git push origin HEAD:main', NODE_HOOK).status).toBe(2);
    expect(hookSh(events, 'ls', NODE_HOOK).status).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(path.join(deep, 'guard-server.starting'))).toBe(false);
    expect(existsSync(path.join(deep, 'guard.sock'))).toBe(false);
    expect(lines(events)).toHaveLength(2);
  });

  it('writes only to its own registry\'s events files', async () => {
    const r = registry();
    hookSh(r.events, 'ls', NODE_HOOK);
    await serving(r.dir);
    const elsewhere = path.join(os.tmpdir(), `orch-gs-elsewhere-${process.pid}.jsonl`);
    for (const target of [elsewhere, path.join(r.dir, 'events', '..', 'guard.json'), path.join(r.dir, 'w.jsonl')]) {
      const c = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '--unix-socket', path.join(r.dir, 'guard.sock'), '-H', `x-orch-events: ${target}`, '--data-binary', payload('ls'), 'http://orch/PreToolUse'], { encoding: 'utf8' });
      expect(c.stdout, target).toBe('400');
    }
    expect(existsSync(elsewhere)).toBe(false);
    expect(JSON.parse(readFileSync(path.join(r.dir, 'guard.json'), 'utf8'))).toEqual(GUARD_CASE_CONFIG);
  });

  it('exits after its idle time, when its registry is gone, and when its own file changes (an upgrade)', async () => {
    const start = (dir: string, script: string, ...args: string[]) => {
      const child = spawn(process.execPath, [script, dir, '--check-ms', '100', ...args], { stdio: 'ignore' });
      return new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    };
    const script = path.join(DIST, 'guard-server.mjs');
    const idle = registry();
    const idleExit = start(idle.dir, script, '--idle-ms', '300');
    await serving(idle.dir);
    expect(await idleExit).toBe(0);
    expect(existsSync(path.join(idle.dir, 'guard.sock'))).toBe(false);

    const gone = registry();
    const goneExit = start(gone.dir, script);
    await serving(gone.dir);
    rmSync(gone.dir, { recursive: true, force: true });
    expect(await goneExit).toBe(0);

    // A copy of the server, changed on disk while it runs: it answers 503 and exits; hook.sh falls back to Node.
    const upgraded = registry();
    const copy = path.join(upgraded.dir, 'guard-server.mjs');
    copyFileSync(script, copy);
    const upgradedExit = start(upgraded.dir, copy, '--check-ms', '60000');
    await serving(upgraded.dir);
    expect(hookSh(upgraded.events, 'ls', NO_NODE).status).toBe(0);
    const door = readFileSync(path.join(upgraded.dir, 'guard.tcp'), 'utf8');
    const oldPid = readFileSync(path.join(upgraded.dir, 'guard-server.pid'), 'utf8');
    // A connection kept open, as Claude Code keeps its HTTP hooks' (fetch pools it): the hand-over must not wait on it.
    const [port, key, proof] = door.trim().split(' ');
    const alive = async () => (await fetch(`http://127.0.0.1:${port}/alive`, { headers: { 'x-orch-key': key! } })).text();
    expect(await alive()).toBe(`${proof}\n`);
    appendFileSync(copy, '\n// a newer version\n');
    const after = hookSh(upgraded.events, 'git push origin HEAD:main', NODE_HOOK);
    expect(after.status).toBe(2);
    expect(await upgradedExit).toBe(0);
    // It handed over: the new code listens on the same port with the same keys (workers' HTTP hooks name them).
    await waitFor(() => (readFileSafe(path.join(upgraded.dir, 'guard-server.pid')) && readFileSafe(path.join(upgraded.dir, 'guard-server.pid')) !== oldPid ? true : undefined), 10_000, 'the new server');
    expect(readFileSync(path.join(upgraded.dir, 'guard.tcp'), 'utf8')).toBe(door);
    await waitFor(async () => ((await alive().catch(() => '')) === `${proof}\n` ? true : undefined), 10_000, 'the new server on the same port');
    expect(hookSh(upgraded.events, 'ls', NO_NODE).status).toBe(0);
  });
});
