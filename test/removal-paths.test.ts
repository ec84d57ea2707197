import path from 'node:path';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { json, squashMergeOnOrigin, useForgeProjects } from './support/forge-project.js';
import { waitFor, type TestProject } from './support/project.js';

/**
 * Every path that removes a worktree goes through the one teardown, so each must refuse what would lose work:
 * an uncommitted file, an unpushed commit, a commit made after the merged head. Each case checks that the work is
 * left intact (exit 3, a refusal naming it) and that the main checkout's linked node_modules survives.
 */

const make = useForgeProjects();
const LAYOUT = { type: 'root', envFiles: ['.env'], nodeModules: 'node_modules' };
const MAIN_FILE = ['node_modules', 'left-pad', 'index.js'];

async function project(extra: Record<string, unknown> = {}) {
  const fp = await make({ config: { layout: LAYOUT, ...extra } });
  const file = path.join(fp.tp.repo, ...MAIN_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'module.exports = 1;\n');
  return { ...fp, mainIntact: () => expect(readFileSync(file, 'utf8')).toBe('module.exports = 1;\n') };
}

async function commit(tp: TestProject, wt: string, file: string): Promise<string> {
  writeFileSync(path.join(wt, file), `${file}\n`);
  await tp.git(['add', file], wt);
  await tp.git(['commit', '-q', '-m', `add ${file}`], wt);
  return tp.git(['rev-parse', 'HEAD'], wt);
}

const linked = (wt: string) => {
  // Its own node_modules folder whose entries link to the main checkout's packages.
  const nm = path.join(wt, 'node_modules');
  return lstatSync(nm).isDirectory() && !lstatSync(nm).isSymbolicLink() && readdirSync(nm).some((e) => lstatSync(path.join(nm, e)).isSymbolicLink());
};

describe('every removal path refuses to lose work', () => {
  it('close: an uncommitted file, then an unpushed commit', async () => {
    const { tp, mainIntact } = await project();
    expect((await tp.orch(['start', 'c1', '--task', 'x', '--no-launch'])).code).toBe(0);
    const wt = path.join(tp.worktrees, 'c1');
    writeFileSync(path.join(wt, 'draft.txt'), 'draft\n');
    const a = await tp.orch(['close', 'c1']);
    expect(a.code, a.stderr).toBe(3);
    expect(a.stderr).toMatch(/uncommitted: 1 uncommitted or untracked file\(s\): draft\.txt/);
    const sha = await commit(tp, wt, 'draft.txt');
    const b = await tp.orch(['close', 'c1']);
    expect(b.code, b.stderr).toBe(3);
    expect(b.stderr).toMatch(new RegExp(`unpushed: 1 commit\\(s\\) on feature/c1 are on no remote branch \\(${sha.slice(0, 7)}\\)`));
    expect(await tp.git(['rev-parse', 'HEAD'], wt)).toBe(sha);
    expect(linked(wt)).toBe(true);
    mainIntact();
  });

  it('cleanup: a worktree whose registration was lost, holding a file and a commit, is refused', async () => {
    const { tp, mainIntact } = await project();
    expect((await tp.orch(['start', 'z1', '--task', 'x', '--no-launch'])).code).toBe(0);
    const wt = path.join(tp.worktrees, 'z1');
    await commit(tp, wt, 'kept.txt');
    writeFileSync(path.join(wt, 'draft.txt'), 'draft\n');
    rmSync(path.join(tp.repo, '.git', 'worktrees', 'z1'), { recursive: true, force: true });
    const r = await tp.orch(['cleanup', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(3);
    const z = json(r.stdout).results.find((x: { kind: string }) => x.kind === 'zombie');
    expect(z).toMatchObject({ target: wt, outcome: 'refused' });
    expect(readFileSync(path.join(wt, 'draft.txt'), 'utf8')).toBe('draft\n');
    expect(readFileSync(path.join(wt, 'kept.txt'), 'utf8')).toBe('kept.txt\n');
    expect(linked(wt)).toBe(true);
    mainIntact();
  });

  it('orchestrate poll and pull --yes after a human merge: an uncommitted file and a commit after the merged head', { timeout: 180_000 }, async () => {
    const { tp, gh, mainIntact } = await project();
    gh.addIssue({ number: 1, title: 'One' });
    gh.addIssue({ number: 2, title: 'Two' });
    const s = await tp.orch(['start-issues', '1', '2', '--json']);
    expect(s.code, s.stderr).toBe(0);
    const names: string[] = json(s.stdout).rows.map((r: { name: string }) => r.name);
    const wts = names.map((n) => path.join(tp.worktrees, n));
    for (const [i, name] of names.entries()) {
      await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wts[i]!)).startsWith('demo('), 40_000, `${name} commit`);
      const f = await tp.orch(['finish', name, '--json']);
      expect(f.code, f.stderr).toBe(0);
      const pr = json(f.stdout).pr.number;
      const branch = json(f.stdout).branch;
      gh.markMerged(pr, { mergeCommitSha: await squashMergeOnOrigin(tp, branch, `${name} (#${pr})`) });
    }
    writeFileSync(path.join(wts[0]!, 'scratch.txt'), 'not committed\n');
    const late = await commit(tp, wts[1]!, 'late.txt');

    const poll = await tp.orch(['orchestrate', 'poll', '--json']);
    expect(poll.code, poll.stderr).toBe(3);
    const refused = json(poll.stdout).refused;
    expect(refused.map((x: { name: string }) => x.name)).toEqual(names);
    expect(refused[0].reason).toMatch(/uncommitted: .*scratch\.txt/);
    expect(refused[1].reason).toMatch(/unpushed: 1 commit\(s\) .* not in the merged pull request/);

    const pull = await tp.orch(['pull', '--yes', '--json']);
    expect(pull.code, pull.stderr).toBe(3);
    expect(json(pull.stdout).applied.refused.map((x: { name: string }) => x.name)).toEqual(names);

    expect(readFileSync(path.join(wts[0]!, 'scratch.txt'), 'utf8')).toBe('not committed\n');
    expect(await tp.git(['rev-parse', 'HEAD'], wts[1]!)).toBe(late);
    expect(await tp.git(['rev-parse', `refs/heads/${json(s.stdout).rows[1].branch}`])).toBe(late);
    for (const wt of wts) expect(linked(wt)).toBe(true);
    mainIntact();
  });

  it('orchestrator stop: a commit on its detached HEAD and an uncommitted file are refused until --force', { timeout: 60_000 }, async () => {
    const { tp, mainIntact } = await project();
    const st = await tp.orch(['orchestrator', 'start']);
    expect(st.code, st.stderr).toBe(0);
    const wt = path.join(tp.worktrees, 'orchestrator');
    // The stand-in worker commits once it gets its prompt: on the orchestrator's detached HEAD.
    await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wt)).startsWith('demo('), 40_000, 'the orchestrator commit');
    const head = await tp.git(['rev-parse', 'HEAD'], wt);
    writeFileSync(path.join(wt, 'notes.txt'), 'mine\n');
    const r = await tp.orch(['orchestrator', 'stop']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/uncommitted: .*notes\.txt/);
    expect(r.stderr).toMatch(/unpushed: 1 commit\(s\) on HEAD are on no remote branch/);
    expect(await tp.git(['rev-parse', 'HEAD'], wt)).toBe(head);
    expect(existsSync(path.join(wt, 'notes.txt'))).toBe(true);
    const f = await tp.orch(['orchestrator', 'stop', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(existsSync(wt)).toBe(false);
    mainIntact();
  });

  it('verify: a review checkout holding a file or a commit its test run made is kept and reported', { timeout: 60_000 }, async () => {
    const { tp, mainIntact } = await project();
    expect((await tp.orch(['start', 'v1', '--task', 'x', '--no-launch'])).code).toBe(0);
    const setTest = (cmd: string) => {
      const cfg = JSON.parse(readFileSync(tp.configFile, 'utf8'));
      cfg.layout = { ...LAYOUT, testCmd: cmd };
      writeFileSync(tp.configFile, JSON.stringify(cfg));
    };
    const checkout = path.join(tp.worktrees, 'review-checkout-v1');
    setTest('echo out > leftover.txt');
    const a = await tp.orch(['orchestrate', 'verify', 'v1', '--json']);
    expect(a.code, a.stderr).toBe(0);
    expect(json(a.stdout).kept).toMatchObject({ dir: checkout });
    expect(json(a.stdout).kept.reasons.join()).toMatch(/uncommitted: .*leftover\.txt/);
    expect(readFileSync(path.join(checkout, 'leftover.txt'), 'utf8')).toBe('out\n');
    expect(linked(checkout)).toBe(true);
    // The next verify will not replace a checkout that still holds something.
    const again = await tp.orch(['orchestrate', 'verify', 'v1']);
    expect(again.code).toBe(3);
    expect(existsSync(path.join(checkout, 'leftover.txt'))).toBe(true);
    rmSync(path.join(checkout, 'leftover.txt'));

    setTest('git commit -q --allow-empty -m made-by-tests');
    const b = await tp.orch(['orchestrate', 'verify', 'v1', '--json']);
    expect(b.code, b.stderr).toBe(0);
    expect(json(b.stdout).kept.reasons.join()).toMatch(/unpushed: 1 commit\(s\)/);
    expect(await tp.git(['log', '-1', '--format=%s'], checkout)).toBe('made-by-tests');
    mainIntact();
  });

  it('start rollback: a worker that wrote a file, or committed, before failing keeps its worktree and record', { timeout: 60_000 }, async () => {
    for (const [name, script] of [
      ['r1', 'echo precious > precious.txt; exit 3'],
      ['r2', 'git commit -q --allow-empty -m before-dying; exit 3'],
    ] as const) {
      const { tp, mainIntact } = await project({ workerCli: { preset: 'generic', cmd: 'sh', args: ['-c', script], ready: { matchAny: ['never-ready'] }, bootWaitSec: 5 } });
      const r = await tp.orch(['start', name, '--task', 'x']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/rolled back: .*removed worktree .*\(failed: refusing to roll back/);
      const wt = path.join(tp.worktrees, name);
      if (name === 'r1') expect(readFileSync(path.join(wt, 'precious.txt'), 'utf8')).toBe('precious\n');
      else expect(await tp.git(['log', '-1', '--format=%s'], wt)).toBe('before-dying');
      expect(linked(wt)).toBe(true);
      const list = json((await tp.orch(['list', '--json'])).stdout);
      expect(JSON.stringify(list)).toContain(`"${name}"`);
      mainIntact();
    }
  });
});
