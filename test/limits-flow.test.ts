import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, type TestProject } from './support/project.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook.js';
import { inspectProject } from '../src/flows/watch/inspect.js';
import { accountLimitHold, handleLimits } from '../src/flows/watch/limits.js';
import { Output } from '../src/output.js';
import type { Ctx } from '../src/context.js';
import type { LimitInfo } from '../src/core/limits.js';

/** limits.autoResume: false with a real project, window and webhook (the detection itself: test/limits.test.ts). */
describe('limit handling with autoResume off', () => {
  let tp: TestProject;
  const hits: Array<{ worker: string; state: string; detail: string }> = [];
  let receiver: WebhookReceiver<{ worker: string; state: string; detail: string }> | undefined;
  beforeAll(async () => {
    receiver = await startWebhookReceiver(hits);
    const url = receiver.url;
    tp = await makeTestProject({ config: { notify: { webhook: url }, limits: { autoResume: false, backoffMin: 1, staggerSec: 0 } } });
    expect((await tp.orch(['start', 'w', '--task', 'wait'])).code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await tp?.cleanup();
    receiver?.close();
  });

  it('reports, notifies once when the limit starts and once when it is over, and never types into the worker', async () => {
    const project = await tp.project();
    const ctx: Ctx = { cwd: tp.repo, configFile: undefined, json: true, verbose: false, env: process.env, out: new Output(new PassThrough(), new PassThrough(), true) };
    const facts = (await inspectProject(project, { capture: true, git: false })).workers;
    const limit: LimitInfo = { kind: 'usage-limit', accountWide: true, since: 0, resetAt: 1000, resumable: true, evidence: 'Claude AI usage limit reached|1', source: 'screen' };
    const limited = facts.map((f) => ({ ...f, limit }));
    expect(accountLimitHold(limited, 0, 60_000)).toMatch(/^w is usage limit reached until 1970-01-01T00:00:01\.000Z: "Claude AI usage limit reached\|1"$/);
    for (const now of [5000, 6000]) {
      const a = await handleLimits(ctx, project, limited, now);
      expect(a.get('w')).toBe('limited: limits.autoResume is off; resume it yourself');
    }
    expect(hits.map((h) => [h.worker, h.state])).toEqual([['w', 'limited']]);
    expect(hits[0]!.detail).not.toContain('orch resumes');
    const over = await handleLimits(ctx, project, facts, 7000);
    expect(over.size).toBe(0);
    expect(hits.map((h) => h.state)).toEqual(['limited', 'resumed']);
    expect(hits[1]!.detail).toBe('the limit is over');
    expect(accountLimitHold(facts, 0, 60_000)).toBeUndefined();
  });
});
