import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSshTestProject, type SshTestProject } from '../test/support/ssh-project.js';
import { waitFor } from '../test/support/project.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test/support/github-emulator.js';
import { NO_GH, originSha, squashMergeOnOrigin } from '../test/support/forge-project.js';
import type { ModelScript } from '../src/demo/scripted-model.js';

/** Reads the brief, commits a fix named after its worktree, reports completion (finish is run from this machine). */
const fixer: ModelScript = (ctx) => {
  const name = path.basename(ctx.cwd ?? 'x');
  if (ctx.step === 0) return { tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'read brief' } };
  if (ctx.step === 1) return { tool: 'Bash', input: { command: `mkdir -p fixes && echo 'fixed by ${name}' > fixes/${name}.txt && git add fixes && git commit -q -m 'fix(${name}): the fix'`, description: 'commit' } };
  return { text: 'WORKTREE_STATUS: COMPLETE\nPR: none\nTESTS_PASSED: none' };
};

describe('four issues across this machine and an SSH host (maxWorkers 2 each), and a PR from the host', () => {
  let tp: SshTestProject;
  let gh: GitHubEmulator;
  beforeAll(async () => {
    let origin = '';
    gh = await startGitHubEmulator({ headShas: (branch) => (origin ? originSha(origin, branch) : undefined) });
    // Like every forge test project, the worker preset carries the GitHub token: it must stay on this machine.
    tp = await makeSshTestProject({ worker: 'claude', model: fixer, workerEnv: { GITHUB_TOKEN: gh.token }, config: { githubRepo: `${gh.owner}/${gh.repo}`, githubApiUrl: gh.url, maxWorkers: 2 } });
    origin = tp.origin;
    Object.assign(tp.env, { GITHUB_TOKEN: gh.token, ORCH_GITHUB_RETRY_BASE_MS: '10', ...NO_GH });
  });
  afterAll(async () => {
    await tp?.cleanup();
    expect(gh.mergeAttempts()).toBe(0);
    expect(gh.violations).toEqual([]);
    await gh?.close();
  });

  it('places two workers here and two on the host, all dispatched at once', { timeout: 400_000 }, async () => {
    ['Login button does nothing', 'Typo in footer', 'Crash on empty cart', 'Slow search', 'Dark mode'].forEach((title, i) => gh.addIssue({ number: i + 1, title, body: `Steps #${i + 1}` }));
    const r = await tp.orch(['start-issues', '1', '2', '3', '4', '5', '--json'], { timeoutMs: 360_000 });
    if (process.env.ORCH_TEST_DEBUG) console.error(r.stderr);
    expect(r.code, r.stderr).toBe(0);
    const rows: Array<{ issue: number; status: string; reason?: string }> = JSON.parse(r.stdout).rows;
    // Four slots in the fleet (2 here + 2 on h1): the fifth waits for whichever host frees one first.
    expect(rows.map((x) => [x.issue, x.status]), JSON.stringify(rows)).toEqual([[1, 'dispatched'], [2, 'dispatched'], [3, 'dispatched'], [4, 'dispatched'], [5, 'queued']]);
    expect(rows[4]!.reason).toMatch(/4 workers \(maxWorkers of every host\) are busy/);
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers as Array<{ name: string; host: string; window: { alive: boolean }; worktree: string }>;
    expect(list.filter((w) => w.host === 'local')).toHaveLength(2);
    expect(list.filter((w) => w.host === 'h1')).toHaveLength(2);
    for (const w of list) expect(w.window.alive, w.name).toBe(true);
    for (const w of list.filter((x) => x.host === 'h1')) {
      expect(w.worktree.startsWith(tp.remoteWorktrees)).toBe(true);
      // orch is not installed on a host: the brief says who runs finish.
      expect((await tp.remote(`cat ${w.worktree}/.claude-bootstrap.md`)).stdout).toContain('You run on the host `h1`');
    }
    // The host's two windows are on the host's tmux server, not on this machine's.
    const there = await tp.remote(`tmux -L ${tp.socket} list-windows -a -F '#{window_name}'`);
    expect(there.stdout.split('\n').sort()).toEqual(list.filter((w) => w.host === 'h1').map((w) => w.name).sort());
  });

  it('a remote worker commits on the host and finish pushes from the host and opens its PR', { timeout: 200_000 }, async () => {
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers as Array<{ name: string; host: string; branch: string; worktree: string }>;
    const w = list.find((x) => x.host === 'h1')!;
    await waitFor(async () => (await tp.remote(`git -C ${w.worktree} log --oneline -1`)).stdout.includes(`fix(${w.name})`), 120_000, 'the commit on the host', 1000);
    const f = await tp.orch(['finish', w.name, '--json']);
    expect(f.code, f.stderr).toBe(0);
    const out = JSON.parse(f.stdout);
    expect(out.push).toBe('new');
    expect(out.pr.created).toBe(true);
    const head = (await tp.remote(`git -C ${w.worktree} rev-parse HEAD`)).stdout.trim();
    expect(originSha(tp.origin, w.branch)).toBe(head);
    const pr = gh.pulls().find((p) => p.number === out.pr.number)!;
    expect(pr.head.ref).toBe(w.branch);
    expect(pr.body).toMatch(/Closes #\d/);
    // The token never went to the host: not in its files, not in the worker's process environment there; and the
    // worker's environment (its API key) went over stdin, never onto a command line.
    const leak = await tp.remote(`grep -rl ${gh.token} ${tp.sshd.remoteHome} 2>/dev/null; true`);
    expect(leak.stdout).toBe('');
    const pid = (await tp.remote(`tmux -L ${tp.socket} list-panes -t '=orch-repo:=${w.name}' -F '#{pane_pid}' 2>/dev/null || tmux -L ${tp.socket} list-panes -a -F '#{window_name} #{pane_pid}' | awk '$1=="${w.name}"{print $2}'`)).stdout.trim().split('\n').pop()!;
    const environ = (await tp.remote(`tr '\\0' '\\n' < /proc/${pid}/environ`)).stdout;
    expect(environ).toContain('ANTHROPIC_API_KEY=');
    expect(environ).not.toContain('GITHUB_TOKEN');
    expect(environ).not.toContain(gh.token);
    const key = /ANTHROPIC_API_KEY=(.*)/.exec(environ)![1]!;
    expect(key.length).toBeGreaterThan(10);
    expect((await tp.remote(`tr '\\0' ' ' < /proc/${pid}/cmdline`)).stdout).not.toContain(key);
    expect((await tp.remote(`ls ${tp.sshd.remoteHome}/.cache/orch/env 2>/dev/null | wc -l`)).stdout.trim()).toBe('0'); // sourced and deleted
    // And the worker's state and PR show up like a local one's.
    const status = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.find((x: { name: string }) => x.name === w.name);
    expect(status.host).toBe('h1');
  });

  it('monitor finishes a remote worker that claims completion (orch is not on the host) and then sees it done', { timeout: 240_000 }, async () => {
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers as Array<{ name: string; host: string; branch: string; worktree: string }>;
    const w = list.filter((x) => x.host === 'h1').find((x) => !gh.pulls().some((p) => p.head.ref === x.branch))!;
    await waitFor(async () => (await tp.remote(`git -C ${w.worktree} log --oneline -1`)).stdout.includes(`fix(${w.name})`), 120_000, 'the commit on the host', 1000);
    const m = await tp.orch(['monitor', w.name, '--watch', '--json', '--interval', '2s', '--timeout', '150s'], { timeoutMs: 200_000 });
    expect(m.code, m.stderr).toBe(0);
    type Line = { state: { name: string }; action: string };
    // One JSON document per cycle ({"workers": [...]}), or one per worker line.
    const lines = m.stdout.split('\n').filter((l) => l.startsWith('{')).flatMap((l) => {
      const doc = JSON.parse(l) as Line | { workers: Line[] };
      return 'workers' in doc ? doc.workers : [doc];
    });
    expect(lines.some((l) => /finished from here \(it runs on h1\): PR #\d+ opened/.test(l.action)), JSON.stringify(lines)).toBe(true);
    expect(lines.at(-1)!.state.name).toBe('done');
    expect(gh.pulls().filter((p) => p.head.ref === w.branch)).toHaveLength(1);
    expect(originSha(tp.origin, w.branch)).toBe((await tp.remote(`git -C ${w.worktree} rev-parse HEAD`)).stdout.trim());
    // The queue dispatched the fifth issue onto the host whose slots freed (both h1 workers are done; the two here are not).
    const now = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers as Array<{ issue: number | null; host: string }>;
    expect(now.find((x) => x.issue === 5)?.host).toBe('h1');
  });

  it('pull --yes lands the two remote PRs a human merged: their worktrees and branches go on the host, through the one teardown', { timeout: 200_000 }, async () => {
    const list = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers as Array<{ name: string; host: string; branch: string; worktree: string }>;
    const remote = list.filter((x) => x.host === 'h1' && gh.pulls().some((p) => p.head.ref === x.branch));
    expect(remote).toHaveLength(2);
    for (const w of remote) {
      const pr = gh.pulls().find((p) => p.head.ref === w.branch);
      expect(pr, `${w.branch} in ${JSON.stringify(gh.pulls().map((p) => p.head.ref))}`).toBeDefined();
      gh.markMerged(pr!.number, { mergeCommitSha: await squashMergeOnOrigin(tp, w.branch, `${pr!.title} (#${pr!.number})`) });
    }
    const yes = await tp.orch(['pull', '--yes', '--json'], { timeoutMs: 180_000 });
    expect(yes.code, yes.stderr).toBe(0);
    const applied = JSON.parse(yes.stdout).applied;
    expect(applied.landed.sort()).toEqual(remote.map((w) => w.name).sort());
    expect(applied.refused).toEqual([]);
    for (const w of remote) {
      expect((await tp.remote(`test -d ${w.worktree}`)).code, w.worktree).not.toBe(0);
      expect((await tp.remote(`git -C ${tp.remoteRepo} rev-parse --verify --quiet refs/heads/${w.branch}`)).code, w.branch).not.toBe(0);
    }
    const left = JSON.parse((await tp.orch(['list', '--json'])).stdout).workers.map((w: { host: string; issue: number }) => `${w.host}:${w.issue}`);
    expect(left.sort()).toEqual(['h1:5', 'local:1', 'local:3']);
  });
});
