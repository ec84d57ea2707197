import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, type TestProject } from './support/project.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook.js';
import type { ModelReply, ModelScript } from '../src/demo/scripted-model.js';

const events = (tp: TestProject, name: string): Array<{ event: string; at: string; error?: string }> => {
  try {
    return readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

type Row = { name: string; state: { name: string; reason: string } };
const list = async (tp: TestProject): Promise<{ workers: Row[]; queued: Array<{ name: string }> }> => {
  const r = await tp.orch(['list', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

/**
 * The real CLI meets a 429 and then a 529 it gives up on (CLAUDE_CODE_MAX_RETRIES=1 keeps its retries short):
 * orch reads it as `limited`, holds the queue, resumes the worker after the backoff with a continue prompt,
 * notifies once at the start and once at the resume, and only then starts the queued task.
 */
describe.each([
  ['429 with retry-after', { status: 429, type: 'rate_limit_error', message: "This request would exceed your account's rate limit. Please try again later.", retry: true, retryAfterSec: 1 }, /^rate limited \(429\) until /],
  ['529 without retry-after', { status: 529, type: 'overloaded_error', message: 'Overloaded', retry: true }, /^API overloaded \(529\) until /],
] as const)('a worker limited by a %s, resumed after the backoff', (_label, error, reasonRe) => {
  let tp: TestProject;
  let limitOn = true;
  const hits: Array<{ worker: string; state: string; detail: string }> = [];
  let receiver: WebhookReceiver<{ worker: string; state: string; detail: string }> | undefined;
  const script: ModelScript = (ctx): ModelReply => {
    if (ctx.prompt.startsWith('Later task')) return { text: 'Later task done.' };
    if (limitOn) return { error: { ...error } };
    if (ctx.prompt.startsWith('You were interrupted by an API limit')) return { text: 'Continuing after the limit. All done.' };
    return { text: 'Working.' };
  };
  beforeAll(async () => {
    receiver = await startWebhookReceiver(hits);
    const url = receiver.url;
    tp = await makeTestProject({
      worker: 'claude',
      model: script,
      trusted: true,
      workerEnv: { CLAUDE_CODE_MAX_RETRIES: '1' },
      config: { notify: { webhook: url }, limits: { autoResume: true, backoffMin: 0.75, staggerSec: 1 }, maxWorkers: 4 },
    });
  }, 60_000);
  afterAll(async () => {
    await tp?.cleanup();
    receiver?.close();
  });

  it('limited -> queue held -> resumed after the backoff -> queue dispatched', async () => {
    const start = await tp.orch(['start', 'capped', '--task', 'do the capped work'], { timeoutMs: 180_000 });
    expect(start.code, start.stderr).toBe(0);
    await waitFor(async () => (await list(tp)).workers.find((w) => w.name === 'capped')?.state.name === 'limited', 120_000, 'capped to read as limited');
    const row = (await list(tp)).workers.find((w) => w.name === 'capped')!;
    expect(row.state.reason).toMatch(reasonRe);
    expect(row.state.reason).toContain('(no reset time given: backoff)');
    const status = JSON.parse((await tp.orch(['status', 'capped', '--json'])).stdout);
    expect(status.state.name).toBe('limited');
    expect(Date.parse(status.state.until)).toBeGreaterThan(0);
    expect(events(tp, 'capped').some((e) => e.event === 'StopFailure')).toBe(true);
    const why = JSON.parse((await tp.orch(['why', 'capped', '--json'])).stdout);
    expect(why).toMatchObject({ state: { name: 'limited', until: status.state.until }, causes: [{ kind: 'limited' }] });
    expect(why.causes[0].summary).toMatch(reasonRe);
    expect(why.why).toBe(why.causes[0].summary);

    // Nothing new starts while the account is limited.
    const tasks = path.join(tp.root, 'later.yaml');
    writeFileSync(tasks, 'tasks:\n  - name: later\n    task: Later task, after the limit\n');
    const queued = await tp.orch(['start', '--tasks', tasks], { timeoutMs: 120_000 });
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toContain('queue held: capped is');
    let l = await list(tp);
    expect(l.workers.map((w) => w.name)).toEqual(['capped']);
    expect(l.queued.map((q) => q.name)).toEqual(['later']);

    // A monitor cycle before the backoff is over leaves it alone.
    const early = JSON.parse((await tp.orch(['monitor', 'capped', '--json'])).stdout).workers[0];
    expect(early.state.name).toBe('limited');
    expect(early.action).toMatch(/^limited: resumes at /);
    expect(hits.filter((h) => h.state === 'limited')).toHaveLength(1);
    expect(hits[0]!.worker).toBe('capped');

    // The limit is over; after the backoff the monitor resumes the worker with the continue prompt.
    limitOn = false;
    const requestsBefore = tp.model!.requests.length;
    await waitFor(async () => {
      const m = JSON.parse((await tp.orch(['monitor', 'capped', '--json'])).stdout).workers[0];
      return m.action === 'resumed after the limit';
    }, 120_000, 'the monitor to resume capped');
    await waitFor(() => tp.model!.requests.slice(requestsBefore).some((r) => r.ctx.prompt.startsWith('You were interrupted by an API limit')), 60_000, 'the continue prompt to reach the model');
    await waitFor(async () => (await list(tp)).workers.find((w) => w.name === 'capped')?.state.name !== 'limited', 60_000, 'capped to leave limited');
    await waitFor(() => hits.some((h) => h.state === 'resumed'), 30_000, 'the resumed notification');
    expect(hits.map((h) => h.state)).toEqual(['limited', 'resumed']);
    expect(hits[1]!.detail).toContain('capped');
    l = await list(tp);
    expect(l.workers.map((w) => w.name)).toEqual(['capped']); // still nothing dispatched by the resume itself

    // Now the queue moves.
    const watch = execa(process.execPath, [ORCH_BIN, 'monitor', '--watch', '--json', '--interval', '1s', '--idle-grace', '10m', '--timeout', '90s'], { cwd: tp.repo, env: { ...tp.env }, reject: false });
    try {
      await waitFor(async () => (await list(tp)).workers.some((w) => w.name === 'later'), 100_000, 'later to be dispatched');
    } finally {
      watch.kill('SIGTERM');
      await watch.catch(() => undefined);
    }
  }, 600_000);
});
