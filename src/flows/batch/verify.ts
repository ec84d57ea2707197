import path from 'node:path';
import type { Project } from '../../context.js';
import * as git from '../../adapters/git.js';
import { runTestCommand, tail } from '../../adapters/test-run.js';
import { testCommands } from '../../core/test-commands.js';
import { OrchError, UsageError } from '../../errors.js';
import { serialPerRepo, setUpDependencies } from '../worker/provision.js';
import { closeWorker } from '../worker/teardown.js';

export interface VerifyResult { name: string; ref: string; checks: Array<{ name: string; cmd: string; pass: boolean; ms: number; tail?: string }>; score: string; pass: boolean }

/**
 * Runs the layout's test commands in a detached review checkout of the worker's branch head (never in the
 * main checkout), then removes the checkout.
 */
export async function verifyWorker(project: Project, name: string): Promise<VerifyResult> {
  const { config, registry } = project;
  const rec = registry.getWorker(name);
  if (!rec?.branch) throw new UsageError(`no worker named ${name} with a branch`, 'run `orch list` to see the names');
  const local = await git.branchExists(config.repoPath, rec.branch);
  await git.fetch(config.repoPath, 'origin', rec.branch).catch(() => undefined);
  const ref = (await git.refExists(config.repoPath, `refs/remotes/origin/${rec.branch}`)) ? `origin/${rec.branch}` : local ? rec.branch : undefined;
  if (!ref) throw new OrchError('no-ref', `${rec.branch} exists neither on origin nor locally`);
  const dir = path.join(config.worktreesPath, `review-checkout-${name}`);
  await serialPerRepo(config.repoPath, () => git.addDetachedWorktree(config.repoPath, dir, ref));
  try {
    await setUpDependencies(config, dir, () => undefined);
    const checks: VerifyResult['checks'] = [];
    for (const t of testCommands(config.layout, config.projectName, config.repoPath)) {
      const r = await runTestCommand(t.cmd, path.join(dir, t.dir));
      checks.push({ name: t.name, cmd: t.cmd, pass: r.exitCode === 0, ms: r.ms, ...(r.exitCode ? { tail: tail(r.output, 20) } : {}) });
    }
    const passed = checks.filter((c) => c.pass).length;
    return { name, ref, checks, score: `${passed}/${checks.length}`, pass: passed === checks.length };
  } finally {
    // A detached checkout we made ourselves whose test runs may leave files: --force lifts those refusals, and the
    // one teardown still detaches the dependency links before git removes anything.
    await closeWorker(project, `review-checkout-${name}`, { force: true, deleteBranch: false, dir, verb: 'remove the review checkout of' });
  }
}

export function renderVerify(r: VerifyResult): string {
  return [`VERIFY ${r.name} (${r.ref})`, ...r.checks.map((c) => `  [${c.pass ? 'PASS' : 'FAIL'}] ${c.name}: ${c.cmd} (${(c.ms / 1000).toFixed(1)}s)${c.tail ? `\n${c.tail.split('\n').map((l) => `      ${l}`).join('\n')}` : ''}`), `  Score: ${r.score}${r.checks.length ? '' : ' (no test commands in the layout)'}`].join('\n');
}
