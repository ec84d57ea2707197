import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeTestProject, waitFor, ORCH_BIN, type TestProject } from './support/project.js';
import { json, useForgeProjects, squashMergeOnOrigin } from './support/forge-project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';

/** A worker that commits, runs `orch finish`, and reports; CI feedback gets an acknowledgement. */
const finisher: ModelScript = (ctx) => {
  const name = path.basename(ctx.cwd ?? 'x');
  if (ctx.prompt.includes('CI failed')) return { text: `Fixed what CI reported.\n\nWORKTREE_STATUS: COMPLETE\nPR: see above\nTESTS_PASSED: 1/1` };
  if (ctx.prompt.startsWith('Status check')) return { text: 'WORKTREE_STATUS: COMPLETE\nPR: see above\nTESTS_PASSED: 1/1' };
  if (ctx.step === 0) return { tool: 'Bash', input: { command: `echo ${name} > ${name}.txt && git add ${name}.txt && git commit -q -m 'feat(${name}): add ${name}.txt'`, description: 'commit' } };
  if (ctx.step === 1) return { tool: 'Bash', input: { command: `node ${ORCH_BIN} finish ${name}`, description: 'open the PR' } };
  const pr = /https?:\S+\/pull\/\d+/.exec(ctx.lastToolResult ?? '')?.[0] ?? 'none';
  return { text: `Opened the pull request.\n\nWORKTREE_STATUS: COMPLETE\nPR: ${pr}\nTESTS_PASSED: 1/1` };
};

function loop(tp: TestProject, args: string[]) {
  return execa(process.execPath, [ORCH_BIN, 'orchestrate', 'poll', ...args], { cwd: tp.repo, env: { ...tp.env }, reject: false, timeout: 590_000 });
}

describe('orchestrate with GitHub', () => {
  const make = useForgeProjects();

  it('6 issues with maxWorkers 2: never more than 2 live, CI failure sent, merged PRs closed, the loop exits by itself', async () => {
    const { tp, gh } = await make({ worker: 'claude', model: finisher, trusted: true, config: { maxWorkers: 2 } });
    for (let n = 1; n <= 6; n++) gh.addIssue({ number: n, title: `Issue number ${n}`, body: `Please do thing ${n}.` });
    const start = await tp.orch(['start-issues', '1', '2', '3', '4', '5', '6', '--json']);
    expect(start.code, start.stderr).toBe(0);
    const rows = json(start.stdout).rows as Array<{ status: string }>;
    expect(rows.filter((r) => r.status === 'dispatched')).toHaveLength(2);
    expect(rows.filter((r) => r.status === 'queued')).toHaveLength(4);

    const run = loop(tp, ['--loop', '1s', '--timeout', '560s', '--idle-grace', '1h']);
    let loopOut = '';
    run.stdout!.on('data', (d: Buffer) => (loopOut = (loopOut + d.toString()).slice(-4000)));
    let maxLive = 0;
    let ciFailed = false;
    const merged = new Set<number>();
    await waitFor(async () => {
      const list = json((await tp.orch(['list', '--json'])).stdout) as { workers: Array<{ state: string; window: string }> };
      maxLive = Math.max(maxLive, list.workers.filter((w) => w.window === 'alive' && w.state !== 'done').length);
      for (const pr of gh.pulls()) {
        if (!ciFailed) {
          // The first PR gets a failing check; its worker must hear about it.
          gh.setCheckRuns(pr.head.sha, [{ name: 'unit-tests', status: 'completed', conclusion: 'failure', details_url: 'https://ci.example/run/1' }]);
          ciFailed = true;
          continue;
        }
        if (!merged.has(pr.number) && pr.state === 'open' && tp.model!.requests.some((q) => q.ctx.prompt.includes('CI failed'))) {
          await squashMergeOnOrigin(tp, pr.head.ref, `${pr.title} (#${pr.number})`);
          gh.markMerged(pr.number);
          merged.add(pr.number);
        }
      }
      return merged.size === 6 && run.exitCode !== null;
    }, 570_000, 'all six PRs merged and the loop finished', 500).catch((e: Error) => {
      run.kill();
      throw new Error(`${e.message}; merged ${merged.size}, PRs ${gh.pulls().length}; last loop output:\n${loopOut}`);
    });
    const out = await run;
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.stdout).toContain('BATCH FINISHED');
    expect(maxLive).toBeLessThanOrEqual(2);
    const ciPrompt = tp.model!.requests.find((q) => q.ctx.prompt.includes('CI failed'))!;
    expect(ciPrompt.ctx.prompt).toContain('unit-tests');
    expect(ciPrompt.ctx.prompt).toContain('https://ci.example/run/1');
    expect(gh.pulls().map((p) => p.body)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6].map((n) => expect.stringContaining(`Closes #${n}`))));
    expect(json((await tp.orch(['list', '--json'])).stdout).workers).toEqual([]); // every merged worker was closed
    expect(gh.mergeAttempts()).toBe(0);
  }, 600_000);

  it('a task chain a -> b -> c gives three stacked PRs in order', async () => {
    const { tp, gh } = await make({ worker: 'claude', model: finisher, trusted: true });
    const file = path.join(tp.root, 'tasks.yaml');
    writeFileSync(file, 'tasks:\n  - name: a\n    task: first\n  - name: b\n    task: second\n    dependsOn: [a]\n  - name: c\n    task: third\n    dependsOn: [b]\n');
    const r = await tp.orch(['start', '--tasks', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).tasks.map((t: { status: string }) => t.status)).toEqual(['dispatched', 'queued', 'queued']);
    const run = loop(tp, ['--loop', '1s', '--timeout', '200s', '--idle-grace', '1h']);
    await waitFor(() => gh.pulls().length === 3, 200_000, 'three PRs', 500);
    const prs = gh.pulls().map((p) => [p.head.ref, p.base.ref]);
    expect(prs).toEqual([['feature/a', 'main'], ['feature/b', 'feature/a'], ['feature/c', 'feature/b']]);
    for (const p of gh.pulls()) gh.markMerged(p.number);
    const out = await run;
    expect(out.exitCode, out.stderr).toBe(0);
    expect(gh.mergeAttempts()).toBe(0);
  }, 240_000);
});

describe('orchestrate without GitHub', () => {
  it('a blocked first task with stopOnError cancels b and c, and the loop exits', async () => {
    const blocker: ModelScript = () => ({ text: 'WORKTREE_STATUS: BLOCKED\nREASON: the spec is missing' });
    const tp = await makeTestProject({ worker: 'claude', model: blocker, trusted: true });
    try {
      const file = path.join(tp.root, 'tasks.json');
      writeFileSync(file, JSON.stringify([{ name: 'a', task: 'x' }, { name: 'b', task: 'y', dependsOn: ['a'], stopOnError: true }, { name: 'c', task: 'z', dependsOn: ['b'], stopOnError: true }]));
      expect((await tp.orch(['start', '--tasks', file])).code).toBe(0);
      const out = await loop(tp, ['--loop', '1s', '--timeout', '90s', '--json']);
      expect(out.exitCode, out.stderr).toBe(0);
      const last = out.stdout.trim().split('\n').map((l) => JSON.parse(l)).pop();
      expect(last.finished).toBe(true);
      const dash = json((await tp.orch(['orchestrate', '--json'])).stdout);
      expect(dash.members.map((m: { name: string; status: string }) => [m.name, m.status])).toEqual([['a', 'blocked'], ['b', 'cancelled'], ['c', 'cancelled']]);
      expect(json((await tp.orch(['list', '--json'])).stdout).workers.map((w: { name: string }) => w.name)).toEqual(['a']);
    } finally {
      await tp.cleanup();
    }
  }, 120_000);
});
