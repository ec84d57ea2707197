import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, type TestProject } from './support/project.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook.js';
import type { ModelReply, ModelScript } from '../src/demo/scripted-model.js';

type Row = { name: string; state: { name: string }; cost: { turns: number } };
const list = async (tp: TestProject): Promise<{ workers: Row[]; queued: Array<{ name: string }> }> => JSON.parse((await tp.orch(['list', '--json'])).stdout);
const events = (tp: TestProject, name: string): Array<{ event: string }> => {
  try {
    return readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

/**
 * A worker with a budget of 4 model turns: told once to wrap up at 50%, stopped with Escape at 100% in the middle of a
 * long build, its window, commit and uncommitted file kept; the person notified once; its batch starts nothing more.
 */
describe('budgets with the real CLI', () => {
  let tp: TestProject;
  let releaseQuick: () => void = () => undefined;
  const quickGate = new Promise<void>((r) => (releaseQuick = r));
  const hits: Array<{ worker: string; state: string; detail: string }> = [];
  let receiver: WebhookReceiver<{ worker: string; state: string; detail: string }> | undefined;
  const script: ModelScript = async (ctx): Promise<ModelReply> => {
    const who = path.basename(ctx.cwd ?? '');
    if (who === 'quick') {
      await quickGate;
      // Without GitHub, finishing means its branch on origin: it pushes, then claims completion.
      if (ctx.step === 0) return { tool: 'Bash', input: { command: 'git push -q -u origin HEAD', description: 'push' } };
      return { text: 'Nothing to change.\n\nWORKTREE_STATUS: COMPLETE\nPR: none\nTESTS_PASSED: none' };
    }
    if (ctx.prompt.startsWith('Budget:')) {
      if (ctx.step === 0) return { tool: 'Bash', input: { command: 'echo two >> work.txt', description: 'more work' } };
      // A long build (not `sleep`, which the CLI refuses to run for long): the budget runs out while it runs.
      if (ctx.step === 1) return { tool: 'Bash', input: { command: 'node -e "setTimeout(() => {}, 120000)"', description: 'a long build' } };
      return { text: 'Wrapped up.' };
    }
    if (ctx.step === 0) return { tool: 'Bash', input: { command: 'echo one > work.txt && git add work.txt && git commit -qm one', description: 'commit one' } };
    return { text: 'Committed one.' };
  };
  beforeAll(async () => {
    receiver = await startWebhookReceiver(hits);
    const url = receiver.url;
    tp = await makeTestProject({ worker: 'claude', model: script, trusted: true, config: { maxWorkers: 2, notify: { webhook: url }, budget: { worker: { turns: 4 }, warnAt: 0.5 } } });
  }, 60_000);
  afterAll(async () => {
    releaseQuick();
    await tp?.cleanup();
    receiver?.close();
  });

  it('warns once at 50%, stops at 100% with the work intact, notifies, and holds the batch', async () => {
    const tasks = path.join(tp.root, 'tasks.yaml');
    writeFileSync(tasks, 'tasks:\n  - name: hog\n    task: do the work\n  - name: quick\n    task: check something\n  - name: later\n    task: later work\n');
    const start = await tp.orch(['start', '--tasks', tasks], { timeoutMs: 240_000 });
    expect(start.code, start.stderr).toBe(0);
    let l = await list(tp);
    expect(l.workers.map((w) => w.name).sort()).toEqual(['hog', 'quick']);
    expect(l.queued.map((q) => q.name)).toEqual(['later']);
    await waitFor(() => events(tp, 'hog').some((e) => e.event === 'Stop'), 120_000, "hog's first turn");

    // 2 of 4 turns: told to wrap up, once.
    const warn = JSON.parse((await tp.orch(['monitor', 'hog', '--json'])).stdout).workers[0];
    expect(warn.action).toBe('told to wrap up (worker budget turns: 2 turns of 4 turns (50%))');
    const again = JSON.parse((await tp.orch(['monitor', 'hog', '--json'])).stdout).workers[0];
    expect(again.action).not.toMatch(/wrap up/);

    // The wrap-up turn runs past the budget during `sleep 120`: the watching monitor stops it with Escape.
    const watch = execa(process.execPath, [ORCH_BIN, 'monitor', '--watch', '--json', '--interval', '1s', '--idle-grace', '10m', '--timeout', '120s'], { cwd: tp.repo, env: { ...tp.env }, reject: false });
    try {
      await waitFor(() => hits.some((h) => h.state === 'budget-stopped'), 120_000, 'the budget-stopped notification');
      const stop = hits.find((h) => h.state === 'budget-stopped')!;
      expect(stop.worker).toBe('hog');
      expect(stop.detail).toMatch(/^worker budget turns: 4 turns of 4 turns \(100%\); stopped with Escape, window and worktree kept; batch \S+ dispatches nothing more$/);
      // Interrupted in the middle of the long build: the turn ends without the model's closing answer.
      await waitFor(async () => /Interrupted/.test((await tp.tmux(['capture-pane', '-p', '-t', '=orchtest:=hog'])).stdout), 30_000, 'the interrupt on screen');
      // No Stop hook after Escape: the screen says the turn is over (list reads no screens; status does).
      await waitFor(async () => JSON.parse((await tp.orch(['status', 'hog', '--json'])).stdout).state.name === 'idle', 30_000, 'hog to read as idle');
      // quick finishes now and frees a slot: the batch still starts nothing.
      releaseQuick();
      await waitFor(async () => (await list(tp)).workers.find((w) => w.name === 'quick')?.state.name === 'done', 60_000, 'quick to be done');
      await new Promise((r) => setTimeout(r, 4000)); // several monitor cycles with a free slot
    } finally {
      watch.kill('SIGTERM');
      await watch.catch(() => undefined);
    }
    l = await list(tp);
    expect(l.queued.map((q) => q.name)).toEqual(['later']);
    expect(l.workers.map((w) => w.name).sort()).toEqual(['hog', 'quick']);
    expect(hits.filter((h) => h.state === 'budget-stopped')).toHaveLength(1);

    // Nothing lost: the window is still there, the commit and the uncommitted line too.
    const hog = path.join(tp.worktrees, 'hog');
    expect((await tp.tmux(['list-windows', '-t', 'orchtest', '-F', '#{window_name}'])).stdout.split('\n')).toContain('hog');
    expect(readFileSync(path.join(hog, 'work.txt'), 'utf8')).toBe('one\ntwo\n');
    expect(await tp.git(['log', '-1', '--format=%s'], hog)).toBe('one');
    const m = JSON.parse((await tp.orch(['monitor', 'hog', '--json'])).stdout).workers[0];
    expect(m.action).toMatch(/^stopped at its budget \(worker budget turns: 4 turns of 4 turns \(100%\)\); window kept for you$/);
    expect(tp.model!.requests.some((r) => r.ctx.prompt.startsWith('Budget:') && r.ctx.step === 2)).toBe(false);
  }, 600_000);
});
