import path from 'node:path';
import http from 'node:http';
import { PassThrough } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, type TestProject } from './support/project.js';
import { startWebDashboard, type WebDashboard } from '../src/flows/watch/web/server.js';
import { sseFrame } from '../src/flows/watch/web/sse.js';
import { screenHtml } from '../src/flows/watch/web/screen-html.js';
import { buildSnapshot, webBase } from '../src/flows/watch/web/facts.js';
import type { ProjectFacts } from '../src/flows/watch/inspect.js';
import type { DashRow } from '../src/core/dashboard.js';
import { workerJson } from '../src/core/worker-json.js';
import { Output } from '../src/output.js';
import type { Ctx } from '../src/context.js';

/** One HTTP request with full control of the headers (fetch will not set Host). */
function request(url: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: o.method ?? 'GET', headers: o.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

/** Reads server-sent events until `until` accepts one; returns every frame read. */
function readEvents(url: string, until: (event: string, data: string) => boolean, timeoutMs = 15_000): Promise<{ raw: string; events: Array<{ event: string; data: string }> }> {
  return new Promise((resolve, reject) => {
    let raw = '';
    const events: Array<{ event: string; data: string }> = [];
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`));
    }, timeoutMs);
    const req = http.get(url, (res) => {
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        raw += c;
        const blocks = raw.split('\n\n');
        events.length = 0;
        for (const b of blocks.slice(0, -1)) {
          const ev = /^event: (.*)$/m.exec(b)?.[1];
          if (!ev) continue;
          const data = [...b.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join('\n');
          events.push({ event: ev, data });
        }
        if (events.some((e) => until(e.event, e.data))) {
          clearTimeout(timer);
          req.destroy();
          resolve({ raw, events });
        }
      });
    });
    req.on('error', () => undefined);
  });
}

describe('dash --web: pure parts', () => {
  it.each([
    ['plain', 'state', '{"a":1}', 'event: state\ndata: {"a":1}\n\n'],
    ['every line its own data field', 'screen', 'a\nb\r\nc', 'event: screen\ndata: a\ndata: b\ndata: c\n\n'],
    ['no newline in the event name', 'st\nate', 'x', 'event: state\ndata: x\n\n'],
  ])('sseFrame: %s', (_what, event, data, frame) => {
    expect(sseFrame(event, data)).toBe(frame);
  });

  it('screenHtml escapes hostile terminal text and keeps its colours', () => {
    const html = screenHtml('\u001b[31m<script>alert(1)</script>\u001b[0m & "q" \u001b]8;;javascript:alert(2)\u001b\\link\u001b]8;;\u001b\\\n<img src=x onerror=alert(3)>\n\n   \n');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(html).toMatch(/<span style="color:rgb\(187,0,0\)">/);
    expect(html).not.toMatch(/<script|<img|<a |javascript:/i);
    expect(html.endsWith('\n')).toBe(false); // trailing blank lines dropped
  });

  it('buildSnapshot: dash rows plus git facts, PR link and queue; fields it does not know pass through', () => {
    const rec = { version: 1 as const, name: 'w1', kind: 'issue' as const, branch: 'fix/12-x', base: 'main', worktree: '/x', session: 's', window: 'w1', mux: 'tmux' as const, issue: 12, title: 'Fix it', created: '2026-01-01T00:00:00Z', links: [], pr: 7 };
    const facts = {
      workers: [{ rec, window: { session: 's', name: 'w1', id: '@1', dead: false, deadStatus: undefined, pid: 1, command: 'claude' }, worktreeExists: true, events: [{ at: '2026-01-01T00:01:00Z', event: 'Stop', message: 'All done.' }], screen: undefined, rawScreen: undefined, git: { uncommitted: 2, ahead: 3, behind: 1 }, state: { state: 'idle' as const, reason: 'turn over' } }],
      zombies: [], orphans: [], missing: [], windows: [], worktrees: [],
    } as unknown as ProjectFacts;
    const row: DashRow = {
      ...workerJson(facts.workers[0]!, { collisions: [{ with: 'w2', file: 'src/a.ts', lines: [{ start: 3, end: 4 }] }] }),
      cost: { tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, total: 0 }, models: {}, turns: 0, wallMs: 0, usd: 1.25, unpricedModels: [] },
      lastActivity: '2026-01-01T00:01:00Z',
      tool: null,
    };
    const batch = { version: 1 as const, id: 'b1', created: '2026-01-01T00:00:00Z', command: 'start-issues', members: ['w1', 'q1'], queue: [{ name: 'q1', kind: 'issue' as const, issue: 13, branch: 'fix/13-y', base: 'main', brief: '', dependsOn: ['w1'], stopOnError: false }], cancelled: [], closed: [] };
    const snap = buildSnapshot({ project: 'p', facts, rows: [row], prs: new Map([[7, { url: 'https://github.com/o/r/pull/7', state: 'OPEN', ci: 'PASSING', review: 'APPROVED' }]]), batches: [batch], githubRepo: 'o/r', githubApiUrl: 'https://api.github.com', now: 0 });
    // The row is the shared worker vocabulary; the PR cache fills the PR fields this refresh did not ask GitHub for.
    expect(snap.workers[0]).toMatchObject({ name: 'w1', host: 'local', symbol: '○', ahead: 3, behind: 1, uncommitted: { count: 2, files: null }, window: { name: 'w1', alive: true }, state: { name: 'idle', reason: 'turn over', since: '2026-01-01T00:01:00Z' }, pr: { number: 7, url: 'https://github.com/o/r/pull/7', state: 'OPEN', ci: 'PASSING', review: 'APPROVED' }, lastReply: 'All done.', cost: { usd: 1.25 }, collisions: [{ with: 'w2', file: 'src/a.ts', lines: [{ start: 3, end: 4 }], whole: false }] });
    expect(snap.queue).toEqual([{ name: 'q1', batch: 'b1', issue: 13, reason: 'waits for w1' }]);
    expect(snap.batches).toEqual([{ id: 'b1', command: 'start-issues', members: 2, live: 1, queued: 1, closed: 0, cancelled: 0 }]);
    expect(snap.totals).toMatchObject({ workers: 1, states: { idle: 1, working: 0 } });
  });

  it.each([
    ['https://api.github.com', 'https://github.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com'],
  ])('webBase(%s) is %s', (api, web) => expect(webBase(api)).toBe(web));
});

describe('dash --web: the server', () => {
  let tp: TestProject;
  let web: WebDashboard;
  let origin = '';
  let log = '';
  const secret = `ghp_${'A1b2C3d4'.repeat(5)}`;
  const saved = process.env.GITHUB_TOKEN;

  beforeAll(async () => {
    process.env.GITHUB_TOKEN = secret;
    tp = await makeTestProject({ worker: 'none' });
    // A "worker" whose terminal prints hostile text with colours, and a token.
    const script = path.join(tp.root, 'evil.sh');
    writeFileSync(script, `printf '\\033[31m<script>alert(1)</script>\\033[0m <b>bold</b> token=${secret}\\n'; sleep 600\n`);
    const r = await tp.tmux(['new-session', '-d', '-s', 'orchtest', '-n', 'evil', '-x', '120', '-y', '20', 'sh', script]);
    expect(r.code, r.stderr).toBe(0);
    const project = await tp.project();
    project.registry.putWorker({ version: 1, name: 'evil', kind: 'task', branch: 'feature/evil', base: 'main', worktree: path.join(tp.worktrees, 'evil'), session: 'orchtest', window: 'evil', mux: 'tmux', title: '<img src=x onerror=alert(1)>', created: new Date().toISOString(), links: [] });
    const stderr = new PassThrough();
    stderr.on('data', (c) => (log += String(c)));
    const ctx: Ctx = { cwd: tp.repo, configFile: undefined, json: false, verbose: false, env: process.env, out: new Output(new PassThrough(), stderr) };
    web = await startWebDashboard(ctx, project, { port: 0, screenEveryMs: 100 });
    origin = `http://127.0.0.1:${web.port}`;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.GITHUB_TOKEN;
    else process.env.GITHUB_TOKEN = saved;
    await web?.close();
    await tp?.cleanup();
  });

  it('listens on 127.0.0.1 only and prints a URL with a 64-hex-digit token', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it.each([
    ['/', undefined],
    ['/assets/app.js', undefined],
    ['/api/state', undefined],
    ['/api/events', undefined],
    ['/', '0'.repeat(64)],
    ['/', 'short'],
  ])('GET %s with token %s: 401', async (p, token) => {
    const r = await request(`${origin}${p}${token ? `?token=${token}` : ''}`);
    expect(r.status).toBe(401);
    expect(r.body).not.toContain(web.token);
  });

  it('serves the page with its token and a strict content security policy', async () => {
    const r = await request(web.url);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.body).toContain(`/assets/app.js?token=${web.token}`);
    const js = await request(`${origin}/assets/app.js`, { headers: { 'x-orch-token': web.token } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await request(`${origin}/assets/..%2Fpackage.json?token=${web.token}`)).status).toBe(404);
  });

  it('refuses a POST from another origin, without an Origin, or to a non-loopback Host (403)', async () => {
    const post = (headers: Record<string, string>) => request(`${origin}/api/workers/evil/send?token=${web.token}`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: '{"text":"hi"}' });
    expect((await post({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await request(`${origin}/api/state?token=${web.token}`, { headers: { host: `rebind.example:${web.port}` } })).status).toBe(403);
    expect(log).toMatch(/web: refused POST \/api\/workers\/evil\/send \(403: origin "http:\/\/evil\.example" is not this page's\)/);
    expect(log).not.toContain(web.token); // the query is never logged
  });

  it('same-origin actions reach the flows and report their refusals; there is no merge', async () => {
    const post = (p: string, body = '{}') => request(`${origin}${p}`, { method: 'POST', headers: { 'x-orch-token': web.token, origin, 'content-type': 'application/json' }, body });
    const nobody = await post('/api/workers/nobody/send', '{"text":"hi"}');
    expect(nobody.status).toBe(404);
    expect(JSON.parse(nobody.body).error).toMatchObject({ code: 'usage', message: 'no worker named nobody' });
    const notPrompt = await post('/api/workers/evil/approve');
    expect(notPrompt.status).toBe(409);
    expect(JSON.parse(notPrompt.body).error.message).toMatch(/evil is not showing a permission prompt/);
    expect((await post('/api/workers/evil/merge')).status).toBe(404);
    expect((await post('/api/workers/evil/send', '[1]')).status).toBe(400);
  });

  it('streams the state and the terminal as server-sent events, escaped and without the token', async () => {
    const { raw, events } = await readEvents(`${origin}/api/events?token=${web.token}`, (e, d) => e === 'screen' && d.includes('alert'));
    expect(raw.startsWith('retry: 1000\n\n')).toBe(true);
    const state = JSON.parse(events.find((e) => e.event === 'state')!.data);
    expect(state.workers.map((w: { name: string; host: string; branch: string }) => [w.name, w.host, w.branch])).toEqual([['evil', 'local', 'feature/evil']]);
    expect(state.workers[0].title).toBe('<img src=x onerror=alert(1)>'); // data, rendered with textContent by the page
    const screen = JSON.parse(events.find((e) => e.event === 'screen')!.data) as { name: string; html: string };
    expect(screen.name).toBe('evil');
    expect(screen.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(screen.html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(screen.html).toMatch(/<span style="color:rgb\(/);
    expect(screen.html).not.toMatch(/<script|<b>/);
    expect(raw).not.toContain(secret);
    expect(screen.html).toContain('token=***');
  });

  it('sends a new state within a second of a hook event', async () => {
    const file = (await tp.project()).registry.eventsFile('evil');
    let at = '';
    const got = readEvents(`${origin}/api/events?token=${web.token}`, (e, d) => e === 'state' && !!at && d.includes(at));
    await new Promise((r) => setTimeout(r, 300));
    at = new Date().toISOString();
    const t0 = Date.now();
    writeFileSync(file, `${JSON.stringify({ at, event: 'UserPromptSubmit' })}\n`, { flag: 'a' });
    await got;
    expect(Date.now() - t0).toBeLessThan(1000);
    await waitFor(async () => JSON.parse((await request(`${origin}/api/state?token=${web.token}`)).body).workers[0].state.name === 'working', 5000, 'working');
  });
});
