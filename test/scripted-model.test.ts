import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { claudeBinary, claudeEnv, prepareClaudeHome } from '../src/demo/claude-home.js';
import { sequence, startScriptedModel, type ScriptedModel } from '../src/demo/scripted-model.js';

const run = promisify(execFile);

describe('scripted model server', () => {
  let model: ScriptedModel;
  beforeAll(async () => {
    model = await startScriptedModel(sequence([
      { tool: 'Bash', text: 'Let me look.', input: { command: 'ls', description: 'List files' } },
      { error: { status: 529, type: 'overloaded_error', message: 'Overloaded' } },
    ]));
  });
  afterAll(() => model.close());

  const post = (path: string, body: unknown) =>
    fetch(model.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const tools = [{ name: 'Bash', input_schema: { type: 'object' } }];
  const hello = { role: 'user', content: [{ type: 'text', text: '<system-reminder>ctx</system-reminder>' }, { type: 'text', text: 'hello' }] };

  it('streams a tool_use answer as well-formed SSE', async () => {
    const res = await post('/v1/messages?beta=true', { model: 'm', stream: true, tools, messages: [hello, { role: 'system', content: ' - Primary working directory: /w/repo\n - Platform: linux' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = (await res.text()).trim().split('\n\n').map((chunk) => {
      const [eventLine, dataLine] = chunk.split('\n');
      const data = JSON.parse(dataLine!.replace(/^data: /, '')) as Record<string, any>;
      expect(eventLine).toBe(`event: ${data.type}`);
      return data;
    });
    expect(events.map((e) => e.type)).toEqual([
      'message_start', 'ping',
      'content_block_start', 'content_block_delta', 'content_block_stop',
      'content_block_start', 'content_block_delta', 'content_block_stop',
      'message_delta', 'message_stop',
    ]);
    expect(events[0]!.message.id).toMatch(/^msg_\w+$/);
    expect(events[3]!.delta).toEqual({ type: 'text_delta', text: 'Let me look.' });
    expect(events[5]!.content_block).toMatchObject({ type: 'tool_use', name: 'Bash', input: {} });
    expect(events[5]!.content_block.id).toMatch(/^toolu_\w+$/);
    expect(JSON.parse(events[6]!.delta.partial_json)).toEqual({ command: 'ls', description: 'List files' });
    expect(events[8]!.delta.stop_reason).toBe('tool_use');
    expect(events[8]!.usage.output_tokens).toBeGreaterThan(0);
    // Usage like the real API: the input side in message_start, the cumulative totals in message_delta.
    const start = events[0]!.message.usage;
    expect(Object.keys(start).sort()).toEqual(['cache_creation_input_tokens', 'cache_read_input_tokens', 'input_tokens', 'output_tokens', 'service_tier']);
    expect(start.cache_creation_input_tokens + start.cache_read_input_tokens).toBeGreaterThan(0);
    expect(events[8]!.usage).toMatchObject({ input_tokens: start.input_tokens, cache_read_input_tokens: start.cache_read_input_tokens, cache_creation_input_tokens: start.cache_creation_input_tokens });
    expect(model.requests.at(-1)!.ctx).toMatchObject({ prompt: 'hello', step: 0, cwd: '/w/repo' });
    expect(model.requests.at(-1)!.path).toBe('/v1/messages?beta=true');
  });

  it('answers non-streaming requests with JSON, tracks steps and tool results, sends errors', async () => {
    const messages = [
      hello,
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'Bash', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'boom', is_error: true }] },
    ];
    const res = await post('/v1/messages', { model: 'm', stream: false, tools, messages });
    expect(res.status).toBe(529);
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(await res.json()).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    expect(model.requests.at(-1)!.ctx).toMatchObject({ prompt: 'hello', step: 1, lastToolResult: 'boom', lastToolError: true });

    const done = await post('/v1/messages', { model: 'm', tools, messages: [...messages, { role: 'assistant', content: 'x' }, messages[2]] });
    const doneBody = (await done.json()) as { usage: Record<string, number> };
    expect(doneBody).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'end_turn', content: [{ type: 'text', text: 'Done.' }] });
    // A later call of a session reads the earlier prefix from the cache and writes only the newest message.
    expect(doneBody.usage).toMatchObject({ input_tokens: 3, output_tokens: expect.any(Number) });
    expect(doneBody.usage.cache_read_input_tokens).toBeGreaterThan(doneBody.usage.cache_creation_input_tokens!);

    // After a failed turn the CLI sends the old and the new prompt as two blocks of one user message.
    await post('/v1/messages', { model: 'm', tools, messages: [{ role: 'user', content: [{ type: 'text', text: 'failed\n' }, { type: 'text', text: 'retry' }] }] });
    expect(model.requests.at(-1)!.ctx).toMatchObject({ prompt: 'retry', step: 0 });
  });

  it('answers rate limits and overload with or without retry-after, letting the CLI retry when asked', async () => {
    const m = await startScriptedModel(sequence([
      { error: { status: 429, type: 'rate_limit_error', message: 'slow down', retry: true, retryAfterSec: 7 } },
      { error: { status: 529, type: 'overloaded_error', message: 'Overloaded', retry: true } },
      { text: 'big', usage: { output_tokens: 5000 } },
    ]));
    try {
      const call = (step: number) => fetch(`${m.url}/v1/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', tools, messages: [hello, ...Array.from({ length: step }, () => [{ role: 'assistant', content: 'x' }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: 'ok' }] }]).flat()] }),
      });
      const limited = await call(0);
      expect([limited.status, limited.headers.get('retry-after'), limited.headers.get('x-should-retry')]).toEqual([429, '7', null]);
      const overloaded = await call(1);
      expect([overloaded.status, overloaded.headers.get('retry-after'), overloaded.headers.get('x-should-retry')]).toEqual([529, null, null]);
      expect(((await (await call(2)).json()) as { usage: { output_tokens: number } }).usage.output_tokens).toBe(5000);
    } finally {
      await m.close();
    }
  });

  it('answers side requests without the script, count_tokens, 404 and bad input', async () => {
    const before = model.requests.length;
    const title = await post('/v1/messages', {
      model: 'haiku', tools: [], messages: [hello],
      output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: { title: { type: 'string' } } } } },
    });
    const text = ((await title.json()) as { content: Array<{ text: string }> }).content[0]!.text;
    expect(JSON.parse(text)).toEqual({ title: expect.any(String) });
    expect(model.requests.length).toBe(before);
    expect(await (await post('/v1/messages/count_tokens', { messages: [] })).json()).toEqual({ input_tokens: 10 });
    expect((await fetch(model.url + '/v1/models')).status).toBe(404);
    expect((await post('/nope', {})).status).toBe(404);
    const bad = await fetch(model.url + '/v1/messages', { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
  });
});

const bin = claudeBinary();

describe('real Claude Code CLI against the scripted model', () => {
  const socket = `orch-test-${randomBytes(4).toString('hex')}`;
  // The tmux server inherits this environment; keep tokens and any outer tmux/claude settings out.
  const serverEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
    !/^(GITHUB_TOKEN|GH_TOKEN|TMUX|TMUX_PANE|ANTHROPIC_.*|CLAUDE_.*)$/.test(k)));
  const tmux = async (...args: string[]) => (await run('tmux', ['-L', socket, '-f', '/dev/null', ...args], { env: serverEnv })).stdout;
  let root: string;
  let repo: string;
  let home: string;
  let model: ScriptedModel | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'orch-scripted-'));
    repo = join(root, 'repo');
    home = join(root, 'home');
    const git = (...args: string[]) => run('git', args, { cwd: repo });
    await run('git', ['init', '-q', repo]);
    await git('config', 'user.name', 'Orch Test');
    await git('config', 'user.email', 'orch-test@example.invalid');
    await writeFile(join(repo, 'notes.txt'), 'The secret word is zebra-7731\n');
    await git('add', '.');
    await git('commit', '-q', '-m', 'Initial commit');
    await prepareClaudeHome({ dir: home, trustedDirs: [repo], skipBypassWarning: true });
  });
  afterEach(async () => { await model?.close(); model = undefined; });
  afterAll(async () => {
    // tmux 3.3a leaves the socket file behind after kill-server.
    const socketPath = (await tmux('display-message', '-p', '#{socket_path}').catch(() => '')).trim();
    await tmux('kill-server').catch(() => undefined);
    if (socketPath) await rm(socketPath, { force: true });
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
  });

  const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);
  async function waitFor(session: string, text: string, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = await screen(session).catch(() => last);
      if (last.includes(text)) return last;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`Timed out waiting for ${JSON.stringify(text)}; screen:\n${last}`);
  }

  async function startClaude(session: string, url: string): Promise<void> {
    const env = Object.entries(claudeEnv(home, url)).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    await tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', '-c', repo, ...env,
      bin!, '--dangerously-skip-permissions', ';', 'set-option', '-t', session, 'remain-on-exit', 'on');
    await waitFor(session, 'bypass permissions on');
  }

  async function prompt(session: string, text: string): Promise<void> {
    await tmux('send-keys', '-t', session, '-l', text);
    await tmux('send-keys', '-t', session, 'Enter');
  }

  it('runs a Bash tool that commits a file, then shows the final text', async () => {
    const m = model = await startScriptedModel(sequence([
      {
        tool: 'Bash',
        input: {
          command: "printf 'made by the scripted model\\n' > scripted.txt && git add scripted.txt && git commit -q -m 'Add scripted file'",
          description: 'Create and commit scripted.txt',
        },
      },
      { text: 'Committed scripted.txt for you.' },
    ]));
    await startClaude('bash', m.url);
    await prompt('bash', 'Please commit a file');
    const final = await waitFor('bash', 'Committed scripted.txt for you.');
    expect(final).toContain('Please commit a file');
    const { stdout } = await run('git', ['log', '-1', '--format=%s', '--', 'scripted.txt'], { cwd: repo });
    expect(stdout.trim()).toBe('Add scripted file');
    expect(m.requests.map((r) => r.ctx.step)).toEqual([0, 1]);
    expect(m.requests[0]!.ctx).toMatchObject({ prompt: 'Please commit a file', cwd: repo });
    expect(m.requests[1]!.ctx.lastToolError).toBe(false);
  });

  it('feeds the Read tool result back to the model', async () => {
    const m = model = await startScriptedModel(sequence([
      { tool: 'Read', input: { file_path: join(repo, 'notes.txt') } },
      { text: 'I read the notes.' },
    ]));
    await startClaude('read', m.url);
    await prompt('read', 'What do the notes say?');
    await waitFor('read', 'I read the notes.');
    expect(m.requests[1]!.ctx.lastToolResult).toContain(
      (await readFile(join(repo, 'notes.txt'), 'utf8')).trim());
  });
});
