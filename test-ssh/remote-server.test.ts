import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSshTestProject, type SshTestProject } from '../test/support/ssh-project.js';
import { waitFor } from '../test/support/project.js';

// A trivial dev server: answers "ok" on $PORT.
const SERVER = "require('http').createServer((q,s)=>s.end('ok')).listen(process.env.PORT)";

interface Status { part: string; port: number; state: string; pid: number | null; owner: string; log: string | null; note: string | null }

// `orch server start|check|stop` for a worker on an SSH host: the server runs in its worktree there.
describe('dev servers of a worker on an SSH host', () => {
  let tp: SshTestProject;
  const base = 20_000 + Math.floor(Math.random() * 20_000);
  beforeAll(async () => {
    tp = await makeSshTestProject({ worker: 'stand-in' });
    tp.writeConfig({ ...tp.raw, devServer: { port: base, cmd: ['node', '-e', SERVER], readyTimeoutSec: 30 } });
    const r = await tp.orch(['start', 'rs-one', '--host', 'h1', '--task', 'Write a note', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    await waitFor(async () => (await tp.remote(`git -C ${tp.remoteWorktrees}/rs-one log --oneline -1`)).stdout.includes('demo(rs-one)'), 30_000, 'the remote commit');
  });
  afterAll(async () => {
    await tp?.cleanup();
  });

  // Whether a pid runs on the host (a zombie waiting for its reaper counts as gone).
  const runsOnHost = async (pid: number) => !['', 'Z'].includes((await tp.remote(`sed 's/.*) //' /proc/${pid}/stat 2>/dev/null | cut -c1`)).stdout.trim());
  // An HTTP GET on the host (exit 7 when nothing answers).
  const remoteGet = async (port: number) => tp.remote(`node -e ${JSON.stringify(`require('http').get('http://127.0.0.1:${port}/',r=>{let b='';r.on('data',c=>b+=c);r.on('end',()=>{console.log(b);process.exit(0)})}).on('error',()=>process.exit(7))`)}`);

  let started: Status;
  it('start runs the configured command in the worktree on the host and records pid, port, log and host', async () => {
    const r = await tp.orch(['server', 'start', 'rs-one', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    started = JSON.parse(r.stdout).servers[0];
    expect(started.state).toBe('UP');
    expect(started.owner).toBe('this worktree');
    expect(started.port).toBeGreaterThan(base);
    expect(started.note).toBe('on h1');
    const rec = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.find((w: { name: string }) => w.name === 'rs-one');
    expect(rec.server).toEqual([{ part: 'frontend', port: started.port, url: `http://localhost:${started.port}/`, running: true }]);
    // It answers on the host, and runs in the remote worktree.
    expect((await remoteGet(started.port)).stdout).toBe('ok');
    expect((await tp.remote(`readlink /proc/${started.pid}/cwd`)).stdout).toBe(`${tp.remoteWorktrees}/rs-one`);
    // Its log is on the host; a second start says it is already running.
    expect((await tp.remote(`test -f ${started.log}`)).code).toBe(0);
    const again = JSON.parse((await tp.orch(['server', 'start', 'rs-one', '--json'])).stdout).servers[0];
    expect(again.pid).toBe(started.pid);
    expect(again.note).toContain('already running');
  });

  it('check probes the port on the host: UP, ours', async () => {
    const r = await tp.orch(['server', 'check', 'rs-one', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s: Status = JSON.parse(r.stdout).servers[0];
    expect([s.state, s.port, s.pid, s.owner]).toEqual(['UP', started.port, started.pid, 'this worktree']);
  });

  it('stop ends the process group it started; check then says DOWN and the port is free', async () => {
    const r = await tp.orch(['server', 'stop', 'rs-one', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ result: 'stopped', pid: started.pid });
    expect(await runsOnHost(started.pid!)).toBe(false);
    expect((await remoteGet(started.port)).code).toBe(7);
    const c = JSON.parse((await tp.orch(['server', 'check', 'rs-one', '--json'])).stdout).servers[0];
    expect([c.state, c.owner]).toEqual(['DOWN', 'none']);
    const again = JSON.parse((await tp.orch(['server', 'stop', 'rs-one', '--json'])).stdout).results[0];
    expect(again.result).toBe('not-running');
  });

  it('a process on the port that orch did not start is left alone by stop', async () => {
    const pid = Number((await tp.remote(`cd /tmp; PORT=${started.port} setsid node -e ${JSON.stringify(SERVER)} >/dev/null 2>&1 </dev/null & echo $!`)).stdout.trim());
    try {
      await waitFor(async () => (await remoteGet(started.port)).code === 0, 10_000, 'the foreign server');
      const r = JSON.parse((await tp.orch(['server', 'stop', 'rs-one', '--json'])).stdout).results[0];
      expect(r.result).toBe('not-ours');
      const c = JSON.parse((await tp.orch(['server', 'check', 'rs-one', '--json'])).stdout).servers[0];
      expect(c.owner).toBe('foreign');
      const s = await tp.orch(['server', 'start', 'rs-one']);
      expect(s.code).not.toBe(0);
      expect(s.stderr).toContain(`port ${started.port} on h1 is taken`);
      expect((await remoteGet(started.port)).stdout).toBe('ok');
    } finally {
      if (pid > 0) await tp.remote(`kill ${pid}`);
    }
  });

  it('close stops the server on the host before removing the worktree', async () => {
    await waitFor(async () => (await remoteGet(started.port)).code !== 0, 10_000, 'the foreign server gone');
    const s = JSON.parse((await tp.orch(['server', 'start', 'rs-one', '--json'])).stdout).servers[0] as Status;
    expect(s.state).toBe('UP');
    await tp.remote(`git -C ${tp.remoteWorktrees}/rs-one push -q origin feature/rs-one`);
    const c = await tp.orch(['close', 'rs-one', '--json']);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toContain(`stopped the frontend dev server (pid ${s.pid}, port ${s.port} on h1)`);
    expect(await runsOnHost(s.pid!)).toBe(false);
    expect((await remoteGet(s.port)).code).toBe(7);
    expect((await tp.remote(`test -d ${tp.remoteWorktrees}/rs-one`)).code).not.toBe(0);
  });
});
