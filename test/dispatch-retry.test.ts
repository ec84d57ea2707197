// No holes: a dispatch that fails is retried once after the load drops; one that fails again goes back on the
// batch's queue with its reason, the batch report lists it, and `orchestrate poll` keeps the batch open.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllows } from '../src/core/load.js';
import { json, useForgeProjects } from './support/forge-project.js';
import { STAND_IN, waitFor } from './support/project.js';

describe('loadAllows', () => {
  it.each([
    [0.5, 2, true],
    [1.99, 2, true],
    [2, 2, false],
    [7.3, 4, false],
    [0.2, 0, true],
  ])('load %d on %d cores: %s', (load, cores, want) => {
    expect(loadAllows(load, cores)).toBe(want);
  });
});

const make = useForgeProjects();

/**
 * A worker command that fails its first `failFirst` launches in each worktree (it prints and exits, as a CLI that
 * could not boot under load does), then runs the stand-in worker.
 */
function flakyWorker(dir: string, failFirst: number): Record<string, unknown> {
  const script = path.join(dir, 'flaky-worker.mjs');
  writeFileSync(
    script,
    [
      "import { existsSync, readFileSync, writeFileSync } from 'node:fs';",
      "import path from 'node:path';",
      `const file = path.join(${JSON.stringify(dir)}, 'launches-' + path.basename(process.cwd()));`,
      "const n = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;",
      'writeFileSync(file, String(n + 1));',
      `if (n < ${failFirst}) { console.log('worker crashed while booting (launch ' + (n + 1) + ')'); process.exit(1); }`,
      `await import(${JSON.stringify(STAND_IN)});`,
    ].join('\n'),
  );
  return { preset: 'generic', cmd: process.execPath, args: [script], ready: { matchAny: ['stand-in ready>'] }, bootWaitSec: 10 };
}

describe('a dispatch that fails', () => {
  it('is retried once and then succeeds: the worker runs, nothing is queued', { timeout: 180_000 }, async () => {
    const fp = await make({ worker: 'none' });
    fp.tp.writeConfig({ ...fp.tp.raw, workerCli: flakyWorker(fp.tp.root, 1) });
    fp.gh.addIssue({ number: 7, title: 'Flaky boot' });
    const r = await fp.tp.orch(['start-issues', '7', '--json'], { env: { ORCH_DISPATCH_RETRY_WAIT_MS: '3000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).rows, r.stderr).toMatchObject([{ issue: 7, status: 'dispatched' }]);
    // The log says what the failed attempt undid before the retry: nothing of it is left to trip the retry.
    expect(r.stderr).toMatch(/dispatch failed \(.*\); rolled back: closed window fix-7-flaky-boot; removed worktree \S+ and branch fix\/7-flaky-boot; retrying once when the load drops/);
    const name: string = json(r.stdout).rows[0].name;
    await waitFor(async () => (await fp.tp.git(['log', '-1', '--format=%s', `fix/7-flaky-boot`])).startsWith('demo(') || undefined, 30_000, 'the retried worker committed');
    const dash = json((await fp.tp.orch(['orchestrate', '--json'])).stdout);
    expect(dash.workers).toEqual([expect.objectContaining({ name })]);
    expect([...dash.queued, ...dash.cancelled, ...dash.closed]).toEqual([]);
  });

  it('twice is re-queued with its reason, listed by the batch report, and keeps the batch open', { timeout: 240_000 }, async () => {
    const fp = await make({ worker: 'none' });
    fp.tp.writeConfig({ ...fp.tp.raw, workerCli: flakyWorker(fp.tp.root, 4) });
    fp.gh.addIssue({ number: 8, title: 'Never boots' });
    const env = { ORCH_DISPATCH_RETRY_WAIT_MS: '1000' };
    const r = await fp.tp.orch(['start-issues', '8', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const row = json(r.stdout).rows[0];
    expect(row, r.stderr).toMatchObject({ issue: 8, status: 'queued' });
    expect(row.reason).toMatch(/^re-queued: dispatch failed twice: /);
    const text = await fp.tp.orch(['orchestrate'], { env });
    expect(text.stdout).toMatch(new RegExp(`${row.name} +queued .*re-queued after 1 failed dispatch`));

    // The next poll dispatches it again (two more launches fail), re-queues it, reports it, and the batch stays open.
    const poll = await fp.tp.orch(['orchestrate', 'poll', '--json'], { env });
    expect(poll.code, poll.stderr).toBe(0);
    const p = json(poll.stdout);
    // On failure, say why: a re-queued item keeps the batch open; one cancelled (its branch or worktree left behind) does not.
    expect(p.finished, `${poll.stderr}\ncancelled: ${JSON.stringify(p.cancelled)}`).toBe(false);
    expect(p.requeued).toEqual([{ name: row.name, reason: expect.stringMatching(/^re-queued after 2 failed dispatches \(/) }]);
    // The fifth launch succeeds: a third dispatch from the queue starts it.
    const again = json((await fp.tp.orch(['orchestrate', 'poll', '--json'], { env })).stdout);
    expect(again.dispatched).toEqual([row.name]);
    expect(again.requeued).toEqual([]);
  });
});
