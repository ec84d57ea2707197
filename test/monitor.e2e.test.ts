import path from 'node:path';
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, type TestProject } from './support/project.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook.js';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { monitorCycle } from '../src/flows/watch/monitor.js';
import { Output } from '../src/output.js';
import { JSON_SCHEMAS } from '../src/core/json-schemas.js';
import type { Ctx } from '../src/context.js';

const events = (tp: TestProject, name: string) =>
  readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const monitorJson = async (tp: TestProject, name: string) => {
  const r = await tp.orch(['monitor', name, '--json', '--idle-grace', '0s']);
  expect(r.code).toBe(0);
  const l = JSON.parse(r.stdout).workers[0] as { state: { name: string }; action: string; ahead: number };
  return { ...l, state: l.state.name };
};

describe('a whole worker life with the real CLI in default permission mode', () => {
  let tp: TestProject;
  const script: ModelScript = (ctx) => {
    // Nudged, it commits and pushes its work (what finishing means without GitHub), then reports completion.
    if (ctx.prompt.startsWith('Status check')) {
      return ctx.step === 0
        ? { tool: 'Bash', input: { command: 'git add one.txt && git commit -q -m one && git push -q -u origin HEAD', description: 'commit and push' } }
        : { text: 'Finished after the nudge.\n\nWORKTREE_STATUS: COMPLETE\nPR: none\nTESTS_PASSED: 2/2 unit tests' };
    }
    if (ctx.prompt.startsWith('What is 2+2')) return { text: 'It is 4.' };
    if (ctx.step === 0) return { tool: 'Bash', input: { command: 'echo one > one.txt', description: 'write one' } };
    return { text: 'Step one is written.' };
  };
  beforeAll(async () => {
    // No --dangerously-skip-permissions: the Bash call raises a real permission prompt.
    tp = await makeTestProject({ worker: 'claude', model: script });
    const cli = tp.raw.workerCli as Record<string, unknown>;
    tp.writeConfig({ ...tp.raw, workerCli: { ...cli, args: ['--permission-mode', 'default'], ready: { matchAny: ['? for shortcuts'] } } });
  });
  afterAll(async () => tp?.cleanup());

  it('boot -> working -> waiting-approval -> approve -> idle -> nudge -> approve the push -> done', async () => {
    const start = await tp.orch(['start', 'life', '--task', 'write one.txt']);
    expect(start.code, start.stderr).toBe(0);
    await waitFor(async () => (await monitorJson(tp, 'life')).state === 'waiting-approval', 30_000, 'waiting-approval');
    const dash = JSON.parse((await tp.orch(['dash', '--json'])).stdout);
    expect(dash.workers[0].state.name).toBe('waiting-approval'); // dash and monitor agree
    expect(dash.needsHuman).toEqual(['life']);
    const sendBlocked = await tp.orch(['send', 'life', 'hello']);
    expect(sendBlocked.code).toBe(1);
    expect(sendBlocked.stderr).toContain('waiting for a permission answer');
    const ok = await tp.orch(['approve', 'life', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON_SCHEMAS.approve.parse(JSON.parse(ok.stdout))).toMatchObject({ name: 'life', answer: 'approve', tool: '$ echo one > one.txt' });
    await waitFor(() => readFileSync(path.join(tp.worktrees, 'life', 'one.txt'), 'utf8') === 'one\n', 20_000, 'the approved tool to run');
    await waitFor(() => events(tp, 'life').some((e) => e.event === 'Stop'), 20_000, 'the turn to end');
    const idle = await monitorJson(tp, 'life');
    expect(idle.state).toBe('idle');
    expect(idle.action).toBe('nudged (idle)');
    // Its commit-and-push asks for permission too; once approved, the claim is backed by origin and it is done.
    await waitFor(async () => (await monitorJson(tp, 'life')).state === 'waiting-approval', 30_000, 'the push waiting for approval');
    const pushOk = await tp.orch(['approve', 'life']);
    expect(pushOk.code, pushOk.stderr).toBe(0);
    await waitFor(async () => (await monitorJson(tp, 'life')).state === 'done', 30_000, 'done after the nudge');
    // The screen can show the claim before the turn's Stop event is written: the next test's reply must be its own.
    await waitFor(() => events(tp, 'life').some((e) => e.event === 'Stop' && String((e as { message?: string }).message).includes('Finished after the nudge')), 10_000, 'the Stop of that turn');
    const r = await tp.orch(['monitor', 'life']);
    expect(r.stdout).toMatch(/^MONITOR \[life\]: DONE \| commits: 1 \| uncommitted: 0 \| action: none$/m);
  });

  it('send --wait returns the reply; result shows the turn', async () => {
    const r = await tp.orch(['send', 'life', 'What is 2+2?', '--wait', '--timeout', '60s']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('It is 4.');
    const res = await tp.orch(['result', 'life']);
    expect(res.stdout).toContain('> What is 2+2?');
    expect(res.stdout).toContain('It is 4.');
    const asJson = await tp.orch(['result', 'life', '--json']);
    expect(JSON_SCHEMAS.result.parse(JSON.parse(asJson.stdout)).reply).toContain('It is 4.');
    const sent = await tp.orch(['send', 'life', 'What is 2+2?', '--json']);
    expect(JSON_SCHEMAS.send.parse(JSON.parse(sent.stdout))).toEqual({ name: 'life', submitted: true, reply: null });
  });
});

describe('guard rails inside a real worker (bypass mode)', () => {
  let tp: TestProject;
  const script: ModelScript = (ctx) => {
    if (ctx.step === 0) return { tool: 'Bash', input: { command: 'gh pr merge 12 --squash', description: 'merge it' } };
    if (ctx.step === 1) return { tool: 'Bash', input: { command: 'git push origin main', description: 'push to main' } };
    return { text: 'Understood, I will not merge.' };
  };
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', model: script, trusted: true });
  });
  afterAll(async () => tp?.cleanup());

  it('blocks gh pr merge 12 and git push origin main, and tells the worker why', async () => {
    expect((await tp.orch(['start', 'guarded', '--task', 'try to merge'])).code).toBe(0);
    await waitFor(() => events(tp, 'guarded').some((e) => e.event === 'Stop'), 40_000, 'the turn to end');
    const blocked = events(tp, 'guarded').filter((e) => e.blocked);
    expect(blocked.map((e) => e.summary)).toEqual(['gh pr merge 12 --squash', 'git push origin main']);
    const results = tp.model!.requests.map((q) => q.ctx.lastToolResult ?? '');
    expect(results[1]).toContain('merging pull requests is for a human');
    expect(results[2]).toContain('push-base: pushing to `main` is not allowed');
    expect(await tp.git(['ls-remote', tp.origin, 'refs/heads/main'])).toContain(await tp.git(['rev-parse', 'main']));
  });
});

describe('monitor --watch --json and notifications', () => {
  let tp: TestProject;
  const hits: Array<{ worker: string; state: string; reminder?: number }> = [];
  let receiver: WebhookReceiver<{ worker: string; state: string; reminder?: number }> | undefined;
  let url = '';
  // The reply takes 2 s: a turn that ends within the monitor's debounce would leave nothing to report (idle -> idle).
  const script: ModelScript = (ctx) => (ctx.prompt.includes('ping') ? { delayMs: 2000, then: { text: 'pong' } } : { text: 'Ready.' });
  beforeAll(async () => {
    receiver = await startWebhookReceiver(hits);
    url = receiver.url;
    tp = await makeTestProject({ worker: 'claude', model: script, trusted: true, config: { notify: { webhook: url, reminderMin: 1 } } });
  });
  afterAll(async () => {
    await tp?.cleanup();
    receiver?.close();
  });

  it('reports a state change driven by a hook event long before the capture interval', async () => {
    expect((await tp.orch(['start', 'watched', '--task', 'say ready'])).code).toBe(0);
    await waitFor(() => events(tp, 'watched').some((e) => e.event === 'Stop'), 30_000, 'first turn');
    const watch = execa(process.execPath, [ORCH_BIN, 'monitor', 'watched', '--watch', '--json', '--interval', '10m', '--idle-grace', '10m', '--timeout', '60s'], { cwd: tp.repo, env: { ...tp.env }, reject: false });
    const lines: Array<{ state: { name: string }; at: string }> = [];
    let partial = '';
    watch.stdout!.on('data', (d: Buffer) => {
      // One object per line, of the same shape as `monitor --json`; a pipe may deliver a line in pieces.
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) if (l.trim()) lines.push(...(JSON.parse(l) as { workers: typeof lines }).workers);
    });
    await waitFor(() => lines.length >= 1, 20_000, 'the first watch line');
    const sent = await tp.orch(['send', 'watched', 'ping']);
    expect(sent.code, sent.stderr).toBe(0);
    const submit = await waitFor(() => events(tp, 'watched').find((e) => e.event === 'UserPromptSubmit' && lines.length && e.at > lines[0]!.at), 30_000, 'the prompt event');
    // The next report comes from the events file changing, not from the 10-minute capture interval.
    const changed = await waitFor(() => lines.find((l) => l.at > submit.at), 30_000, 'a report after the event');
    expect(Date.parse(changed.at) - Date.parse(submit.at)).toBeLessThan(5000);
    watch.kill();
  });

  it('a webhook gets one message per state change plus reminders, never a token', async () => {
    hits.length = 0;
    const project = await tp.project();
    const ctx: Ctx = { cwd: tp.repo, configFile: undefined, json: true, verbose: false, env: process.env, out: new Output(process.stdout, process.stderr, true) };
    await tp.tmux(['kill-window', '-t', '=orchtest:=watched']);
    const t0 = Date.now() + 1000;
    const cycle = (now: number) => monitorCycle(ctx, project, { names: ['watched'], idleGraceMs: 1e9, nudgeEveryMs: 1e9, now: () => now });
    expect((await cycle(t0))[0]!.state.name).toBe('dead');
    await cycle(t0 + 1000);
    await cycle(t0 + 2000);
    expect(hits.map((h) => h.state)).toEqual(['dead']);
    await cycle(t0 + 61_000); // reminderMin: 1
    expect(hits.map((h) => [h.state, h.reminder ?? 0])).toEqual([['dead', 0], ['dead', 1]]);
    expect(JSON.stringify(hits)).not.toMatch(/sk-ant|ghp_/);
  });
});

describe('an API error on the worker screen', () => {
  let tp: TestProject;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', trusted: true, model: () => ({ error: { status: 500, type: 'api_error', message: 'Internal server error' } }) });
  });
  afterAll(async () => tp?.cleanup());

  it('monitor reports the worker errored and quotes the line the worker shows', async () => {
    expect((await tp.orch(['start', 'broken', '--task', 'say hello'])).code).toBe(0);
    let last = '';
    const line = await waitFor(async () => {
      const r = await tp.orch(['monitor', 'broken', '--json']);
      last = r.stdout + r.stderr;
      const l = JSON.parse(r.stdout).workers[0] as { state: { name: string; reason: string }; action: string };
      return l.state.name === 'errored' ? l.state : undefined;
    }, 75_000, 'the worker to be errored').catch((e: Error) => {
      throw new Error(`${e.message}; last monitor output: ${last}`);
    });
    // The CLI's own words (2.1.330), not just "screen: api-error".
    const shown = /"API Error: 500 Internal server error\. This is a server-side issue, usually temporary[^"]*"/;
    expect(line.reason).toMatch(new RegExp(`^screen: api-error: ${shown.source}$`));
    const text = await tp.orch(['monitor', 'broken']);
    expect(text.stdout).toMatch(new RegExp(`^MONITOR \\[broken\\]: ERRORED \\| .* \\| why: .*${shown.source}`, 'm'));
    expect(JSON.parse((await tp.orch(['dash', '--json'])).stdout).workers[0]).toMatchObject({ state: { name: 'errored' } });
  }, 120_000);
});
