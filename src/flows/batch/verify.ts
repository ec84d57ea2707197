import path from 'node:path';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { runTestCommand, tail } from '../../adapters/test-run.js';
import { testCommands } from '../../core/test-commands.js';
import { OrchError, RefusalError, UsageError } from '../../errors.js';
import { serialPerRepo, setUpDependencies } from '../worker/provision.js';
import { closeWorker } from '../worker/teardown.js';

export interface VerifyResult {
  name: string;
  ref: string;
  checks: Array<{ name: string; cmd: string; pass: boolean; ms: number; tail: string | null }>;
  score: string;
  pass: boolean;
  /** Set when the review checkout was kept because removing it would lose something (files or commits the tests made). */
  kept: { dir: string; reasons: string[] } | null;
}

/**
 * Runs the layout's test commands in a detached review checkout of the worker's branch head (never in the
 * main checkout), then removes the checkout.
 */
export async function verifyWorker(project: Project, name: string): Promise<VerifyResult> {
  let kept: VerifyResult['kept'] = null;
  const { config, registry } = project;
  const rec = registry.getWorker(name);
  if (!rec?.branch) throw new UsageError(`no worker named ${name} with a branch`, 'run `orch list` to see the names');
  const local = await git.branchExists(config.repoPath, rec.branch);
  await git.fetch(config.repoPath, 'origin', rec.branch).catch(() => undefined);
  const ref = (await git.refExists(config.repoPath, `refs/remotes/origin/${rec.branch}`)) ? `origin/${rec.branch}` : local ? rec.branch : undefined;
  if (!ref) throw new OrchError('no-ref', `${rec.branch} exists neither on origin nor locally`);
  const dir = path.join(config.worktreesPath, `review-checkout-${name}`);
  const label = `review-checkout-${name}`;
  // A checkout kept by an earlier run (it held files or commits) is removed first, through the same refusals.
  await closeWorker(project, label, { force: false, deleteBranch: false, dir, verb: 'replace the review checkout' });
  await serialPerRepo(config.repoPath, () => git.addDetachedWorktree(config.repoPath, dir, ref));
  const checks: VerifyResult['checks'] = [];
  try {
    await setUpDependencies(config, dir, () => undefined);
    for (const t of testCommands(config.layout, config.projectName, config.repoPath)) {
      const r = await runTestCommand(t.cmd, path.join(dir, t.dir));
      checks.push({ name: t.name, cmd: t.cmd, pass: r.exitCode === 0, ms: r.ms, tail: r.exitCode ? tail(r.output, 20) : null });
    }
  } finally {
    // The one teardown, without --force: a test run that left files or made commits keeps the checkout (reported).
    kept = await closeWorker(project, label, { force: false, deleteBranch: false, dir, verb: 'remove the review checkout of' }).then(
      () => null,
      (e: Error) => {
        if (!(e instanceof RefusalError)) throw e;
        return { dir, reasons: e.message.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)) };
      },
    );
  }
  const passed = checks.filter((c) => c.pass).length;
  return { name, ref, checks, score: `${passed}/${checks.length}`, pass: passed === checks.length, kept };
}

export function renderVerify(r: VerifyResult): string {
  return [`VERIFY ${r.name} (${r.ref})`, ...r.checks.map((c) => `  [${c.pass ? 'PASS' : 'FAIL'}] ${c.name}: ${c.cmd} (${(c.ms / 1000).toFixed(1)}s)${c.tail ? `\n${c.tail.split('\n').map((l) => `      ${l}`).join('\n')}` : ''}`), `  Score: ${r.score}${r.checks.length ? '' : ' (no test commands in the layout)'}`, ...(r.kept ? [`  Kept the review checkout ${r.kept.dir}: ${r.kept.reasons.join('; ')} (look at it; orch close --force removes it)`] : [])].join('\n');
}
