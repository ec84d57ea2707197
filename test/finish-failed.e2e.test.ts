// Completion is verified, not believed: a real Claude Code worker (scripted model) whose `orch finish` fails on
// its tests and which then claims WORKTREE_STATUS: COMPLETE anyway is finish-failed, listed under "Needs you",
// and the monitor sends it the failure once.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { json, useForgeProjects } from './support/forge-project.js';
import { waitFor } from './support/project.js';
import { finishCommandIn } from '../src/core/brief.js';

const make = useForgeProjects();
const TOLD = 'Your work is not done';

/** Reads the brief, commits, runs the brief's `orch finish` (which fails on the tests), then claims completion. */
function stubbornWorker(): ModelScript {
  let finish = '';
  return (ctx) => {
    const name = path.basename(ctx.cwd ?? 'unknown');
    // Told about the failure, it claims completion again without fixing anything: it must stay finish-failed.
    if (ctx.prompt.includes(TOLD)) return { text: 'Done.\n\nWORKTREE_STATUS: COMPLETE\nTESTS_PASSED: yes' };
    switch (ctx.step) {
      case 0:
        return { tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'Read the worktree brief' } };
      case 1:
        finish = finishCommandIn(ctx.lastToolResult ?? '') ?? 'exit 1';
        return { tool: 'Bash', input: { command: `echo 'fix by ${name}' > fix.txt && git add fix.txt && git commit -q -m 'fix: the widget'`, description: 'Commit the fix' } };
      case 2:
        return { tool: 'Bash', input: { command: finish, description: 'Open the pull request' } };
      default:
        return { text: 'Done.\n\nWORKTREE_STATUS: COMPLETE\nTESTS_PASSED: yes' };
    }
  };
}

describe('a failed finish followed by a claim of completion', () => {
  it('is finish-failed with the failure, under "Needs you", and the monitor tells the worker once', { timeout: 240_000 }, async () => {
    const { tp, gh } = await make({
      worker: 'claude',
      model: stubbornWorker(),
      trusted: true,
      files: { 'check.mjs': "console.log('1 failing: the widget is broken');\nprocess.exit(1);\n" },
      config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'node check.mjs' } },
    });
    gh.addIssue({ number: 3, title: 'The widget is broken' });
    const r = await tp.orch(['start-issues', '3', '--json'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const name: string = json(r.stdout).rows[0].name;

    const dash = await waitFor(async () => {
      const d = json((await tp.orch(['dash', '--json'])).stdout);
      return d.workers.find((w: { name: string; state: { name: string } }) => w.name === name && w.state.name === 'finish-failed') ? d : undefined;
    }, 150_000, 'finish-failed', 1000);
    const row = dash.workers.find((w: { name: string }) => w.name === name);
    expect(row.state.reason).toMatch(/^orch finish failed: tests failed: repo .*1 failing: the widget is broken/s);
    expect(dash.needsHuman).toContain(name);
    expect(gh.pulls()).toHaveLength(0);
    const text = await tp.orch(['dash']);
    expect(text.stdout).toMatch(new RegExp(`Needs you: ${name} \\(finish-failed: .*orch finish failed: tests failed`));

    const orchestrate = await tp.orch(['orchestrate']);
    expect(orchestrate.stdout).toMatch(new RegExp(`Needs you: .*${name} \\(finish-failed\\)`));
    expect(json((await tp.orch(['orchestrate', '--json'])).stdout)).toMatchObject({ finished: false, workers: [{ name, state: { name: 'finish-failed' } }] });

    // The monitor sends the failure to the worker, once.
    const first = json((await tp.orch(['monitor', name, '--json', '--idle-grace', '0s'])).stdout);
    expect(JSON.stringify(first)).toMatch(/nudged \(finish-failed\)/);
    const told = () => (tp.model?.requests ?? []).filter((q) => q.ctx.step === 0 && q.ctx.prompt.includes(TOLD));
    await waitFor(() => told().length > 0 || undefined, 30_000, 'the failure reached the worker');
    expect(told()[0]!.ctx.prompt).toContain('1 failing: the widget is broken');
    // It claims completion again; still finish-failed, and not told a second time.
    await waitFor(async () => json((await tp.orch(['dash', '--json'])).stdout).workers[0].state.name === 'finish-failed' || undefined, 60_000, 'finish-failed again');
    const second = json((await tp.orch(['monitor', name, '--json', '--idle-grace', '0s'])).stdout);
    expect(JSON.stringify(second)).not.toMatch(/nudged/);
    expect(told()).toHaveLength(1);
  });
});

describe('a claim of completion without GitHub', () => {
  it('is finish-failed until origin has the branch at its HEAD (pushed), and done once it has', { timeout: 180_000 }, async () => {
    const { makeTestProject } = await import('./support/project.js');
    // Commits, then claims completion without running the brief's `orch finish`.
    const model: ModelScript = (ctx) =>
      ctx.step === 0
        ? { tool: 'Bash', input: { command: "echo fix > fix.txt && git add fix.txt && git commit -q -m 'fix: the widget'", description: 'Commit the fix' } }
        : { text: 'Done.\n\nWORKTREE_STATUS: COMPLETE\nTESTS_PASSED: yes' };
    const tp = await makeTestProject({ worker: 'claude', model });
    try {
      const r = await tp.orch(['start', 'widget', '--task', 'fix the widget']);
      expect(r.code, r.stderr).toBe(0);
      const state = async () => json((await tp.orch(['status', 'widget', '--json'])).stdout).state as { name: string; reason: string };
      const failed = await waitFor(async () => ((await state()).name === 'finish-failed' ? state() : undefined), 120_000, 'finish-failed', 1000);
      expect(failed.reason).toBe('claims WORKTREE_STATUS: COMPLETE, but `orch finish` has not pushed feature/widget to origin (origin/feature/widget is not its HEAD)');
      expect(json((await tp.orch(['dash', '--json'])).stdout).needsHuman).toEqual(['widget']);

      // Pushed by hand (no finish event): the fact is what counts.
      const wt = path.join(tp.worktrees, 'widget');
      await tp.git(['push', '-q', '-u', 'origin', 'feature/widget'], wt);
      expect((await state()).name).toBe('done');
      // A commit after the push is not on origin: the claim is no longer backed.
      await tp.git(['commit', '-q', '--allow-empty', '-m', 'later'], wt);
      expect((await state()).name).toBe('finish-failed');
    } finally {
      await tp.cleanup();
    }
  });
});
