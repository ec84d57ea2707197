import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useForgeProjects, json, originSha, squashMergeOnOrigin, worktreeNames } from './support/forge-project.js';
import { JSON_SCHEMAS } from '../src/core/json-schemas.js';
import { waitFor } from './support/project.js';

const make = useForgeProjects();

describe('orch pull', () => {
  it('shows everything and touches nothing; --yes lands exactly the merged, safe worktrees', { timeout: 240_000 }, async () => {
    const { tp, gh } = await make();
    const titles = ['Squash me', 'Still open', 'Merged but dirty', 'Merged then more work'];
    titles.forEach((title, i) => gh.addIssue({ number: i + 1, title }));
    const started = await tp.orch(['start-issues', '1', '2', '3', '4', '--json']);
    expect(started.code, started.stderr).toBe(0);
    const names: string[] = json(started.stdout).rows.map((r: { name: string }) => r.name);
    const wt = (i: number) => path.join(tp.worktrees, names[i]!);
    const prs: number[] = [];
    for (const [i, name] of names.entries()) {
      await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wt(i))).startsWith('demo('), 40_000, `${name} commit`);
      const f = await tp.orch(['finish', name, '--json']);
      expect(f.code, f.stderr).toBe(0);
      prs.push(json(f.stdout).pr.number);
    }
    // A human squash-merges 1, 3 and 4 on github.com (GitHub deletes the head branch of 1).
    for (const i of [0, 2, 3]) {
      const sha = await squashMergeOnOrigin(tp, `fix/${i + 1}-${names[i]!.replace(/^fix-\d+-/, '')}`, `${titles[i]} (#${prs[i]})`, { deleteBranch: i === 0 });
      gh.markMerged(prs[i]!, { mergeCommitSha: sha });
    }
    gh.setCheckRuns(`fix/2-still-open`, [{ name: 'test', conclusion: 'failure', details_url: 'https://ci.example/2' }]);
    gh.addReview(prs[1]!, { state: 'CHANGES_REQUESTED', body: 'please add a test', user: 'alice' });
    writeFileSync(path.join(wt(2), 'scratch.txt'), 'not committed\n');
    writeFileSync(path.join(wt(3), 'late.txt'), 'after the merge\n');
    await tp.git(['add', 'late.txt'], wt(3));
    await tp.git(['commit', '-q', '-m', 'late work'], wt(3));

    const mainBefore = await tp.git(['rev-parse', 'main']);
    const dry = await tp.orch(['pull', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const d = json(dry.stdout);
    expect(d.rows.map((r: { name: string; pr: { state: string }; worktreePresent: boolean }) => [r.name, r.pr.state, r.worktreePresent])).toEqual([
      [names[0], 'MERGED', true],
      [names[1], 'OPEN', true],
      [names[2], 'MERGED', true],
      [names[3], 'MERGED', true],
    ]);
    expect(d.rows[1]).toMatchObject({ pr: { number: prs[1], ci: 'FAILING', review: 'CHANGES_REQUESTED' }, failingChecks: ['test'], mergeable: true, title: 'Still open', worker: { name: names[1] } });
    expect(JSON_SCHEMAS.pull.safeParse(d).success).toBe(true);
    expect(d.incoming.count).toBe(3);
    // Stand-in workers write no transcript: no tokens, so $0 (a priced nothing), per worker and for the batch.
    expect(d.rows.map((r: { cost: { usd: number; turns: number } }) => [r.cost.usd, r.cost.turns])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(d.costs.total).toMatchObject({ usd: 0, turns: 0 });
    expect(d.applied).toBeNull();
    const text = await tp.orch(['pull']);
    expect(text.stdout).toMatch(/BRANCH\s+PR\s+STATE\s+CI\s+REVIEW\s+MERGEABLE\s+WORKTREE\s+WORKER\s+COST\s+TITLE/);
    expect(text.stdout).toMatch(/fix\/2-still-open\s+#\d+\s+OPEN\s+FAILING \(test\)\s+CHANGES_REQUESTED/);
    expect(text.stdout).toContain('Incoming on origin/main: 3 commits the local main lacks');
    expect(text.stdout).toContain('Nothing was changed');
    expect(await tp.git(['rev-parse', 'main'])).toBe(mainBefore);
    expect(worktreeNames(tp)).toEqual([...names].sort());

    // --yes stops when the main checkout is not on the base branch.
    await tp.git(['switch', '-q', '-c', 'side']);
    const refused = await tp.orch(['pull', '--yes']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/on side, not main; nothing was changed/);
    await tp.git(['switch', '-q', 'main']);
    expect(worktreeNames(tp)).toEqual([...names].sort());

    const yes = await tp.orch(['pull', '--yes', '--json']);
    // Two landings were refused to protect work: the report is printed and the exit code is the refusal's.
    expect(yes.code, yes.stderr).toBe(3);
    const a = json(yes.stdout).applied;
    expect(a.landed).toEqual([names[0]]);
    expect(JSON_SCHEMAS.pull.safeParse(json(yes.stdout)).success).toBe(true);
    expect(a.active).toEqual([{ name: names[1], prState: 'OPEN' }]);
    expect(a.refused.map((x: { name: string }) => x.name)).toEqual([names[2], names[3]]);
    expect(a.refused[0].reasons.join()).toMatch(/uncommitted: 1 uncommitted or untracked file\(s\): scratch\.txt/);
    expect(a.refused[1].reasons.join()).toMatch(/unpushed: 1 commit\(s\) on fix\/\S+ are on no remote branch and not in the merged pull request/);
    expect(a.fastForwarded).toBe(3);
    expect(a.newBase.sha).toBe(originSha(tp.origin, 'main'));
    expect(await tp.git(['rev-parse', 'main'])).toBe(originSha(tp.origin, 'main'));
    expect(await tp.git(['rev-list', '--merges', '--count', 'main'])).toBe('0');

    expect(worktreeNames(tp)).toEqual([names[1], names[2], names[3]].sort());
    expect(await tp.git(['branch', '--list', 'fix/1-*'])).toBe('');
    expect((await tp.project()).registry.getWorker(names[0]!)).toBeUndefined();
    const windows = (await tp.tmux(['list-windows', '-t', '=orchtest', '-F', '#{window_name}'])).stdout.split('\n');
    expect(windows).not.toContain(names[0]);
    expect(windows).toContain(names[1]);
    expect(existsSync(path.join(wt(2), 'scratch.txt'))).toBe(true);

    // Once the refusals are dealt with, the next --yes lands them.
    await tp.git(['clean', '-fq'], wt(2));
    await tp.git(['reset', '-q', '--hard', 'HEAD~1'], wt(3));
    const again = json((await tp.orch(['pull', '--yes', '--json'])).stdout).applied;
    expect(again.landed).toEqual([names[2], names[3]]);
    expect(worktreeNames(tp)).toEqual([names[1]]);
  });
});
