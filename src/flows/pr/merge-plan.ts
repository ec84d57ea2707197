import path from 'node:path';
import type { Ctx, Project } from '../../context.js';
import type { Forge, PullRequestStatus } from '../../adapters/forge.js';
import * as git from '../../adapters/git.js';
import { runTestCommand, tail } from '../../adapters/test-run.js';
import { testCommands } from '../../core/test-commands.js';
import { mergeOrder, type PairConflict, type PlanPr } from '../../core/merge-plan.js';
import { indexMerger, mergeTreeAvailable, treeMerger, type Merger } from './scratch-merge.js';
import { RefusalError } from '../../errors.js';
import { serialPerRepo, setUpDependencies } from '../worker/provision.js';
import { closeWorker } from '../worker/teardown.js';
import { candidates } from './pull.js';

export interface PlanCandidate extends PlanPr { branch: string; title: string; url: string; head: string }

export interface MergeStep { pr: number; merged: boolean; files: string[]; tests?: Array<{ name: string; pass: boolean; tail?: string }> }

export interface MergePlanResult {
  base: string;
  baseSha: string;
  method: 'merge-tree' | 'read-tree';
  /** Open PRs of orch's workers whose checks pass: what the plan is about. */
  prs: PlanCandidate[];
  /** Orch branches left out, with why (no PR, draft, CI not passing). */
  skipped: Array<{ name: string; pr: number | undefined; reason: string }>;
  /** PRs that do not merge onto the current base at all: they need a rebase first. */
  conflictsWithBase: Array<{ pr: number; files: string[] }>;
  /** Pairs of PRs that conflict once both are merged onto the base, with the files. */
  pairs: PairConflict[];
  /** Merge on GitHub in this order: each was merged onto the base plus the ones before it, cleanly (and tested with --test). */
  order: number[];
  /** The rest, each with why: it conflicts with one in the order, with the base, or its tests failed. */
  later: Array<{ pr: number; reason: string }>;
  steps: MergeStep[];
  /** The scratch worktree: removed through the one teardown, or kept with the reasons. */
  scratch: { dir: string; removed: boolean; reasons?: string[] };
}

/**
 * `orch pull --plan`: tries the open, green PRs of orch's workers against the current base in a scratch detached
 * worktree (never the user's checkout, never pushed), finds conflicting pairs and an order that lands the most
 * without conflicts, optionally running the tests after each merge. Merges nothing on GitHub.
 */
export async function mergePlanFlow(ctx: Ctx, project: Project, forge: Forge, o: { test: boolean }): Promise<MergePlanResult> {
  const { config } = project;
  const base = config.defaultBranch;
  const cands = await candidates(project);
  const prsByBranch = cands.length ? await forge.pullRequestsForBranches(cands.map((c) => c.branch)) : new Map<string, PullRequestStatus>();
  const prs: PlanCandidate[] = [];
  const skipped: MergePlanResult['skipped'] = [];
  for (const c of cands) {
    const p = prsByBranch.get(c.branch);
    if (!p || p.state !== 'OPEN') {
      skipped.push({ name: c.name, pr: p?.number, reason: p ? `PR is ${p.state.toLowerCase()}` : 'no pull request' });
      continue;
    }
    // "none": the repository reports no checks at all, so nothing is failing.
    if (p.ci !== 'PASSING' && p.ci !== 'none') {
      skipped.push({ name: c.name, pr: p.number, reason: `checks are ${p.ci.toLowerCase()}${p.failingChecks.length ? ` (${p.failingChecks.map((f) => f.name).join(', ')})` : ''}` });
      continue;
    }
    prs.push({ number: p.number, name: c.name, branch: c.branch, title: p.title, url: p.url, head: p.headSha });
  }
  await git.fetch(config.repoPath, 'origin');
  const baseSha = (await git.gitRaw(config.repoPath, ['rev-parse', '--verify', `refs/remotes/origin/${base}^{commit}`])).trim();
  for (const p of [...prs]) {
    // GitHub's head sha is what would be merged; the fetched branch has it unless someone pushed since.
    if ((await git.gitTry(config.repoPath, ['cat-file', '-e', `${p.head}^{commit}`])).ok) continue;
    const fetched = (await git.gitTry(config.repoPath, ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${p.branch}^{commit}`])).out.trim();
    if (fetched) p.head = fetched;
    else {
      prs.splice(prs.indexOf(p), 1);
      skipped.push({ name: p.name, pr: p.number, reason: `its head ${p.head.slice(0, 12)} is not on origin (a fork, or a deleted branch)` });
    }
  }
  const method = (await mergeTreeAvailable(config.repoPath)) ? 'merge-tree' : 'read-tree';
  const label = `.merge-plan-${process.pid}`;
  const dir = path.join(config.worktreesPath, label);
  const result: MergePlanResult = { base, baseSha, method, prs, skipped, conflictsWithBase: [], pairs: [], order: [], later: [], steps: [], scratch: { dir, removed: false } };
  if (!prs.length) return result;

  await serialPerRepo(config.repoPath, () => git.addDetachedWorktree(config.repoPath, dir, baseSha));
  const merger = method === 'merge-tree' ? treeMerger(dir, baseSha) : indexMerger(dir, baseSha);
  const log = (s: string) => ctx.out.info(`merge plan: ${s}`);
  try {
    // Each PR alone onto the base, then every pair: the second merged onto the first's result.
    const onBase = new Map<number, string>();
    for (const p of prs) {
      const r = await merger.merge(baseSha, p.head);
      if (r.ok) onBase.set(p.number, r.commit);
      else result.conflictsWithBase.push({ pr: p.number, files: r.files });
    }
    const fine = prs.filter((p) => onBase.has(p.number));
    for (let i = 0; i < fine.length; i++) {
      for (let j = i + 1; j < fine.length; j++) {
        const r = await merger.merge(onBase.get(fine[i]!.number)!, fine[j]!.head);
        if (!r.ok) result.pairs.push({ a: fine[i]!.number, b: fine[j]!.number, files: r.files });
      }
    }
    const { clean } = mergeOrder(fine, result.pairs);
    // The order, verified: one after another onto the base, tests after each with --test.
    const tests = o.test ? testCommands(config.layout, config.projectName, config.repoPath) : [];
    if (o.test && !tests.length) ctx.out.warn('--test: the layout has no test command (layout.testCmd); merges are checked without tests');
    if (tests.length) await setUpDependencies(config, dir, () => undefined);
    let cur = baseSha;
    for (const n of clean) {
      const p = fine.find((x) => x.number === n)!;
      const r = await merger.merge(cur, p.head);
      if (!r.ok) {
        result.steps.push({ pr: n, merged: false, files: r.files });
        result.later.push({ pr: n, reason: `conflicts with the PRs before it in the order (${r.files.join(', ')})` });
        continue;
      }
      const step: MergeStep = { pr: n, merged: true, files: [] };
      if (tests.length) {
        log(`testing #${n} merged onto ${base}${result.order.length ? ` with #${result.order.join(', #')}` : ''}`);
        await merger.show(r.commit);
        step.tests = [];
        for (const t of tests) {
          const run = await runTestCommand(t.cmd, path.join(dir, t.dir));
          step.tests.push({ name: t.name, pass: run.exitCode === 0, ...(run.exitCode ? { tail: tail(run.output, 15) } : {}) });
        }
      }
      result.steps.push(step);
      if (step.tests?.some((t) => !t.pass)) {
        result.later.push({ pr: n, reason: `tests fail once it is merged (${step.tests.filter((t) => !t.pass).map((t) => t.name).join(', ')})` });
        continue;
      }
      cur = r.commit;
      result.order.push(n);
    }
    for (const c of result.conflictsWithBase) result.later.push({ pr: c.pr, reason: `conflicts with ${base} itself (${c.files.join(', ')}): its worker must rebase` });
    for (const p of fine) {
      if (clean.includes(p.number)) continue;
      const against = result.pairs.filter((x) => x.a === p.number || x.b === p.number).map((x) => `#${x.a === p.number ? x.b : x.a} (${x.files.join(', ')})`);
      result.later.push({ pr: p.number, reason: `conflicts with ${against.join(', ')}: merge after those land and it is rebased` });
    }
  } finally {
    result.scratch = await removeScratch(project, merger, dir, label, baseSha);
  }
  return result;
}

/**
 * Back to the start commit, then the one teardown. Force is used only when the scratch is still detached at the
 * start commit (it made no commit and is on no branch): whatever is left is then output of our own test runs.
 */
async function removeScratch(project: Project, merger: Merger, dir: string, label: string, start: string): Promise<MergePlanResult['scratch']> {
  await merger.reset().catch(() => undefined);
  const head = (await git.gitTry(dir, ['rev-parse', 'HEAD'])).out.trim();
  const branch = await git.currentBranch(dir);
  const ours = head === start && !branch;
  const dirty = ours ? (await git.dirtyFiles(dir).catch(() => ['?'])).length > 0 : false;
  try {
    await closeWorker(project, label, { force: ours && dirty, deleteBranch: false, dir, verb: 'remove the merge-plan scratch worktree' });
    return { dir, removed: true };
  } catch (e) {
    if (!(e instanceof RefusalError)) throw e;
    return { dir, removed: false, reasons: e.message.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)) };
  }
}
