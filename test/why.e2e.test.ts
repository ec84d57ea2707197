import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, type TestProject } from './support/project.js';
import type { ModelReply, ModelScript } from '../src/demo/scripted-model.js';

const events = (tp: TestProject, name: string): Array<{ event: string }> => {
  try {
    return readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

describe('orch why and the monitor acting on a cause, with the real CLI', () => {
  let tp: TestProject;
  let broken = true;
  const script: ModelScript = (ctx): ModelReply => {
    const who = path.basename(ctx.cwd ?? '');
    if (who === 'curious') return { text: 'I read the code.\n\nShould I keep the old API or remove it?' };
    if (who === 'bulky') return ctx.step === 0 && !ctx.prompt.includes('summar') ? { text: 'Read it all.', usage: { cache_read_input_tokens: 990_000 } } : { text: 'Summary: read everything so far.' };
    if (ctx.prompt.startsWith('Your terminal was interrupted')) return { text: 'Picked up where I left off.' };
    if (broken) return { error: { status: 500, type: 'api_error', message: 'Internal server error' } };
    return { text: 'Working.' };
  };
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', model: script, trusted: true });
  }, 60_000);
  afterAll(async () => tp?.cleanup());

  it('names a question with its quote, in why (text and --json), status and monitor', async () => {
    expect((await tp.orch(['start', 'curious', '--task', 'look at the API'], { timeoutMs: 180_000 })).code).toBe(0);
    await waitFor(() => events(tp, 'curious').some((e) => e.event === 'Stop'), 90_000, 'the question');
    const why = await tp.orch(['why', 'curious']);
    expect(why.code, why.stderr).toBe(0);
    expect(why.stdout.split('\n')[0]).toBe('curious: asked a question: "Should I keep the old API or remove it?"');
    const j = JSON.parse((await tp.orch(['why', 'curious', '--json'])).stdout);
    expect(j).toMatchObject({ name: 'curious', state: { name: 'asking' }, causes: [{ kind: 'question' }] });
    expect(j.why).toBe(j.causes[0].summary);
    expect(JSON.parse((await tp.orch(['status', 'curious', '--json'])).stdout).why).toBe(j.why);
    const m = JSON.parse((await tp.orch(['monitor', 'curious', '--json'])).stdout).workers[0];
    expect(m).toMatchObject({ state: { name: 'asking' }, why: j.why, action: 'report (asking: needs a human)' });
    // Never answered on the human's behalf: no prompt was typed into it.
    expect(events(tp, 'curious').filter((e) => e.event === 'UserPromptSubmit')).toHaveLength(1);
    const missing = await tp.orch(['why', 'nobody']);
    expect(missing.code).not.toBe(0);
  }, 300_000);

  it('continues once after a transient API error (500), at the prompt the CLI left open', async () => {
    expect((await tp.orch(['start', 'flaky', '--task', 'do it'], { timeoutMs: 180_000 })).code).toBe(0);
    await waitFor(async () => JSON.parse((await tp.orch(['why', 'flaky', '--json'])).stdout).causes[0].kind === 'api-error', 90_000, 'the API error');
    const why = JSON.parse((await tp.orch(['why', 'flaky', '--json'])).stdout);
    expect(why.causes[0]).toMatchObject({ kind: 'api-error', transient: true });
    expect(why.causes[0].summary).toMatch(/^API error: "API Error: 500 Internal server error/);
    broken = false;
    const m = JSON.parse((await tp.orch(['monitor', 'flaky', '--json'], { timeoutMs: 180_000 })).stdout).workers[0];
    expect(m.action).toBe('continued after a transient API error');
    // Once per error: the next cycle does not type it again while the worker works on.
    const again = JSON.parse((await tp.orch(['monitor', 'flaky', '--json'])).stdout).workers[0];
    expect(again.action).not.toMatch(/continued after/);
    await waitFor(() => tp.model!.requests.some((r) => path.basename(r.ctx.cwd ?? '') === 'flaky' && r.ctx.prompt.startsWith('Your terminal was interrupted')), 90_000, 'the continue prompt');
    await waitFor(async () => JSON.parse((await tp.orch(['status', 'flaky', '--json'])).stdout).state.name !== 'errored', 60_000, 'flaky to recover');
  }, 400_000);

  it('types /compact into an idle worker whose screen says the context is nearly full (recovery.compact)', async () => {
    tp.writeConfig({ ...tp.raw, recovery: { compact: true } });
    expect((await tp.orch(['start', 'bulky', '--task', 'read everything'], { timeoutMs: 180_000 })).code).toBe(0);
    await waitFor(() => events(tp, 'bulky').some((e) => e.event === 'Stop'), 90_000, 'the big turn');
    await waitFor(async () => JSON.parse((await tp.orch(['why', 'bulky', '--json'])).stdout).causes.some((c: { kind: string }) => c.kind === 'context-full'), 30_000, 'context-full');
    const m = JSON.parse((await tp.orch(['monitor', 'bulky', '--json', '--idle-grace', '10m'])).stdout).workers[0];
    expect(m.action).toBe('sent /compact (context nearly full)');
    await waitFor(() => events(tp, 'bulky').some((e) => e.event === 'PreCompact'), 90_000, 'the CLI to compact');
    const again = JSON.parse((await tp.orch(['monitor', 'bulky', '--json', '--idle-grace', '10m'])).stdout).workers[0];
    expect(again.action).not.toBe('sent /compact (context nearly full)');
  }, 300_000);
});
