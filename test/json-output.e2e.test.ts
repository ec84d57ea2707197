import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JSON_SCHEMAS, type JsonCommand } from '../src/core/json-schemas.js';
import { useForgeProjects } from './support/forge-project.js';
import { waitFor, type TestProject } from './support/project.js';

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
    const issues = await answer(tp, 'start-issues', ['start-issues', '7']);
    expect(issues.rows[0]).toMatchObject({ issue: 7, status: 'dispatched', worker: { issue: 7, kind: 'issue' } });
    await waitFor(async () => (await tp.git(['log', '--format=%s', 'main..feature/alpha'])).includes('demo(alpha)'), 20_000, 'the stand-in commit');
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
    expect(dash.totals.states['not-launched']).toBe(1);
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
