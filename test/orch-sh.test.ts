// dist/orch.sh is orch as a worker runs it (its brief's command line): `orch finish` is run by the worker server of
// the registry, in a process that is already warm, and everything it does not take runs with Node as before. Real
// parts: git with a bare origin, the GitHub emulator, the stand-in worker in tmux, the built server, sh, bash, curl.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { execa } from 'execa';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { findExecutable } from '../src/adapters/which.js';
import { describe, expect, it } from 'vitest';
import { useForgeProjects, json, originSha } from './support/forge-project.js';
import { REPO_ROOT, waitFor, type TestProject } from './support/project.js';

const make = useForgeProjects();
const ORCH_SH = path.join(REPO_ROOT, 'dist', 'orch.sh');

async function dispatched(tp: TestProject, gh: { addIssue: (i: { number: number; title: string }) => void }) {
  gh.addIssue({ number: 1, title: 'Fix the widget' });
  const r = await tp.orch(['start-issues', '1', '--json']);
  expect(r.code, r.stderr).toBe(0);
  const name: string = json(r.stdout).rows[0].name;
  const wt = path.join(tp.worktrees, name);
  await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wt)).startsWith('demo('), 40_000, 'the stand-in commit');
  return { name, wt, branch: `fix/1-${name.slice('fix-1-'.length)}` };
}

/** The worker server of the project's registry, started as a hook would start it (the worker's environment). */
async function startServer(tp: TestProject): Promise<{ registry: string; stop: () => void }> {
  const registry = path.join(tp.repo, '.git', 'session-orchestrator');
  const env = { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined, ...tp.env };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'guard-server.mjs'), registry], { env, stdio: 'ignore' });
  await waitFor(() => existsSync(path.join(registry, 'guard-server.pid')) || undefined, 10_000, 'the worker server listening');
  return { registry, stop: () => child.kill() };
}

/** A Node for orch.sh that notes each time it is used, then runs the real one: served runs never touch it. */
function countingNode(tp: TestProject): { bin: string; uses: () => number } {
  const bin = path.join(tp.root, 'counting-node');
  const log = path.join(tp.root, 'node-uses');
  writeFileSync(bin, `#!/bin/sh\necho used >> '${log}'\nexec '${process.execPath}' "$@"\n`);
  chmodSync(bin, 0o755);
  return { bin, uses: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0) };
}

/** Asynchronous: the GitHub emulator answers from this process. */
async function orchSh(tp: TestProject, cwd: string, args: string[], env: Record<string, string>) {
  const r = await execa('sh', [ORCH_SH, ...args], { cwd, env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined, ...tp.env, ...env }, extendEnv: false, reject: false, timeout: 120_000 });
  return { code: r.exitCode, stdout: String(r.stdout) + (String(r.stdout) ? '\n' : ''), stderr: String(r.stderr) + (String(r.stderr) ? '\n' : '') };
}

describe('dist/orch.sh (orch as a worker runs it)', () => {
  it('has the worker server run `orch finish`: the same output, exit codes and PR as Node, and no Node started', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'echo tests-ran-ok' } } });
    const { name, wt, branch } = await dispatched(tp, gh);
    const server = await startServer(tp);
    try {
      const node = countingNode(tp);
      const env = { ORCH_EVENTS_FILE: path.join(server.registry, 'events', `${name}.jsonl`), ORCH_NODE: node.bin };
      writeFileSync(path.join(wt, 'left-over.txt'), 'left over\n');

      // As the worker runs it: from its worktree, the brief's command line.
      const r = await orchSh(tp, wt, ['finish', name], env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^PR #\d+ opened: \S+\n$/);
      expect(r.stderr).toContain(`${name}: testing`);
      expect(r.stderr).toContain(`${name}: pushed ${branch} (new)`);
      expect(node.uses()).toBe(0);
      expect(gh.pulls()).toHaveLength(1);
      expect(originSha(tp.origin, branch)).toBe(await tp.git(['rev-parse', 'HEAD'], wt));
      expect(await tp.git(['status', '--porcelain'], wt)).toBe('');
      expect(readFileSync(env.ORCH_EVENTS_FILE, 'utf8')).toContain('"event":"FinishSucceeded"');

      // --json: stdout is the document alone, as from Node.
      const again = await orchSh(tp, wt, ['finish', name, '--json'], env);
      expect(again.code, again.stderr).toBe(0);
      expect(json(again.stdout)).toMatchObject({ name, push: 'up-to-date', pr: { number: gh.pulls()[0]!.number, created: false } });
      expect(node.uses()).toBe(0);

      // Either door gives the same: bash on the server's loopback port (no curl), curl on its socket (no bash).
      for (const only of ['bash', 'curl']) {
        const bin = path.join(tp.root, `only-${only}`);
        mkdirSync(bin);
        for (const tool of ['sh', only]) symlinkSync(findExecutable(tool)!, path.join(bin, tool));
        const viaDoor = await orchSh(tp, wt, ['finish', name, '--json'], { ...env, PATH: bin });
        expect(viaDoor.code, `${only}: ${viaDoor.stderr}`).toBe(0);
        expect(json(viaDoor.stdout), only).toMatchObject({ name, push: 'up-to-date', pr: { number: gh.pulls()[0]!.number, created: false } });
      }
      expect(node.uses()).toBe(0);

      // A failure keeps its exit code and its one clear line.
      const bad = await orchSh(tp, wt, ['finish', 'no-such-worker'], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe('orch: no worker named no-such-worker\n  -> run `orch list` to see the names\n');
      expect(bad.stdout).toBe('');
      expect(node.uses()).toBe(0);

      // What the server does not take runs with Node: another command, help.
      const list = await orchSh(tp, wt, ['list', '--json'], env);
      expect(list.code, list.stderr).toBe(0);
      expect(json(list.stdout).workers.map((w: { name: string }) => w.name)).toEqual([name]);
      expect((await orchSh(tp, wt, ['finish', '--help'], env)).stdout).toContain('Usage: orch finish');
      expect(node.uses()).toBe(2);
      // No Node at all and a served finish still works.
      expect((await orchSh(tp, wt, ['finish', name], { ...env, ORCH_NODE: '/nonexistent/node' })).code).toBe(0);
    } finally {
      server.stop();
    }
  });

  it('a finish whose caller is interrupted runs to its end in the server, which goes on serving', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'sleep 2 && echo tests-ran-ok' } } });
    const { name, wt, branch } = await dispatched(tp, gh);
    const server = await startServer(tp);
    try {
      const env = { ORCH_EVENTS_FILE: path.join(server.registry, 'events', `${name}.jsonl`), ORCH_NODE: '/nonexistent/node' };
      const pid = Number(readFileSync(path.join(server.registry, 'guard-server.pid'), 'utf8'));
      // The worker's Bash call interrupted while the tests run: sh, curl and awk are killed, the server is not.
      const call = execa('sh', [ORCH_SH, 'finish', name], { cwd: wt, env: { ...process.env, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, TMUX: undefined, ...tp.env, ...env }, extendEnv: false, reject: false });
      let err = '';
      call.stderr?.on('data', (d: Buffer) => (err += String(d)));
      await waitFor(() => err.includes(`${name}: testing`) || undefined, 30_000, 'the served finish testing');
      call.kill('SIGKILL'); // sh; curl and awk lose their reader and writer with it
      const killed = await call;
      expect(killed.exitCode === 0 ? killed.stdout : 'interrupted').toBe('interrupted');
      await waitFor(() => gh.pulls().length === 1 || undefined, 30_000, 'the PR the finish went on to open');
      expect(originSha(tp.origin, branch)).toBe(await tp.git(['rev-parse', 'HEAD'], wt));
      expect(() => process.kill(pid, 0)).not.toThrow();
      const again = await orchSh(tp, wt, ['finish', name, '--json'], env);
      expect(again.code, again.stderr).toBe(0);
      expect(json(again.stdout).pr).toMatchObject({ number: gh.pulls()[0]!.number, created: false });
    } finally {
      server.stop();
    }
  });

  it('runs Node when no server answers (none started, or no events file to find it by)', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'echo tests-ran-ok' } } });
    const { name, wt } = await dispatched(tp, gh);
    const node = countingNode(tp);
    const events = path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`);
    const r = await orchSh(tp, wt, ['finish', name], { ORCH_EVENTS_FILE: events, ORCH_NODE: node.bin });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PR #\d+ opened: /);
    expect(node.uses()).toBe(1);
    const without = await orchSh(tp, wt, ['finish', name, '--json'], { ORCH_EVENTS_FILE: '', ORCH_NODE: node.bin });
    expect(without.code, without.stderr).toBe(0);
    expect(json(without.stdout).pr.created).toBe(false);
    expect(node.uses()).toBe(2);
  });
});
