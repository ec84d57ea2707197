import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, type TestProject } from './support/project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { DEFAULT_PRICING } from '../src/config/schema.js';

const events = (tp: TestProject, name: string): Array<{ event: string; transcript?: string }> => {
  try {
    return readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

describe('cost from real transcripts: the real CLI against the scripted model', () => {
  let tp: TestProject;
  const script: ModelScript = (ctx) => {
    if (ctx.step === 0) return { tool: 'Bash', text: 'Writing it.', input: { command: 'echo made > made.txt', description: 'write made.txt' } };
    return { text: 'Wrote made.txt.' };
  };
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'claude', model: script, trusted: true });
  }, 60_000);
  afterAll(async () => tp?.cleanup());

  it('sums the usage the model reported into each worker and the batch, in list, status and dash (text and --json)', async () => {
    const tasks = path.join(tp.root, 'tasks.yaml');
    writeFileSync(tasks, 'tasks:\n  - name: alpha\n    task: write made.txt\n  - name: beta\n    task: write made.txt too\n');
    const start = await tp.orch(['start', '--tasks', tasks], { timeoutMs: 240_000 });
    expect(start.code, start.stderr).toBe(0);
    for (const name of ['alpha', 'beta']) await waitFor(() => events(tp, name).some((e) => e.event === 'Stop'), 120_000, `${name}'s turn to end`);

    // What the model server said it used, per worktree: the truth the transcripts must add up to.
    const sent = (name: string) => {
      const rs = tp.model!.requests.filter((r) => r.ctx.cwd === path.join(tp.worktrees, name) && r.usage);
      return {
        turns: rs.length,
        input: rs.reduce((n, r) => n + r.usage!.input_tokens, 0),
        output: rs.reduce((n, r) => n + r.usage!.output_tokens, 0),
        cacheRead: rs.reduce((n, r) => n + r.usage!.cache_read_input_tokens, 0),
        cacheWrite: rs.reduce((n, r) => n + r.usage!.cache_creation_input_tokens, 0),
      };
    };
    const model = String((tp.model!.requests[0]!.ctx.body as { model: string }).model);
    const price = DEFAULT_PRICING[model]!;
    expect(price, `a default price for ${model}`).toBeDefined();
    const usd = (t: ReturnType<typeof sent>) => (t.input * price.input + t.output * price.output + t.cacheRead * price.cacheRead + t.cacheWrite * price.cacheWrite) / 1e6;

    const list = await tp.orch(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const l = JSON.parse(list.stdout);
    let total = 0;
    for (const name of ['alpha', 'beta']) {
      const want = sent(name);
      expect(want.turns).toBe(2);
      const row = l.workers.find((w: { name: string }) => w.name === name);
      expect(row.cost.models[model]).toEqual({ input: want.input, output: want.output, cacheRead: want.cacheRead, cacheWrite: want.cacheWrite });
      expect(row.cost.turns).toBe(2);
      expect(row.cost.usd).toBeCloseTo(usd(want), 9);
      expect(row.cost.wallMs).toBeGreaterThan(0);
      total += row.cost.usd;
    }
    const batch = l.workers[0].batch;
    expect(l.workers[1].batch).toBe(batch);
    expect(l.costs.batches[batch].usd).toBeCloseTo(total, 9);
    expect(l.costs.batches[batch].turns).toBe(4);
    expect(l.costs.total.usd).toBeCloseTo(total, 9);

    const status = JSON.parse((await tp.orch(['status', 'alpha', '--json'])).stdout);
    expect(status.cost).toEqual(l.workers.find((w: { name: string }) => w.name === 'alpha').cost);
    const dash = JSON.parse((await tp.orch(['dash', '--json'])).stdout);
    expect(dash.workers.map((w: { cost: { usd: number } }) => w.cost.usd)).toEqual(l.workers.map((w: { cost: { usd: number } }) => w.cost.usd));
    expect(dash.totals.cost.total.usd).toBeCloseTo(total, 9);

    const text = await tp.orch(['list']);
    expect(text.stdout).toMatch(/COST/);
    expect(text.stdout).toMatch(new RegExp(`Cost: \\$${total.toFixed(4).replace('.', '\\.')} · [0-9.]+k tok · 4 turns`));
    expect((await tp.orch(['status', 'alpha'])).stdout).toMatch(/cost: +\$0\.\d{4} · .* · 2 turns/);
    expect((await tp.orch(['dash'])).stdout).toMatch(new RegExp(`batch ${batch}: \\$`));
  }, 400_000);
});
