import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { guardVerdict } from '../src/core/guard.js';
import { mergeHooks, HOOK_EVENTS } from '../src/flows/worker/hooks-install.js';
import { NOT_BASH, httpHook, supportsHttpHooks } from '../src/core/claude-http-hooks.js';
import { ORCH_BIN } from './support/project.js';

describe('guard rails', () => {
  it.each([
    ['gh pr merge 12', 'merge-pr'],
    ['gh pr merge 12 --squash --admin', 'merge-pr'],
    ['cd x && gh pr merge', 'merge-pr'],
    ['gh api -X PUT repos/a/b/pulls/3/merge', 'merge-pr'],
    ['curl -X PUT -H "Authorization: token x" https://api.github.com/repos/a/b/pulls/3/merge', 'merge-pr'],
    ['git push origin main', 'push-base'],
    ['git push origin HEAD:main', 'push-base'],
    ['git push -u origin feature/x:main', 'push-base'],
    ['git push --force origin fix/1-x', 'force-push'],
    ['git push -f', 'force-push'],
    ['git push origin +fix/1-x', 'force-push'],
    ['git push origin --delete main', 'delete-base'],
    ['git push origin :main', 'delete-base'],
    ['git branch -D main', 'delete-base'],
    ['pkill node', 'kill-by-name'],
    ['killall -9 node', 'kill-by-name'],
    ['taskkill /F /IM node.exe', 'kill-by-name'],
  ])('blocks %s (%s)', (cmd, rule) => {
    expect(guardVerdict(cmd, { base: 'main' })).toMatch(new RegExp(`^${rule}:`));
  });

  it.each(['git push -u origin fix/12-crash', 'git push --force-with-lease origin fix/12-crash', 'git commit -m "merge notes"', 'npm test', 'kill 12345'])('allows %s', (cmd) => {
    expect(guardVerdict(cmd, { base: 'main' })).toBeUndefined();
  });

  it('fails closed: the command text inside quotes still counts', () => {
    expect(guardVerdict('echo "$(gh pr merge 3)"')).toMatch(/^merge-pr/);
  });

  it('the base branch comes from the config; rules can be disabled and extended', () => {
    expect(guardVerdict('git push origin develop', { base: 'develop' })).toMatch(/push-base/);
    expect(guardVerdict('git push origin main', { base: 'develop' })).toBeUndefined();
    expect(guardVerdict('pkill node', { disable: ['kill-by-name'] })).toBeUndefined();
    expect(guardVerdict('rm -rf /', { deny: ['rm -rf /'] })).toMatch(/guard.deny/);
  });
});

describe('hook settings merge', () => {
  it('keeps the user\'s hooks and replaces only ours on re-install', () => {
    const user = { model: 'x', hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'my-linter' }] }] } };
    const once = mergeHooks(user, (e) => `orch hook ${e} # orch-hook`);
    const twice = mergeHooks(once, (e) => `orch2 hook ${e} # orch-hook`);
    const pre = (twice.hooks as Record<string, Array<{ hooks: Array<{ command: string }> }>>).PreToolUse!;
    expect(pre.flatMap((e) => e.hooks.map((h) => h.command))).toEqual(['my-linter', 'orch2 hook PreToolUse # orch-hook']);
    expect(Object.keys(twice.hooks as object).sort()).toEqual([...HOOK_EVENTS].sort());
    expect(twice.model).toBe('x');
  });
});

describe('hook settings with HTTP hooks (Claude Code 2.1.63 and later, the guard server up)', () => {
  type Entry = { matcher: string; hooks: Array<{ type: string; command?: string; url?: string; headers?: Record<string, string> }> };
  const door = { port: 43210, clientKey: 'ab'.repeat(24), serverKey: 'cd'.repeat(24) };
  const install = (existing: Record<string, unknown>, cmd = 'orch hook') =>
    mergeHooks(existing, (e) => `${cmd} ${e} # orch-hook`, (e) => httpHook(e, door, '/r/events/w.jsonl')).hooks as Record<string, Entry[]>;

  it('sends every event over HTTP but a Bash call\'s PreToolUse (the command, which fails closed) and SessionStart', () => {
    const hooks = install({});
    expect(hooks.PreToolUse).toEqual([
      { matcher: 'Bash', hooks: [{ type: 'command', command: 'orch hook PreToolUse # orch-hook', timeout: 10 }] },
      { matcher: NOT_BASH, hooks: [{ type: 'http', url: 'http://127.0.0.1:43210/orch-hook/PreToolUse', headers: { 'x-orch-key': door.clientKey, 'x-orch-events': '/r/events/w.jsonl' }, timeout: 10 }] },
    ]);
    for (const ev of HOOK_EVENTS.filter((e) => e !== 'PreToolUse' && e !== 'SessionStart')) expect(hooks[ev], ev).toEqual([{ matcher: '', hooks: [httpHook(ev, door, '/r/events/w.jsonl')] }]);
    // Claude Code never posts a SessionStart to an HTTP hook: that one stays the command.
    expect(hooks.SessionStart).toEqual([{ matcher: '', hooks: [{ type: 'command', command: 'orch hook SessionStart # orch-hook', timeout: 10 }] }]);
    // The matcher as Claude Code reads it (a regular expression on the tool name): Bash is the command's alone.
    const notBash = new RegExp(NOT_BASH);
    expect(['Write', 'Edit', 'Read', 'BashOutput', 'Task', 'mcp__x__Bash'].filter((t) => notBash.test(t))).toHaveLength(6);
    expect(notBash.test('Bash')).toBe(false);
  });

  it('a re-install replaces its own entries of either kind and keeps the user\'s, HTTP hooks included', () => {
    const user = { hooks: { Stop: [{ matcher: '', hooks: [{ type: 'http', url: 'https://hooks.example.com/stop' }] }], PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'my-linter' }] }] } };
    const twice = mergeHooks({ hooks: install(user) }, (e) => `orch2 hook ${e} # orch-hook`);
    expect((twice.hooks as Record<string, Entry[]>).Stop!.flatMap((e) => e.hooks.map((h) => h.url ?? h.command))).toEqual(['https://hooks.example.com/stop', 'orch2 hook Stop # orch-hook']);
    expect((twice.hooks as Record<string, Entry[]>).PreToolUse!.flatMap((e) => e.hooks.map((h) => h.url ?? h.command))).toEqual(['my-linter', 'orch2 hook PreToolUse # orch-hook']);
  });

  it('is used from Claude Code 2.1.63 on', () => {
    expect(['2.1.62', '2.0.99', '1.9.300', 'x', undefined].map((v) => supportsHttpHooks(v))).toEqual([false, false, false, false, false]);
    expect(['2.1.63', '2.1.330 (Claude Code)', '2.2.0', '3.0.0'].map((v) => supportsHttpHooks(v))).toEqual([true, true, true, true]);
  });
});

describe('orch hook (the built binary, fed real payloads)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-hook-'));
  const events = path.join(dir, 'events', 'w.jsonl');
  mkdirSync(path.dirname(events));
  writeFileSync(path.join(dir, 'guard.json'), JSON.stringify({ deny: [], disable: [], base: 'main' }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const payloads = readFileSync(new URL('./fixtures/claude-screens/hooks-payloads.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l).stdin);
  const hook = (event: string, input: string) => spawnSync(process.execPath, [ORCH_BIN, 'hook', event, '--events', events], { input, encoding: 'utf8' });

  it('appends one line per event with tool, summary and notification type', () => {
    for (const p of payloads) expect(hook(p.hook_event_name, JSON.stringify(p)).status).toBe(0);
    const lines = readFileSync(events, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(payloads.length);
    const pre = lines.find((l) => l.event === 'PreToolUse');
    expect(pre).toMatchObject({ tool: 'Bash', summary: 'echo probe > probe.txt' });
    expect(pre.session).toMatch(/^[0-9a-f-]{36}$/);
    expect(pre.transcript).toMatch(/\.jsonl$/);
    expect(lines.some((l) => l.event === 'Notification' && l.notification === 'permission_prompt')).toBe(true);
  });

  it('records a malformed payload and never blocks the worker', () => {
    const r = hook('PostToolUse', '{not json');
    expect(r.status).toBe(0);
    const last = JSON.parse(readFileSync(events, 'utf8').trim().split('\n').pop()!);
    expect(last).toMatchObject({ event: 'PostToolUse', malformed: true });
  });

  it('blocks a guarded Bash call with exit 2 and tells the worker why on stderr', () => {
    const r = hook('PreToolUse', JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'gh pr merge 12' } }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('merging pull requests is for a human');
    const ok = hook('PreToolUse', JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'git status' } }));
    expect(ok.status).toBe(0);
  });

  it('has no config, zod or octokit on its path (it works with no config anywhere)', () => {
    const out = execFileSync(process.execPath, [ORCH_BIN, 'hook', 'Stop', '--events', events], { input: '{}', cwd: os.tmpdir(), encoding: 'utf8' });
    expect(out).toBe('');
  });
});
