import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quote } from 'shell-quote';
import { makeTestProject, REPO_ROOT, waitFor, type TestProject } from './support/project.js';
import { portOffset } from '../src/core/ports.js';
import { canBind } from '../src/adapters/ports.js';
import { groupMembers, procInfo } from '../src/adapters/processes.js';
import { serverSummary } from '../src/flows/server/server-state.js';

/**
 * `orch server` and `orch kill-port` with real processes on real ports of 127.0.0.1. The dev server is a tiny
 * node script (test/fixtures/dev-server/server.mjs) that listens on $PORT and starts a child, as real ones do.
 */

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'dev-server', 'server.mjs');
let tp: TestProject;
let base: number;
/** These tests run the CLI a dozen times each; on a loaded two-core machine that can pass a minute. */
const HEAVY = 150_000;
const foreign: ChildProcess[] = [];

/** A base whose whole block base..base+49 is free right now, away from the ports other tests use. */
async function freeBlock(): Promise<number> {
  for (let tries = 0; tries < 50; tries++) {
    const b = 20_000 + Math.floor(Math.random() * 800) * 50;
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => canBind(b + i)));
    if (all.every(Boolean)) return b;
  }
  throw new Error('no free port block found');
}

function config(mode: 'serve' | 'never-ready', readyTimeoutSec = 20) {
  return { devServer: { port: base, backendPort: base + 100, cmd: [process.execPath, FIXTURE, mode], readyTimeoutSec } };
}

beforeEach(async () => {
  base = await freeBlock();
  tp = await makeTestProject();
  tp.writeConfig({ ...tp.raw, ...config('serve') });
});
afterEach(async () => {
  // Stop whatever a failed test left running, then the foreign listeners we started ourselves.
  const project = await tp.project();
  for (const rec of project.registry.listWorkers()) for (const s of rec.server ?? []) for (const m of await groupMembers(s.pid)) process.kill(m.pid, 'SIGKILL');
  for (const c of foreign.splice(0)) c.kill('SIGKILL');
  await tp.cleanup();
});

async function start(name: string): Promise<string> {
  const r = await tp.orch(['start', name, '--task', `task ${name}`, '--no-launch']);
  expect(r.code, r.stderr).toBe(0);
  return path.join(tp.worktrees, name);
}

async function get(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/`);
  return res.text();
}

function listenForeign(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => s.end('foreign')).listen(${port}, '127.0.0.1', () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  foreign.push(child);
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}

describe('orch server', () => {
  it('gives two worktrees two stable ports; both answer; check reports UP and the owner; list can show the URL', async () => {
    const [a, b] = ['alpha', 'beta'];
    expect(portOffset(a)).not.toBe(portOffset(b));
    const wtA = await start(a);
    const wtB = await start(b);
    const ra = await tp.orch(['server', 'start', a, '--json']);
    expect(ra.code, ra.stderr).toBe(0);
    const rb = await tp.orch(['server', 'start', b, '--json']);
    expect(rb.code, rb.stderr).toBe(0);
    const sa = JSON.parse(ra.stdout).servers[0];
    const sb = JSON.parse(rb.stdout).servers[0];
    expect(sa).toMatchObject({ part: 'frontend', state: 'UP', port: base + portOffset(a), owner: 'this worktree', url: `http://localhost:${base + portOffset(a)}/` });
    expect(sb.port).toBe(base + portOffset(b));
    expect(await get(sa.port)).toBe(`hello from ${wtA} on ${sa.port}\n`);
    expect(await get(sb.port)).toBe(`hello from ${wtB} on ${sb.port}\n`);
    expect(readFileSync(sa.log, 'utf8')).toContain(`listening on ${sa.port}`);
    expect(sa.log.startsWith(path.join(tp.repo, '.git', 'session-orchestrator', 'logs'))).toBe(true);

    const again = await tp.orch(['server', 'start', a, '--json']);
    expect(JSON.parse(again.stdout).servers[0]).toMatchObject({ pid: sa.pid, note: 'already running' });

    const check = await tp.orch(['server', 'check', a]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`frontend\\s+UP\\s+http://localhost:${sa.port}/\\s+${sa.pid}\\s+this worktree`));
    const recA = (await tp.project()).registry.getWorker(a)!;
    expect(serverSummary(recA)).toBe(`http://localhost:${sa.port}/`);

    for (const args of [['server', 'stop', a], ['server', 'stop', b]]) expect((await tp.orch(args)).code).toBe(0);
    for (const p of [sa.port, sb.port]) expect(await canBind(p)).toBe(true);
  }, HEAVY);

  it('the main checkout uses the base port; without a name the checkout you stand in is meant; a hash clash is reported, not dodged', async () => {
    const a = 'alpha';
    const wtA = await start(a);
    const sa = JSON.parse((await tp.orch(['server', 'start', a, '--json'])).stdout).servers[0];
    const main = await tp.orch(['server', 'start', '--json']);
    expect(main.code, main.stderr).toBe(0);
    expect(JSON.parse(main.stdout)).toMatchObject({ name: 'main checkout', servers: [{ port: base, state: 'UP' }] });
    expect(await get(base)).toBe(`hello from ${tp.repo} on ${base}\n`);
    mkdirSync(path.join(wtA, 'src'));
    expect(JSON.parse((await tp.orch(['server', 'check', '--json'], { cwd: tp.repo })).stdout)).toMatchObject({ name: 'main checkout', servers: [{ port: base, owner: 'this worktree' }] });
    expect(JSON.parse((await tp.orch(['server', 'check', '--json'], { cwd: path.join(wtA, 'src') })).stdout)).toMatchObject({ name: a, servers: [{ port: sa.port }] });

    // Two names can hash to the same offset: the second is told whose server holds the port, not given another silently.
    expect(portOffset('w41')).toBe(portOffset(a));
    await start('w41');
    const clash = await tp.orch(['server', 'start', 'w41']);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`w41 frontend: port ${sa.port} is taken by the frontend server of ${a} (pid ${sa.pid}`);
    expect(JSON.parse((await tp.orch(['server', 'check', 'w41', '--json'])).stdout).servers[0]).toMatchObject({ owner: 'another worktree', ownerName: a, pid: sa.pid, state: 'UP' });

    for (const args of [['server', 'stop', a], ['server', 'stop']]) expect((await tp.orch(args)).code).toBe(0);
    for (const p of [base, sa.port]) expect(await canBind(p)).toBe(true);
  }, HEAVY);

  it('reports a foreign listener on the worktree port with its pid and never kills it (until kill-port --force)', async () => {
    await start('gamma');
    const port = base + portOffset('gamma');
    const other = await listenForeign(port);
    const r = await tp.orch(['server', 'start', 'gamma']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`port ${port} is taken by pid ${other.pid}`);
    expect(r.stderr).toContain('--next-free');

    const check = JSON.parse((await tp.orch(['server', 'check', 'gamma', '--json'])).stdout).servers[0];
    expect(check).toMatchObject({ port, state: 'UP', owner: 'foreign', pid: other.pid });
    expect(check.holder.command).toContain('createServer');

    const stop = await tp.orch(['server', 'stop', 'gamma', '--json']);
    expect(stop.code).toBe(0);
    expect(JSON.parse(stop.stdout).results[0]).toMatchObject({ result: 'not-ours', pid: other.pid });

    const kp = await tp.orch(['kill-port', String(port)]);
    expect(kp.code).toBe(1);
    expect(kp.stderr).toContain(`port ${port} is held by pid ${other.pid}`);
    expect(kp.stderr).toContain('left alone');
    expect(await procInfo(other.pid!)).toBeDefined();
    expect(await get(port)).toBe('foreign');

    // --next-free takes another port of the reserved block, and kill-port may end that one: orch started it.
    const nf = await tp.orch(['server', 'start', 'gamma', '--next-free', '--json']);
    expect(nf.code, nf.stderr).toBe(0);
    const got = JSON.parse(nf.stdout).servers[0];
    expect(got.port).not.toBe(port);
    expect(got.port).toBeGreaterThan(base);
    expect(got.port).toBeLessThanOrEqual(base + 49);
    const ours = await tp.orch(['kill-port', String(got.port), '--json']);
    expect(ours.code, ours.stderr).toBe(0);
    expect(JSON.parse(ours.stdout)).toMatchObject({ result: 'stopped', pid: got.pid });
    expect(await groupMembers(got.pid)).toEqual([]);

    const forced = await tp.orch(['kill-port', String(port), '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    await waitFor(async () => !(await procInfo(other.pid!)), 5000, 'the foreign listener to exit');
    expect(await procInfo(process.pid)).toBeDefined();
  }, HEAVY);

  it('stop ends the whole process group it started and leaves no child behind; close stops servers too', async () => {
    await start('delta');
    const r = await tp.orch(['server', 'start', 'delta', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout).servers[0];
    const child = Number(/child (\d+)/.exec(readFileSync(s.log, 'utf8'))![1]);
    const members = (await groupMembers(s.pid)).map((m) => m.pid);
    expect(members).toEqual(expect.arrayContaining([s.pid, child]));
    expect((await tp.project()).registry.getWorker('delta')!.server).toHaveLength(1);

    const stop = await tp.orch(['server', 'stop', 'delta']);
    expect(stop.code, stop.stderr).toBe(0);
    expect(stop.stdout).toContain(`stopped (process group ${s.pid}`);
    expect(await groupMembers(s.pid)).toEqual([]);
    expect(await procInfo(child)).toBeUndefined();
    expect((await tp.project()).registry.getWorker('delta')!.server).toBeUndefined();
    expect(await canBind(s.port)).toBe(true);
    const twice = await tp.orch(['server', 'stop', 'delta']);
    expect(twice.stdout).toContain('not running');

    const again = JSON.parse((await tp.orch(['server', 'start', 'delta', '--json'])).stdout).servers[0];
    const close = await tp.orch(['close', 'delta']);
    expect(close.code, close.stderr).toBe(0);
    expect(close.stderr).toContain(`stopped the frontend dev server (pid ${again.pid}`);
    expect(await groupMembers(again.pid)).toEqual([]);
  }, HEAVY);

  it('a server that never becomes ready: prints the last 30 log lines and stops it', async () => {
    tp.writeConfig({ ...tp.raw, ...config('never-ready', 2) });
    await start('epsilon');
    const r = await tp.orch(['server', 'start', 'epsilon']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no answer below 500 from http:\/\/localhost:\d+\/ within 2s/);
    expect(r.stderr).toContain('last 30 lines of');
    expect(r.stderr).toContain('log line 40');
    expect(r.stderr).toContain('log line 12\n');
    expect(r.stderr).not.toContain('log line 11\n');
    const [, pid, child] = /pid (\d+) child (\d+)/.exec(r.stderr)!.map(Number);
    expect(await groupMembers(pid!)).toEqual([]);
    expect(await procInfo(child!)).toBeUndefined();
    expect((await tp.project()).registry.getWorker('epsilon')!.server).toBeUndefined();
  });

  it('devServer.cmd as one line runs as arguments without a shell; a line with && is a config error naming the field', async () => {
    tp.writeConfig({ ...tp.raw, devServer: { port: base, cmd: `${quote([process.execPath, FIXTURE])} serve` } });
    const wt = await start('eta');
    const r = await tp.orch(['server', 'start', 'eta', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout).servers[0];
    expect(await get(s.port)).toBe(`hello from ${wt} on ${s.port}\n`);
    expect((await tp.orch(['server', 'stop', 'eta'])).code).toBe(0);

    const marker = path.join(tp.root, 'shell-ran');
    tp.writeConfig({ ...tp.raw, devServer: { port: base, cmd: `${quote([process.execPath, FIXTURE])} serve && touch ${marker}` } });
    const bad = await tp.orch(['server', 'start', 'eta']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('devServer.cmd: expected one command without shell operators (found "&&")');
    expect(existsSync(marker)).toBe(false);
  }, HEAVY);

  it('a command that does not exist is a clear error, and nothing is recorded', async () => {
    tp.writeConfig({ ...tp.raw, devServer: { port: base, cmd: ['/nonexistent/dev-server-binary'] } });
    await start('zeta');
    const r = await tp.orch(['server', 'start', 'zeta']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('could not start /nonexistent/dev-server-binary');
    expect((await tp.project()).registry.getWorker('zeta')!.server).toBeUndefined();
    expect(existsSync(path.join(tp.worktrees, 'zeta'))).toBe(true);
  });
});
