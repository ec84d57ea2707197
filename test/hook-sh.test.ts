import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHook } from '../src/hook.js';
import { REPO_ROOT, ORCH_BIN } from './support/project.js';

// The sh hook (dist/hook.sh) must write, field for field, the line the Node hook (src/hook.ts) writes: the state
// derivation reads those lines and must not care which of the two wrote them.
const HOOK_SH = path.join(REPO_ROOT, 'dist', 'hook.sh');
const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-hook-sh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** The shell hook.sh runs under: orch installs it for bash where bash runs it right, else for sh (both tested). */
let shell = 'sh';
function viaSh(event: string, stdin: string, nodeCmd: string[] = [process.execPath, ORCH_BIN, 'hook']): { line: Record<string, unknown> | undefined; code: number; stderr: string; raw: string } {
  const file = path.join(dir, `sh-${n++}.jsonl`);
  const r = spawnSync(shell, [HOOK_SH, event, file, ...nodeCmd], { input: stdin, encoding: 'utf8' });
  const raw = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { line: raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined, code: r.status ?? -1, stderr: r.stderr, raw };
}
function viaNode(event: string, stdin: string): Record<string, unknown> {
  const file = path.join(dir, `node-${n++}.jsonl`);
  runHook(event, ['--events', file], stdin, {});
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
const withoutTime = (l: Record<string, unknown> | undefined) => {
  const { at, ...rest } = l ?? {};
  return rest;
};
function same(event: string, payload: unknown): Record<string, unknown> {
  const stdin = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const sh = viaSh(event, stdin);
  expect(sh.code, sh.stderr).toBe(0);
  expect(sh.raw.endsWith('\n') && sh.raw.split('\n').length).toBe(2);
  expect(sh.line!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(Math.abs(Date.parse(sh.line!.at as string) - Date.now())).toBeLessThan(60_000);
  const node = viaNode(event, stdin);
  expect(withoutTime(sh.line)).toEqual(withoutTime(node));
  return sh.line!;
}

const session = { session_id: '0b6f3d7e-1c2a-4c43-9d7e-5a1f2b3c4d5e', transcript_path: '/home/me/.claude/projects/-repo-worktrees-fix-1/0b6f3d7e.jsonl', cwd: '/repo-worktrees/fix-1', permission_mode: 'bypassPermissions' };
const longReply = [
  'I made the change and ran the tests.',
  ...Array.from({ length: 40 }, (_, i) => `- step ${i}: "quoted" \\ back\tslash é 😀`),
  '',
  'WORKTREE_STATUS: COMPLETE',
  '  REASON: all tests pass',
  'PR: https://github.com/acme/widgets/pull/7',
  '',
].join('\r\n');

for (const sh of ['sh', 'bash']) describe(`the sh hook, run by ${sh} (no guard server), writes the Node hook's line`, () => {
  beforeAll(() => void (shell = sh));
  it('for every event Claude Code sends, with what orch reads from each', () => {
    expect(same('SessionStart', { ...session, hook_event_name: 'SessionStart', source: 'startup' })).toMatchObject({ event: 'SessionStart', session: session.session_id, source: 'startup' });
    same('UserPromptSubmit', { ...session, hook_event_name: 'UserPromptSubmit', prompt: 'Read .claude-bootstrap.md "and" go\n' });
    expect(same('PreToolUse', { ...session, hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: '/repo/src/a "b" \\ é.ts' }, tool_use_id: 'toolu_1' })).toMatchObject({ tool: 'Read', summary: '/repo/src/a "b" \\ é.ts' });
    same('PreToolUse', { ...session, hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: { file_path: '/repo/src/x.ts', old_string: 'a'.repeat(5000), new_string: 'b\n"c"' } });
    same('PreToolUse', { ...session, hook_event_name: 'PreToolUse', tool_name: 'Grep', tool_input: { pattern: '  foo\n\tbar  ', path: '/repo' } });
    same('PostToolUse', { ...session, hook_event_name: 'PostToolUse', tool_name: 'Read', tool_input: { file_path: '/repo/a.ts' }, tool_response: { type: 'text', message: 'nested, not the top-level message', file: { content: '{"tool_name":"Bash"}\n'.repeat(2000), numLines: 2000 } } });
    same('PostToolUse', { ...session, hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: `printf '%s\\n' "a b" | tail -1 && git commit -m "x"`, description: 'Commit' }, tool_response: { stdout: 'ok\n', stderr: '', interrupted: false } });
    same('PostToolUseFailure', { ...session, hook_event_name: 'PostToolUseFailure', tool_name: 'Bash', tool_input: { command: 'npm test' }, error: `Exit code 1\n${'FAIL test/a.test.ts > "x"\n'.repeat(30)}` });
    expect(same('Notification', { ...session, hook_event_name: 'Notification', notification_type: 'permission_prompt', message: 'Claude needs your permission to use Bash' })).toMatchObject({ notification: 'permission_prompt' });
    const stop = same('Stop', { ...session, hook_event_name: 'Stop', stop_hook_active: false, last_assistant_message: longReply });
    expect(stop.message).toMatch(/\nWORKTREE_STATUS: COMPLETE\nREASON: all tests pass\nPR: https:\/\/github.com\/acme\/widgets\/pull\/7$/);
    same('Stop', { ...session, hook_event_name: 'Stop', last_assistant_message: 'Short "reply" with \\ and é😀.' });
    same('StopFailure', { ...session, hook_event_name: 'StopFailure', error: 'rate_limit' });
    same('SubagentStop', { ...session, hook_event_name: 'SubagentStop', last_assistant_message: 'sub done' });
    same('PreCompact', { ...session, hook_event_name: 'PreCompact', trigger: 'auto', custom_instructions: '' });
    same('PostCompact', { ...session, hook_event_name: 'PostCompact', trigger: 'manual' });
    same('SessionEnd', { ...session, hook_event_name: 'SessionEnd', reason: 'prompt_input_exit' });
  });

  it('for the real payloads captured from the Claude Code CLI', () => {
    const captured = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'claude-screens', 'hooks-payloads.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { stdin: Record<string, unknown> }).stdin);
    expect(captured.length).toBeGreaterThan(50);
    // A PreToolUse of Bash goes to the Node hook (the guard; covered below); every other one is written by sh.
    const others = captured.filter((p) => !(p.hook_event_name === 'PreToolUse' && JSON.stringify(p).includes('"Bash"')));
    expect(new Set(others.map((p) => p.hook_event_name)).size).toBeGreaterThanOrEqual(5);
    for (const p of others) same(p.hook_event_name as string, p);
  });

  it('reads pretty-printed payloads, keys in any order and escapes of every kind', () => {
    same('PostToolUse', JSON.stringify({ tool_input: { command: 'echo \u0001 \u001b[31m red \u2028' }, tool_name: 'Bash', ...session }, null, 2));
    same('Stop', `{"session_id":"s","last_assistant_message":"caf\\u00e9 \\ud83d\\ude00 \\/ \\b\\f done"}`);
    same('PreToolUse', { ...session, tool_name: 'WebFetch', tool_input: { url: `https://example.com/${'x'.repeat(300)}`, prompt: 'p' } });
  });

  it('keeps messages, summaries and errors within the same limits at the same places (random text)', () => {
    // Seeded, so a failure names the payload that caused it.
    let seed = 42;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
    const alphabet = ['a', 'b', ' ', ' ', '\n', '\t', '\r', '"', '\\', 'é', '中', '😀', '{', '}', '[', ']', ':', ',', '\u0001', 'WORKTREE_STATUS: BLOCKED', '\nREASON: x', '/'];
    const text = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let i = 0; i < 60; i++) {
      const len = [5, 110, 119, 121, 130, 290, 310, 399, 401, 800][i % 10]!;
      const payload = { ...session, tool_name: 'Bash', tool_input: { command: text(len) }, last_assistant_message: text(len * 3), error: text(len), notification_type: 'idle_prompt' };
      const sh = viaSh('PostToolUse', JSON.stringify(payload));
      const node = viaNode('PostToolUse', JSON.stringify(payload));
      // One accepted difference: a character outside the BMP that straddles a cut is left out whole by sh, where
      // JavaScript keeps its first half (a lone surrogate).
      const norm = (l: Record<string, unknown>) => JSON.parse(JSON.stringify(withoutTime(l)).replace(/\\ud83d(\.\.\.)/g, '$1')) as Record<string, unknown>;
      expect(norm(sh.line!), `payload ${i}: ${JSON.stringify(payload)}`).toEqual(norm(node));
    }
  });

  it('writes a malformed line for a payload that is not a JSON object, like the Node hook', () => {
    expect(same('PostToolUse', 'not json')).toMatchObject({ malformed: true });
    same('Stop', '');
  });

  it('hands a PreToolUse that names Bash to the Node hook: the guard blocks, exit 2 and the reason reach Claude Code', () => {
    writeFileSync(path.join(dir, 'guard.json'), JSON.stringify({ base: 'main' }));
    const events = path.join(dir, 'events', 'w.jsonl');
    rmSync(path.dirname(events), { recursive: true, force: true });
    spawnSync('mkdir', ['-p', path.dirname(events)]);
    const push = JSON.stringify({ ...session, tool_name: 'Bash', tool_input: { command: 'git push origin HEAD:main' } });
    const r = spawnSync('sh', [HOOK_SH, 'PreToolUse', events, process.execPath, ORCH_BIN, 'hook'], { input: push, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^orch guard: blocked\./);
    const line = JSON.parse(readFileSync(events, 'utf8')) as Record<string, unknown>;
    expect(line).toMatchObject({ event: 'PreToolUse', tool: 'Bash', summary: 'git push origin HEAD:main' });
    expect(line.blocked).toEqual(expect.any(String));
    // A harmless Bash call goes through the same Node hook and is let through.
    const ok = spawnSync('sh', [HOOK_SH, 'PreToolUse', events, process.execPath, ORCH_BIN, 'hook'], { input: JSON.stringify({ ...session, tool_name: 'Bash', tool_input: { command: 'ls' } }), encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(events, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('fails closed when the guard cannot run: no Node, a crash, or no guard command at all', () => {
    const bash = JSON.stringify({ ...session, tool_name: 'Bash', tool_input: { command: 'ls' } });
    const missing = viaSh('PreToolUse', bash, ['/nonexistent/node', ORCH_BIN, 'hook']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/orch guard: blocked\. The guard could not run \(exit 127\)/);
    const crash = viaSh('PreToolUse', bash, [process.execPath, '-e', 'process.exit(1)']);
    expect(crash.code).toBe(2);
    const none = viaSh('PreToolUse', bash, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no guard command/);
    // Events that need no guard never reach Node: a missing Node changes nothing for them.
    expect(viaSh('PreToolUse', JSON.stringify({ ...session, tool_name: 'Read', tool_input: { file_path: '/a' } }), ['/nonexistent/node']).code).toBe(0);
  });

  it('never fails the worker because the events file cannot be written', () => {
    const r = spawnSync(shell, [HOOK_SH, 'PostToolUse', path.join(dir, 'no', 'such', 'dir', 'e.jsonl')], { input: JSON.stringify({ ...session, tool_name: 'Read' }), encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
});

describe('the hook command orch installs', () => {
  it('is the sh hook, run by bash, on a machine whose bash, sh, awk and date write the Node hook\'s lines, else the Node hook', async () => {
    const { hookCommand } = await import('../src/flows/worker/hooks-install.js');
    const cmd = hookCommand('PostToolUse', '/x/events/w.jsonl', { PATH: process.env.PATH! });
    expect(cmd).toEqual(['bash', HOOK_SH, 'PostToolUse', '/x/events/w.jsonl', process.execPath, path.join(REPO_ROOT, 'dist', 'hook.mjs')]);
    expect(hookCommand('PostToolUse', '/x/events/w.jsonl', { ORCH_HOOK_SH: '0' }).slice(-4)).toEqual(['hook', 'PostToolUse', '--events', '/x/events/w.jsonl']);
  });
});
