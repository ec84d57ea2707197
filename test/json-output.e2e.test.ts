import { rmSync } from 'node:fs';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JSON_SCHEMAS, type JsonCommand } from '../src/core/json-schemas.js';
import { useForgeProjects } from './support/forge-project.js';
import { ORCH_BIN, waitFor, type TestProject } from './support/project.js';
import { leafCommands } from './support/cli-docs.js';
import { buildProgram } from '../src/main.js';

const make = useForgeProjects();

/** Runs the built CLI and validates its stdout against the command's schema; returns the parsed answer. */
async function answer(tp: TestProject, key: JsonCommand, args: string[], codes: number[] = [0]): Promise<any> {
  const r = await tp.orch([...args, '--json']);
  expect(codes, `${args.join(' ')}: exit ${r.code}\n${r.stderr}\n${r.stdout}`).toContain(r.code);
  const doc = JSON.parse(r.stdout);
  const checked = (JSON_SCHEMAS[key] as z.ZodType).safeParse(doc);
  expect(checked.success ? [] : checked.error.issues, `orch ${args.join(' ')} --json does not match its schema`).toEqual([]);
  return doc;
}

describe('every --json answer matches its published schema (built CLI, real project)', () => {
  it('workers, batches, servers, cleanup, errors', async () => {
    const { tp, gh } = await make({ worker: 'stand-in' });
    gh.addIssue({ number: 7, title: 'Fix the widget' });

    const started = await answer(tp, 'start', ['start', 'alpha', '--task', 'write a note']);
    expect(started.worker).toMatchObject({ name: 'alpha', host: 'local', kind: 'task', branch: 'feature/alpha', pr: null, window: { name: 'alpha', alive: true } });
    const parked = await answer(tp, 'start', ['start', 'beta', '--task', 'later', '--no-launch']);
    expect(parked.worker.state.name).toBe('not-launched');
    const file = `${tp.root}/tasks.json`;
    await import('node:fs').then((fs) => fs.writeFileSync(file, JSON.stringify([{ name: 'gamma', task: 'g' }, { name: 'delta', task: 'd', dependsOn: ['gamma'] }])));
    const tasks = await answer(tp, 'start', ['start', '--tasks', file, '--no-launch']);
    expect(tasks.tasks).toMatchObject([{ name: 'gamma', status: 'not-launched', worker: { name: 'gamma' } }, { name: 'delta', status: 'queued', worker: null }]);
    const issues = await answer(tp, 'start-issues', ['start-issues', '7']);
    expect(issues.rows[0]).toMatchObject({ issue: 7, status: 'dispatched', worker: { issue: 7, kind: 'issue' } });
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/alpha'])).includes('demo(alpha)'), 40_000, 'the stand-in commit');
    // An uncommitted file: counted and named, never a bare number.
    const wt = started.worker.worktree as string;
    await import('node:fs').then((fs) => fs.writeFileSync(`${wt}/scratch.txt`, 'x\n'));

    const list = await answer(tp, 'list', ['list']);
    const alpha = list.workers.find((w: { name: string }) => w.name === 'alpha');
    expect(alpha.uncommitted).toEqual({ count: 1, files: ['scratch.txt'] });
    expect(alpha.ahead).toBe(1);
    await answer(tp, 'status', ['status', 'alpha']);
    await answer(tp, 'why', ['why', 'beta']);
    const dash = await answer(tp, 'dash', ['dash']);
    expect(dash.totals.workers).toBe(dash.workers.length);
    expect(dash.totals.states['not-launched']).toBe(2); // beta and the task gamma
    await answer(tp, 'monitor', ['monitor']);
    // A stream: one object per line, each of the same shape.
    const watch = await tp.orch(['monitor', 'alpha', '--watch', '--timeout', '3s', '--json']);
    const lines = watch.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(JSON_SCHEMAS.monitor.safeParse(JSON.parse(l)).success, l).toBe(true);
    const health = await answer(tp, 'health', ['health', '--all']);
    expect(health.workers.map((w: { name: string }) => w.name).sort()).toEqual(expect.arrayContaining(['alpha', 'beta']));
    await answer(tp, 'health', ['health', 'alpha']);
    await answer(tp, 'orchestrate dashboard', ['orchestrate', 'dashboard']);
    await answer(tp, 'orchestrate poll', ['orchestrate', 'poll'], [0, 3]);
    await answer(tp, 'orchestrate dispatch', ['orchestrate', 'dispatch']);
    await answer(tp, 'orchestrate verify', ['orchestrate', 'verify', 'alpha'], [0, 1]);
    await answer(tp, 'orchestrate verify-all', ['orchestrate', 'verify-all'], [0, 1]);
    await answer(tp, 'config', ['config']);
    // Re-running init on a project whose config already says what init detects: nothing to do, exit 0.
    const init = await answer(tp, 'init', ['init']);
    expect(init).toMatchObject({ written: false, unchanged: true, backup: null });
    await answer(tp, 'doctor', ['doctor', '--offline'], [0, 1]);
    const reviewer = await answer(tp, 'reviewer start', ['reviewer', 'start']);
    expect(reviewer.workers).toMatchObject([{ name: 'reviewer', status: 'started' }]);
    await answer(tp, 'reviewer stop', ['reviewer', 'stop', '--force']);
    const pulled = await answer(tp, 'pull', ['pull']);
    expect(pulled.rows.find((x: { name: string }) => x.name === 'alpha')).toMatchObject({ pr: null, worker: { name: 'alpha' } });
    const finished = await answer(tp, 'finish', ['finish', 'alpha', '--no-test']);
    expect(finished).toMatchObject({ name: 'alpha', pr: { created: true }, worker: { name: 'alpha', pr: { number: finished.pr.number } } });
    // GitHub refuses a review of one's own PR (the token opened it): the refusal is the error shape.
    const reviewed = await answer(tp, 'error', ['review', 'alpha', '--approve', 'Looks right.'], [1]);
    expect(reviewed.error.message).toMatch(/your own pull request/);
    const again = await answer(tp, 'pull', ['pull']);
    expect(again.rows.find((x: { name: string }) => x.name === 'alpha').pr).toMatchObject({ number: finished.pr.number, state: 'OPEN' });
    await answer(tp, 'cleanup', ['cleanup']);
    await answer(tp, 'server check', ['server', 'check', 'alpha']);
    await answer(tp, 'server stop', ['server', 'stop', 'alpha']);
    await answer(tp, 'kill-port', ['kill-port', '39999']);
    await answer(tp, 'attach', ['attach', 'alpha']);
    const resumed = await answer(tp, 'resume', ['resume', 'beta']);
    expect(resumed).toMatchObject({ name: 'beta', action: expect.any(String) });
    const closed = await answer(tp, 'close', ['close', 'beta', '--force']);
    expect(closed).toMatchObject({ name: 'beta', status: 'closed', worker: { name: 'beta' } });
    const nothing = await answer(tp, 'close', ['close', 'never-was']);
    expect(nothing).toMatchObject({ status: 'nothing-left', worker: null });
    const err = await answer(tp, 'error', ['status', 'nope'], [2]);
    expect(err.error.code).toBe('usage');
  }, 180_000);
});

describe('orch demo --json', () => {
  it('matches its schema (stand-in workers, headless: no tmux, no Claude)', async () => {
    const r = await execa(process.execPath, [ORCH_BIN, 'demo', '--stand-in', '--headless', '--json'], { reject: false, timeout: 120_000, env: { ...process.env, ORCH_MUX_SOCKET: '' } });
    expect(r.exitCode, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    try {
      const checked = JSON_SCHEMAS.demo.safeParse(doc);
      expect(checked.success ? [] : checked.error.issues).toEqual([]);
      expect(doc.list.workers).toHaveLength(3);
    } finally {
      rmSync(doc.root, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('which --json answers have a schema', () => {
  // Commands whose --json answer has no schema yet (so no entry in reference/json.md): each is a known gap, listed
  // here so that a new command with --json cannot slip through without one.
  const NOT_YET: string[] = [];
  // `orchestrate <verb>` has one schema per verb (`orchestrate poll`, ...).
  const covered = (p: string) => p in JSON_SCHEMAS || Object.keys(JSON_SCHEMAS).some((k) => k.startsWith(`${p} `));
  it('every command with --json has a schema in src/core/json-schemas.ts, or is a listed gap', () => {
    const withJson = leafCommands(buildProgram()).filter((n) => n.cmd.options.some((o) => o.long === '--json')).map((n) => n.path);
    const missing = withJson.filter((p) => !covered(p) && !NOT_YET.includes(p));
    expect(missing).toEqual([]);
    // A listed gap that got a schema (or lost its --json) leaves the list.
    expect(NOT_YET.filter((p) => !withJson.includes(p))).toEqual([]);
    expect(NOT_YET.filter(covered)).toEqual([]);
  });
});
