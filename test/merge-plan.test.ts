import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanSet, mergeOrder, parseMergeTree } from '../src/core/merge-plan.js';
import { rebaseRequest } from '../src/core/pr-feedback.js';
import { fromMergeable } from '../src/flows/pr/base-conflicts.js';
import { ORCH_BIN, waitFor } from './support/project.js';
import { json as parseJson, squashMergeOnOrigin, useForgeProjects } from './support/forge-project.js';
import { JSON_SCHEMAS } from '../src/core/json-schemas.js';

/** Parses a --json answer; a `pull --plan` answer must also match its published schema. */
function json<T = any>(stdout: string): T {
  const doc = parseJson(stdout);
  if (doc && typeof doc === 'object' && 'order' in doc && 'scratch' in doc) {
    const checked = JSON_SCHEMAS['pull --plan'].safeParse(doc);
    expect(checked.success ? [] : checked.error.issues, 'pull --plan --json does not match its schema').toEqual([]);
  }
  return doc as T;
}
import type { ModelScript } from '../src/demo/scripted-model.js';

const pr = (...ns: number[]) => ns.map((n) => ({ number: n, name: `w${n}` }));

describe('merge order (pure)', () => {
  it.each([
    ['no conflicts: everything, oldest first', pr(3, 1, 2), [], [1, 2, 3]],
    ['one conflicting pair: the older one lands', pr(1, 2, 3, 4), [{ a: 1, b: 2, files: ['x'] }], [1, 3, 4]],
    ['a PR conflicting with two others is the one left out', pr(1, 2, 3), [{ a: 1, b: 2, files: [] }, { a: 1, b: 3, files: [] }], [2, 3]],
    ['a chain 1-2-3: both ends land', pr(1, 2, 3), [{ a: 1, b: 2, files: [] }, { a: 2, b: 3, files: [] }], [1, 3]],
    ['all conflict with each other: one lands', pr(5, 6, 7), [{ a: 5, b: 6, files: [] }, { a: 5, b: 7, files: [] }, { a: 6, b: 7, files: [] }], [5]],
    ['nothing to plan', [], [], []],
  ])('%s', (_what, prs, pairs, want) => {
    expect(cleanSet(prs, pairs)).toEqual(want);
    const { clean, later } = mergeOrder(prs, pairs);
    expect(clean).toEqual(want);
    expect([...clean, ...later].sort((a, b) => a - b)).toEqual(prs.map((p) => p.number).sort((a, b) => a - b));
  });

  it('falls back to greedy by fewest conflicts beyond 16 PRs', () => {
    const many = pr(...Array.from({ length: 20 }, (_, i) => i + 1));
    // 1 conflicts with everyone; the rest are independent.
    const pairs = many.slice(1).map((p) => ({ a: 1, b: p.number, files: [] }));
    expect(cleanSet(many, pairs)).toEqual(many.slice(1).map((p) => p.number));
  });

  it.each([
    [`${'a'.repeat(40)}\n`, { tree: 'a'.repeat(40), files: [] }],
    [`${'b'.repeat(40)}\nshared.txt\nsrc/x.ts\nshared.txt\n\nAuto-merging shared.txt\n`, { tree: 'b'.repeat(40), files: ['shared.txt', 'src/x.ts'] }],
  ])('parseMergeTree', (out, want) => {
    expect(parseMergeTree(out)).toEqual(want);
  });
});

describe('after a merge (pure parts)', () => {
  it('the rebase request names the files as code and asks for finish, never a merge', () => {
    const msg = rebaseRequest({ pr: 9, base: 'main', files: ['src/a.ts', 'x`; rm -rf /`.md'], orch: 'orch', name: 'fix-9-x' });
    expect(msg).toContain('#9 now conflicts with main');
    expect(msg).toContain('`src/a.ts`, `xrm-rf/.md`'); // only path characters survive
    expect(msg).toContain('Run `orch finish fix-9-x`: it rebases your branch on origin/main and pushes with lease.');
    expect(msg).toContain('Never merge the pull request yourself.');
  });

  it.each([
    [true, null],
    [false, { name: 'w', pr: 1, head: 'h', files: [] }],
  ])('GitHub mergeable %s without merge-tree', (mergeable, want) => {
    expect(fromMergeable([{ name: 'w', pr: 1, head: 'h', mergeable }]).get('w')).toEqual(want);
  });
  it('a PR GitHub has not computed yet is left out', () => {
    expect(fromMergeable([{ name: 'w', pr: 1, head: 'h', mergeable: null }]).size).toBe(0);
  });
});

const make = useForgeProjects();

describe('orch pull --plan', () => {
  it('four PRs, two of which conflict: the pair and its file, an order that lands three, tests per merge, nothing merged or pushed', { timeout: 240_000 }, async () => {
    const { tp, gh } = await make({
      worker: 'none',
      files: { 'shared.txt': 'one\ntwo\nthree\n', 'other.txt': 'a\n' },
      config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'test ! -f broken.txt' } },
    });
    const numbers: Record<string, number> = {};
    const edits: Record<string, [string, string]> = {
      'plan-a': ['shared.txt', 'one\nTWO from a\nthree\n'],
      'plan-b': ['shared.txt', 'one\nTWO from b\nthree\n'],
      'plan-c': ['other.txt', 'a\nc was here\n'],
      'plan-d': ['broken.txt', 'the tests refuse this file\n'],
    };
    for (const [name, [file, content]] of Object.entries(edits)) {
      const r = await tp.orch(['start', name, '--task', `edit ${file}`, '--no-launch']);
      expect(r.code, r.stderr).toBe(0);
      const wt = path.join(tp.worktrees, name);
      writeFileSync(path.join(wt, file), content);
      await tp.git(['add', file], wt);
      await tp.git(['commit', '-q', '-m', `${name}: edit ${file}`], wt);
      await tp.git(['push', '-q', '-u', 'origin', `feature/${name}`], wt);
      numbers[name] = gh.addPull({ head: `feature/${name}`, title: `${name} edits ${file}` });
      gh.setCheckRuns(`feature/${name}`, [{ name: 'unit-tests', conclusion: 'success' }]);
    }
    const [a, b, c, d] = ['plan-a', 'plan-b', 'plan-c', 'plan-d'].map((n) => numbers[n]!) as [number, number, number, number];
    const before = { head: await tp.git(['rev-parse', 'HEAD']), status: await tp.git(['status', '--porcelain']), origin: await tp.git(['--git-dir', tp.origin, 'for-each-ref', '--format=%(refname) %(objectname)']) };

    const plan = await tp.orch(['pull', '--plan', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    const p = json(plan.stdout);
    expect(p.method).toBe('merge-tree');
    expect(p.prs.map((x: { number: number }) => x.number).sort()).toEqual([a, b, c, d].sort());
    expect(p.conflictsWithBase).toEqual([]);
    expect(p.pairs).toEqual([{ a, b, files: ['shared.txt'] }]);
    expect(p.order).toEqual([a, c, d]);
    expect(p.later).toEqual([{ pr: b, reason: `conflicts with #${a} (shared.txt): merge after those land and it is rebased` }]);
    expect(p.scratch.removed).toBe(true);

    const text = await tp.orch(['pull', '--plan']);
    expect(text.stdout).toContain(`1. #${a} feature/plan-a`);
    expect(text.stdout).toContain(`#${a} and #${b}: shared.txt`);

    // With --test, each merge is tested in the scratch worktree: plan-d breaks the tests and drops out of the order.
    const tested = json((await tp.orch(['pull', '--plan', '--test', '--json'])).stdout);
    expect(tested.order).toEqual([a, c]);
    expect(tested.later).toEqual(expect.arrayContaining([{ pr: d, reason: 'tests fail once it is merged (repo)' }]));
    expect(tested.steps.find((s: { pr: number }) => s.pr === c).tests).toEqual([{ name: 'repo', pass: true }]);
    expect(tested.scratch.removed).toBe(true);

    // The fallback for git older than 2.38: index plumbing in the detached scratch, its files reset before teardown.
    const fallback = json((await tp.orch(['pull', '--plan', '--test', '--json'], { env: { ORCH_GIT_NO_MERGE_TREE: '1' } })).stdout);
    expect(fallback).toMatchObject({ method: 'read-tree', pairs: [{ a, b, files: ['shared.txt'] }], order: [a, c], scratch: { removed: true } });

    // Nothing changed: the user's checkout, origin's refs, and no scratch worktree left behind.
    expect({ head: await tp.git(['rev-parse', 'HEAD']), status: await tp.git(['status', '--porcelain']), origin: await tp.git(['--git-dir', tp.origin, 'for-each-ref', '--format=%(refname) %(objectname)']) }).toEqual(before);
    expect(await tp.git(['worktree', 'list', '--porcelain'])).not.toContain('.merge-plan');
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);

    // A check that is not green keeps a PR out of the plan.
    gh.setCheckRuns('feature/plan-c', [{ name: 'unit-tests', conclusion: 'failure' }]);
    const red = json((await tp.orch(['pull', '--plan', '--json'])).stdout);
    expect(red.skipped).toEqual([expect.objectContaining({ name: 'plan-c', pr: c, reason: 'checks are failing (unit-tests)' })]);

    // After a human merges plan-a on GitHub, plan-b goes from clean to conflicting.
    expect(json((await tp.orch(['pull', '--json'])).stdout).becameConflicting).toEqual([]);
    await squashMergeOnOrigin(tp, 'feature/plan-a', 'plan-a (#1)');
    gh.markMerged(a);
    const after = json((await tp.orch(['pull', '--json'])).stdout);
    expect(after.becameConflicting).toEqual([{ name: 'plan-b', pr: b, files: ['shared.txt'] }]);
    expect(after.rows.find((r: { name: string }) => r.name === 'plan-b').conflictsWithBase).toEqual(['shared.txt']);
    expect(json((await tp.orch(['pull', '--json'])).stdout).becameConflicting).toEqual([]); // told once
    // plan-b has no live window (started with --no-launch): --yes says so rather than pretending.
    const yes = json((await tp.orch(['pull', '--yes', '--json'])).stdout);
    expect(yes.applied.landed).toEqual(['plan-a']);
    expect(yes.applied.rebaseNotAsked).toEqual([expect.objectContaining({ name: 'plan-b', pr: b, reason: expect.stringContaining('window is gone') })]);
    expect(gh.mergeAttempts()).toBe(0);
  });

  it('after a human merge, pull --yes tells the worker whose PR now conflicts with the base to rebase', { timeout: 300_000 }, async () => {
    // Both workers add shared.txt with their own content: whichever merges first, the other conflicts.
    const script: ModelScript = (ctx) => {
      const name = path.basename(ctx.cwd ?? 'x');
      if (ctx.prompt.includes('now conflicts with')) return { text: 'Will rebase.\n\nWORKTREE_STATUS: COMPLETE\nPR: see above\nTESTS_PASSED: 1/1' };
      if (ctx.prompt.startsWith('Status check')) return { text: 'WORKTREE_STATUS: COMPLETE\nPR: see above\nTESTS_PASSED: 1/1' };
      if (ctx.step === 0) return { tool: 'Bash', input: { command: `echo ${name} > shared.txt && git add shared.txt && git commit -q -m 'feat: shared from ${name}'`, description: 'commit' } };
      if (ctx.step === 1) return { tool: 'Bash', input: { command: `node ${ORCH_BIN} finish ${name}`, description: 'open the PR' } };
      return { text: 'Opened the pull request.\n\nWORKTREE_STATUS: COMPLETE\nPR: see above\nTESTS_PASSED: 1/1' };
    };
    const { tp, gh } = await make({ worker: 'claude', model: script, trusted: true });
    gh.addIssue({ number: 1, title: 'First shared', body: 'Please.' });
    gh.addIssue({ number: 2, title: 'Second shared', body: 'Please.' });
    expect((await tp.orch(['start-issues', '1', '2'])).code).toBe(0);
    await waitFor(() => gh.pulls().length === 2, 150_000, 'two PRs', 500);
    const prOf = (n: number) => gh.pulls().find((p) => p.head.ref.startsWith(`fix/${n}-`))!;
    const plan = json((await tp.orch(['pull', '--plan', '--json'])).stdout);
    // Whichever worker opened its PR first has the older PR: the plan lands that one and holds the other.
    const [first, second] = [prOf(1), prOf(2)].sort((x, y) => x.number - y.number) as [ReturnType<typeof prOf>, ReturnType<typeof prOf>];
    expect(plan.pairs).toHaveLength(1);
    expect([plan.pairs[0].a, plan.pairs[0].b].sort()).toEqual([first.number, second.number].sort());
    expect(plan.pairs[0].files).toEqual(['shared.txt']);
    expect(plan.order).toEqual([first.number]);

    // The human merges the first on GitHub, as the plan says.
    await squashMergeOnOrigin(tp, first.head.ref, 'First shared');
    gh.markMerged(first.number);
    const w2 = second.head.ref.replace('/', '-');
    // The worker must be idle (its turn over) before anything is typed into it.
    await waitFor(async () => json((await tp.orch(['list', '--json'])).stdout).workers.find((w: { name: string }) => w.name === w2)?.state.name === 'done' || undefined, 120_000, 'worker 2 done');
    const yes = await tp.orch(['pull', '--yes', '--json']);
    expect(yes.code, yes.stderr).toBe(0);
    const y = json(yes.stdout);
    expect(y.rows.find((r: { name: string }) => r.name === w2).conflictsWithBase).toEqual(['shared.txt']);
    expect(y.applied.rebaseAsked).toEqual([{ name: w2, pr: second.number }]);
    const prompt = await waitFor(() => tp.model!.requests.find((q) => q.ctx.prompt.includes('now conflicts with main'))?.ctx, 60_000, 'the rebase prompt');
    expect(path.basename(prompt.cwd ?? '')).toBe(w2);
    expect(prompt.prompt).toContain('in `shared.txt`');
    expect(prompt.prompt).toContain(`finish ${w2}\`: it rebases your branch on origin/main and pushes with lease`);
    // Asked once per PR head and base commit.
    expect(json((await tp.orch(['pull', '--yes', '--json'])).stdout).applied.rebaseAsked).toEqual([]);
    expect(gh.mergeAttempts()).toBe(0);
  });
});
