import path from 'node:path';
import http from 'node:http';
import os from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { execa, type ResultPromise } from 'execa';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, REPO_ROOT, type TestProject } from '../test/support/project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { startWebDashboard } from '../src/flows/watch/web/server.js';
import { Output } from '../src/output.js';
import type { Ctx } from '../src/context.js';

const CHROMIUM = process.env.ORCH_CHROMIUM ?? '/usr/bin/chromium';
// The machine has no network: nothing in the browser may try to reach one.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface HookEvent { at: string; event: string }
const events = (tp: TestProject, name: string): HookEvent[] =>
  readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as HookEvent);

/** alpha answers in text; beta asks to run a Bash command, which raises a real permission prompt. */
const script: ModelScript = (ctx) => {
  if (ctx.prompt.startsWith('PING ')) return { text: `PONG ${ctx.prompt.slice(5)}` };
  if (ctx.prompt.startsWith('SLOW')) return { delayMs: 2500, then: { text: 'Slow reply done.' } };
  if (/[\\/]beta$/.test(ctx.cwd ?? '')) {
    return ctx.step === 0 ? { tool: 'Bash', input: { command: 'echo approved > approved.txt', description: 'write approved.txt' } } : { text: 'Beta went on after approval.' };
  }
  return { text: 'Alpha is ready.' };
};

describe('orch dash --web in a real browser, with two real Claude Code workers', () => {
  let tp: TestProject;
  let dash: ResultPromise;
  let dashErr = '';
  let url = '';
  let context: BrowserContext;
  let page: Page;
  let profile = '';
  const card = (name: string) => page.locator(`.card[data-name="${name}"]`);
  const stateOf = (name: string) => card(name).getAttribute('data-state');

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install chromium (or set ORCH_CHROMIUM)`).toBe(true);
    tp = await makeTestProject({ worker: 'claude', model: script });
    const cli = tp.raw.workerCli as Record<string, unknown>;
    // Default permission mode: beta's Bash call waits for a human.
    tp.writeConfig({ ...tp.raw, workerCli: { ...cli, args: ['--permission-mode', 'default'], ready: { matchAny: ['? for shortcuts'] } } });
    // The tmux server (started by the first `start`) hands its environment to the workers: without NO_COLOR,
    // the terminals have colours for the page to show. CI must go too: a CI variable turns Claude Code's colours off.
    const colour = { env: { NO_COLOR: '', CI: undefined } };
    const started = await Promise.all([tp.orch(['start', 'alpha', '--task', 'say you are ready'], colour), tp.orch(['start', 'beta', '--task', 'write approved.txt'], colour)]);
    for (const s of started) expect(s.code, s.stderr).toBe(0);

    dash = execa(process.execPath, [ORCH_BIN, 'dash', '--web'], {
      cwd: tp.repo,
      env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined, ...tp.env },
      extendEnv: false,
      reject: false,
    });
    let out = '';
    dash.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    dash.stderr!.on('data', (d: Buffer) => (dashErr += d.toString()));
    url = await waitFor(() => /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/m.exec(out)?.[0], 20_000, `the dashboard URL (stderr: ${dashErr})`);

    profile = mkdtempSync(path.join(os.tmpdir(), 'orch-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (dash) {
      dash.kill('SIGINT');
      const r = await dash;
      // Ctrl-C stops the server cleanly.
      expect(r.exitCode, dashErr).toBe(0);
    }
    await tp?.cleanup();
  });

  it('lists both workers with host, state and reason, branch and a live coloured terminal; saves a screenshot', async () => {
    await page.goto(url);
    await waitFor(async () => (await stateOf('alpha')) === 'idle' && (await stateOf('beta')) === 'waiting-approval', 90_000, 'alpha idle and beta waiting for approval');
    // Started at the same time: the registry's order (creation time) may put either first.
    expect(((await page.evaluate(`[...document.querySelectorAll('.card')].map((e) => e.dataset.name)`)) as string[]).sort()).toEqual(['alpha', 'beta']);
    await expect.poll(() => card('beta').locator('.reason').textContent()).toBe('approve $ echo approved > approved.txt?');
    expect(await card('alpha').locator('.host').textContent()).toBe('local');
    expect(await card('alpha').locator('dd[data-key="branch"]').textContent()).toBe('feature/alpha');
    expect(await card('alpha').locator('.reply-text').textContent()).toBe('Alpha is ready.');
    expect(await page.locator('#totals').textContent()).toMatch(/^Total: 2 \| waiting 1 \| idle 1$/);
    expect(await page.locator('#needs').textContent()).toBe('Needs you: beta');
    expect(await card('beta').locator('.approve').isVisible()).toBe(true);
    // The terminal is the real Claude Code screen, with colours as inline styles.
    await expect.poll(() => card('beta').locator('.screen').textContent(), { timeout: 10_000 }).toMatch(/Do you want to proceed\?/);
    expect(await card('beta').locator('.screen span[style*="color"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#conn').textContent()).toBe('live');
    // Fields other commands add to `dash --json` rows appear on the card (cost, when transcripts are read).
    const snapshot = (await page.evaluate('window.orchDashboard.snapshot')) as { workers: Array<Record<string, unknown>> };
    const alphaRow = snapshot.workers.find((w) => w.name === 'alpha')!;
    if (alphaRow.cost) expect(await card('alpha').locator('dd[data-key="cost"]').textContent()).toMatch(/^(\$[\d.]+|unknown) · [\d.]+k? tokens · \d+ turns?$/);

    const shot = path.join(tp.root, 'dashboard.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.ORCH_UPDATE_SCREENSHOT) {
      mkdirSync(path.join(REPO_ROOT, 'docs'), { recursive: true });
      copyFileSync(shot, path.join(REPO_ROOT, 'docs', 'dashboard.png'));
    }

    // A phone: one column, nothing wider than the screen (the terminal scrolls inside its card).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const lefts = await page.evaluate<number[]>(`[...document.querySelectorAll('.card')].map((e) => e.getBoundingClientRect().left)`);
    expect(new Set(lefts).size).toBe(1);
    await page.screenshot({ path: path.join(tp.root, 'dashboard-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('refuses a request without the token (401) and a POST from another origin (403)', async () => {
    const other = await context.newPage();
    const noToken = await other.goto(url.replace(/\?token=.*$/, ''));
    expect(noToken?.status()).toBe(401);
    const wrong = await other.goto(url.replace(/token=[0-9a-f]+/, `token=${'0'.repeat(64)}`));
    expect(wrong?.status()).toBe(401);

    // A page on another origin that somehow knows the token still cannot drive a worker.
    const target = `${url.replace(/\/\?token=.*$/, '')}/api/workers/alpha/send?token=${new URL(url).searchParams.get('token')}`;
    const evil = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><script>fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"text":"PING EVIL"}' });</script>`);
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilPort = (evil.address() as { port: number }).port;
    try {
      const refused = other.waitForResponse((r) => r.url().includes('/api/workers/alpha/send'));
      await other.goto(`http://127.0.0.1:${evilPort}/`);
      expect((await refused).status()).toBe(403);
      await waitFor(() => dashErr.includes(`refused POST /api/workers/alpha/send (403: origin "http://127.0.0.1:${evilPort}" is not this page's)`), 5000, 'the refusal in the log');
    } finally {
      evil.close();
      await other.close();
    }
    expect(tp.model!.requests.some((q) => q.ctx.prompt.includes('EVIL'))).toBe(false);
    expect(dashErr).not.toContain(new URL(url).searchParams.get('token')!);
  });

  it("shows a worker's state change within 1 s of its hook event, without a reload", async () => {
    await expect.poll(() => stateOf('alpha'), { timeout: 10_000 }).toBe('idle');
    const navigations = await page.evaluate<number>(`performance.getEntriesByType('navigation').length`);
    // In the page: note the time of every change of alpha's state attribute (the card's state class and text follow it).
    await page.evaluate(`(() => {
      window.marker = 'same page';
      window.changes = [];
      const el = document.querySelector('.card[data-name="alpha"]');
      // A render that writes the same state again is a mutation too: only a different value is a change.
      let last = el.dataset.state;
      new MutationObserver(() => {
        if (el.dataset.state === last) return;
        last = el.dataset.state;
        window.changes.push({ state: last, t: Date.now() });
      }).observe(el, { attributes: true, attributeFilter: ['data-state'] });
    })()`);
    const since = new Date().toISOString();
    const sent = await tp.orch(['send', 'alpha', 'SLOW please']);
    expect(sent.code, sent.stderr).toBe(0);
    const changes = () => page.evaluate<Array<{ state: string; t: number }>>('window.changes');
    await waitFor(async () => (await changes()).some((c) => c.state === 'idle'), 20_000, 'alpha back to idle on the page');
    const submit = events(tp, 'alpha').find((e) => e.event === 'UserPromptSubmit' && e.at >= since)!;
    const stop = events(tp, 'alpha').find((e) => e.event === 'Stop' && e.at >= since)!;
    const seen = await changes();
    const working = seen.find((c) => c.state === 'working')!;
    const idle = seen.find((c) => c.state === 'idle' && c.t > working.t)!;
    const toWorking = working.t - Date.parse(submit.at);
    const toIdle = idle.t - Date.parse(stop.at);
    console.log(`dash --web latency, hook event -> DOM: idle->working ${toWorking} ms, working->idle ${toIdle} ms`);
    expect(toWorking).toBeLessThan(1000);
    expect(toIdle).toBeLessThan(1000);
    expect(await page.evaluate('window.marker')).toBe('same page');
    expect(await page.evaluate(`performance.getEntriesByType('navigation').length`)).toBe(navigations);
  });

  it('sends a prompt from the page; it reaches the worker and the reply shows, escaped', async () => {
    const hostile = 'PING <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> 7';
    await card('alpha').locator('.prompt').fill(hostile);
    await card('alpha').locator('button.send').click();
    await expect.poll(() => card('alpha').locator('.feedback').textContent(), { timeout: 30_000 }).toBe('sent to alpha');
    expect(await card('alpha').locator('.prompt').inputValue()).toBe('');
    await expect.poll(() => card('alpha').locator('.reply-text').textContent(), { timeout: 30_000 }).toBe(`PONG ${hostile.slice(5)}`);
    expect(tp.model!.requests.some((q) => q.ctx.prompt === hostile)).toBe(true);
    await expect.poll(() => card('alpha').locator('.screen').textContent(), { timeout: 10_000 }).toContain('PONG <script>window.pwned=1</script>');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.locator('.card script, .card img').count()).toBe(0);
  });

  it('approves the waiting tool call from the page and the worker goes on', async () => {
    expect(await stateOf('beta')).toBe('waiting-approval');
    await card('beta').locator('button.approve').click();
    await expect.poll(() => card('beta').locator('.feedback').textContent(), { timeout: 15_000 }).toMatch(/^beta: approved/);
    await waitFor(() => existsSync(path.join(tp.worktrees, 'beta', 'approved.txt')), 30_000, 'the approved command to run');
    expect(readFileSync(path.join(tp.worktrees, 'beta', 'approved.txt'), 'utf8')).toBe('approved\n');
    await expect.poll(() => card('beta').locator('.reply-text').textContent(), { timeout: 30_000 }).toBe('Beta went on after approval.');
    await expect.poll(() => stateOf('beta'), { timeout: 10_000 }).toBe('idle');
    expect(await card('beta').locator('.approve').isVisible()).toBe(false);
    expect(await card('beta').locator('dd[data-key="uncommitted"]').textContent()).toBe('1');
  });

  it('shows the refusal when closing a worker with unpushed work, and the worker stays', async () => {
    const close = card('beta').locator('button.close');
    await close.click();
    expect(await close.textContent()).toBe('Confirm close');
    await close.click();
    await expect.poll(() => card('beta').locator('.feedback').textContent(), { timeout: 30_000 }).toMatch(/refusing to close beta/);
    expect(await card('beta').locator('.feedback').textContent()).toMatch(/uncommitted|untracked/);
    expect(await card('beta').count()).toBe(1);
    expect(existsSync(path.join(tp.worktrees, 'beta', 'approved.txt'))).toBe(true);
    expect(await page.locator('button', { hasText: /merge/i }).count()).toBe(0);
  });

  it('reconnects by itself when its server goes away and comes back', async () => {
    // A second server on the same project, in this process, so it can come back under the same URL.
    const out = new Output(new PassThrough(), new PassThrough());
    const ctx: Ctx = { cwd: tp.repo, configFile: undefined, json: false, verbose: false, env: process.env, out };
    const project = await tp.project();
    let web = await startWebDashboard(ctx, project, { port: 0 });
    const mine = await context.newPage();
    try {
      await mine.goto(web.url);
      await expect.poll(() => mine.locator('#conn').textContent(), { timeout: 10_000 }).toBe('live');
      await mine.evaluate(`window.marker = 'not reloaded'`);
      const { port, token } = web;
      await web.close();
      await expect.poll(() => mine.locator('#conn').textContent(), { timeout: 10_000 }).toBe('reconnecting…');
      await new Promise((r) => setTimeout(r, 1500));
      web = await startWebDashboard(ctx, project, { port, token });
      await expect.poll(() => mine.locator('#conn').textContent(), { timeout: 15_000 }).toBe('live');
      // And updates flow again over the new connection.
      const sent = await tp.orch(['send', 'alpha', 'PING again']);
      expect(sent.code, sent.stderr).toBe(0);
      await expect.poll(() => mine.locator('.card[data-name="alpha"] .reply-text').textContent(), { timeout: 30_000 }).toBe('PONG again');
      expect(await mine.evaluate('window.marker')).toBe('not reloaded');

      // A new server has a new token: the old page says so instead of retrying forever.
      await web.close();
      web = await startWebDashboard(ctx, project, { port });
      await expect.poll(() => mine.locator('#conn').textContent(), { timeout: 15_000 }).toMatch(/^this URL has expired/);
    } finally {
      await mine.close();
      await web.close();
    }
  });
});
