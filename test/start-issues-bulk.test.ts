import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useForgeProjects, json, spawnOrch, worktreeNames } from './support/forge-project.js';
import { waitFor } from './support/project.js';

const make = useForgeProjects();
type Row = { issue: number; status: string; reason?: string; name?: string; branch?: string };

async function orchBranches(git: (a: string[]) => Promise<string>): Promise<string[]> {
  return (await git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/fix/'])).split('\n').filter(Boolean).sort();
}

describe('orch start-issues in bulk', () => {
  it('14 issues at concurrency 8: every worktree, branch and window, no git lock errors', { timeout: 240_000 }, async () => {
    const { tp, gh } = await make();
    const numbers = Array.from({ length: 14 }, (_, i) => i + 1);
    for (const n of numbers) gh.addIssue({ number: n, title: `Parallel task number ${n}` });
    const r = await tp.orch(['start-issues', ...numbers.map(String), '--concurrency', '8', '--json'], { timeoutMs: 180_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\.lock|could not lock|cannot lock/i);
    const rows: Row[] = json(r.stdout).rows;
    expect(rows.map((x) => x.status)).toEqual(numbers.map(() => 'dispatched'));
    expect(worktreeNames(tp)).toEqual(numbers.map((n) => `fix-${n}-parallel-task-number-${n}`).sort());
    expect(await orchBranches(tp.git)).toEqual(numbers.map((n) => `fix/${n}-parallel-task-number-${n}`).sort());
    const windows = (await tp.tmux(['list-windows', '-t', '=orchtest', '-F', '#{window_name}'])).stdout.split('\n').filter((w) => w.startsWith('fix-'));
    expect(windows.sort()).toEqual(numbers.map((n) => `fix-${n}-parallel-task-number-${n}`).sort());
    const wts = (await tp.git(['worktree', 'list', '--porcelain'])).split('\n').filter((l) => l.startsWith('worktree ')).length;
    expect(wts).toBe(15);
  });

  it('killed half-way, the same command dispatches only what is missing and never duplicates', { timeout: 240_000 }, async () => {
    const { tp, gh } = await make();
    const numbers = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const n of numbers) gh.addIssue({ number: n, title: `Resumable ${n}` });
    const args = ['start-issues', ...numbers.map(String), '--concurrency', '2', '--json'];
    const first = spawnOrch(tp, args);
    const project = await tp.project();
    await waitFor(() => project.registry.listWorkers().length >= 3, 60_000, 'three workers registered', 20);
    first.kill('SIGKILL');
    await first;
    const before = project.registry.listWorkers().map((w) => w.name);
    expect(before.length).toBeLessThan(8);

    const again = await tp.orch(args, { timeoutMs: 120_000 });
    expect(again.code, again.stderr).toBe(0);
    const rows: Row[] = json(again.stdout).rows;
    for (const row of rows) {
      const name = `fix-${row.issue}-resumable-${row.issue}`;
      if (before.includes(name)) {
        // Dispatched by the killed run: skipped now, running or resumable.
        expect(row.status, `#${row.issue}`).toBe('skipped');
        expect(row.reason).toMatch(/already has a worktree/);
      } else if (row.status === 'skipped') {
        // Killed between `git worktree add` and the registry write: reported with the repair, not duplicated.
        expect(row.reason, `#${row.issue}`).toMatch(/orch has no record of it|already exists without a worktree/);
      } else expect(row.status, `#${row.issue} ${row.reason ?? ''}`).toBe('dispatched');
    }
    expect(rows.filter((x) => x.status === 'dispatched').length).toBeGreaterThan(0);
    // One branch per issue at most, and every issue has its branch.
    const branches = await orchBranches(tp.git);
    expect(branches).toEqual(numbers.map((n) => `fix/${n}-resumable-${n}`).sort());
    const registered = project.registry.listWorkers().map((w) => w.name).sort();
    expect(new Set(registered).size).toBe(registered.length);
    const halfCreated = rows.filter((x) => x.status === 'skipped' && !before.includes(x.name!)).map((x) => x.name!);
    expect([...registered, ...halfCreated].sort()).toEqual(numbers.map((n) => `fix-${n}-resumable-${n}`).sort());

    // A third run changes nothing.
    const third = await tp.orch(args);
    expect(json(third.stdout).rows.every((x: Row) => x.status === 'skipped')).toBe(true);
    expect(project.registry.listWorkers().map((w) => w.name).sort()).toEqual(registered);
    void path;
  });
});
