// The issue's "done when", end to end: real Claude Code workers (driven by the scripted model) commit a
// fix and run `orch finish` themselves; a human merges two PRs on "github.com"; `orch pull --yes` lands
// exactly those two. The GitHub emulator proves no merge request was ever made.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelScript } from '../src/demo/scripted-model.js';
import { useForgeProjects, json, squashMergeOnOrigin, worktreeNames } from './support/forge-project.js';
import { finishCommandIn } from '../src/core/brief.js';
import { waitFor } from './support/project.js';

const make = useForgeProjects();

/** Each worker (named by its cwd) reads its brief, commits a fix, runs the brief's `orch finish` line and reports. */
function workerScript(): ModelScript {
  const finishCommand = new Map<string, string>();
  return (ctx) => {
    const name = path.basename(ctx.cwd ?? 'unknown');
    switch (ctx.step) {
      case 0:
        return { text: 'Reading my brief first.', tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'Read the worktree brief' } };
      case 1: {
        const cmd = finishCommandIn(ctx.lastToolResult ?? '');
        if (cmd) finishCommand.set(name, cmd);
        return {
          text: 'Making the focused fix.',
          tool: 'Bash',
          input: { command: `mkdir -p fixes && echo 'fixed by ${name}' > fixes/${name}.txt && git add fixes && git commit -q -m 'fix(${name}): the fix'`, description: 'Commit the fix' },
        };
      }
      case 2:
        return { tool: 'Bash', input: { command: finishCommand.get(name) ?? 'echo "no finish command in the brief"; exit 1', description: 'Open the pull request' } };
      default: {
        const url = /PR #\d+ (?:opened|already open): (\S+)/.exec(ctx.lastToolResult ?? '')?.[1];
        return url
          ? { text: `Done.\n\nWORKTREE_STATUS: COMPLETE\nPR: ${url}\nTESTS_PASSED: no test command configured` }
          : { text: `WORKTREE_STATUS: BLOCKED\nREASON: orch finish failed: ${(ctx.lastToolResult ?? '').slice(0, 200)}` };
      }
    }
  };
}

describe('issue blasting, end to end', () => {
  it('start-issues 1..5 -> real workers finish into PRs -> two merged by a human -> pull --yes lands exactly those', { timeout: 420_000 }, async () => {
    const { tp, gh } = await make({ worker: 'claude', model: workerScript() });
    const titles = ['Login button does nothing', 'Typo in footer', 'Already fixed', 'Crash on empty cart', 'Slow search'];
    titles.forEach((title, i) => gh.addIssue({ number: i + 1, title, body: `Steps to reproduce #${i + 1}`, ...(i === 2 ? { state: 'closed' as const } : {}) }));

    const r = await tp.orch(['start-issues', '1', '2', '3', '4', '5', '--json'], { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    const rows: Array<{ issue: number; status: string; reason?: string; name: string; branch: string }> = json(r.stdout).rows;
    expect(rows.map((x) => [x.issue, x.status])).toEqual([[1, 'dispatched'], [2, 'dispatched'], [3, 'skipped'], [4, 'dispatched'], [5, 'dispatched']]);
    expect(rows[2]!.reason).toBe('issue #3 is closed');
    const workers = rows.filter((x) => x.status === 'dispatched');

    // Each worker runs `orch finish` itself: exactly one PR per issue, each closing it.
    await waitFor(() => gh.pulls().length >= 4, 240_000, 'four pull requests', 1000);
    await new Promise((res) => setTimeout(res, 2000));
    const pulls = gh.pulls();
    expect(pulls).toHaveLength(4);
    for (const w of workers) {
      const pr = pulls.find((p) => p.head.ref === w.branch);
      expect(pr, w.branch).toBeDefined();
      expect(pr!.body).toContain(`Closes #${w.issue}`);
      expect(pr!.title).toBe(titles[w.issue - 1]);
    }

    const dash = await tp.orch(['pull', '--json']);
    expect(dash.code, dash.stderr).toBe(0);
    expect(json(dash.stdout).rows.map((x: { branch: string; pr: { state: string } }) => [x.branch, x.pr.state])).toEqual(workers.map((w) => [w.branch, 'OPEN']));

    // A human squash-merges the PRs of issues 1 and 4 on github.com.
    const merged = workers.filter((w) => w.issue === 1 || w.issue === 4);
    for (const w of merged) {
      const pr = pulls.find((p) => p.head.ref === w.branch)!;
      gh.markMerged(pr.number, { mergeCommitSha: await squashMergeOnOrigin(tp, w.branch, `${pr.title} (#${pr.number})`) });
    }
    const yes = await tp.orch(['pull', '--yes', '--json']);
    expect(yes.code, yes.stderr).toBe(0);
    const applied = json(yes.stdout).applied;
    expect(applied.landed.sort()).toEqual(merged.map((w) => w.name).sort());
    expect(applied.refused).toEqual([]);
    expect(worktreeNames(tp)).toEqual(workers.filter((w) => !merged.includes(w)).map((w) => w.name).sort());
    for (const w of merged) expect(existsSync(path.join(tp.repo, 'fixes', `${w.name}.txt`)), `${w.name} landed on main`).toBe(true);

    expect(gh.mergeAttempts()).toBe(0);
    expect(gh.violations).toEqual([]);
  });
});
