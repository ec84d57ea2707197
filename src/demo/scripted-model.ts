// A stand-in for the Anthropic Messages API, so the real Claude Code CLI can run whole sessions
// (TUI, hooks, tools, transcripts) against a scripted model. Only node:http: `orch demo` ships it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface ModelRequestContext {
  /** Text of the most recent user message that is plain text typed by the human (not a tool_result). */
  prompt: string;
  /** How many assistant replies have been produced since that human prompt (0 for the first answer). */
  step: number;
  /** Concatenated text of tool_result blocks in the last user message, if the last message holds tool results. */
  lastToolResult?: string;
  /** Whether the last tool result was an error (is_error true). */
  lastToolError?: boolean;
  /** Working directory of the session (2.1.330 says " - Primary working directory: <path>"). */
  cwd?: string;
  /** The raw request body. */
  body: unknown;
}

/** Token counts as the Messages API reports them in `usage`. */
export interface ModelUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
}

export type ModelReply =
  | { text: string; usage?: Partial<ModelUsage> }
  | { tool: 'Bash' | 'Read' | 'Edit' | 'Write'; input: Record<string, unknown>; text?: string; usage?: Partial<ModelUsage> }
  /** An API error; `retryAfterSec` sends a `retry-after` header, `retry: true` lets the CLI retry (default: it gives up at once). */
  | { error: { status: number; type: string; message: string; retryAfterSec?: number; retry?: boolean; headers?: Record<string, string> } }
  | { delayMs: number; then: ModelReply };

export type ModelScript = (ctx: ModelRequestContext) => ModelReply | Promise<ModelReply>;

export interface ScriptedModel {
  url: string;
  port: number;
  /** Scripted requests (side requests left out), with the usage each answer reported. */
  requests: Array<{ path: string; ctx: ModelRequestContext; usage?: ModelUsage }>;
  close(): Promise<void>;
}

/** Answers the n-th model call after each human prompt with replies[n], then 'Done.'. */
export function sequence(replies: ModelReply[]): ModelScript {
  return (ctx) => replies[ctx.step] ?? { text: 'Done.' };
}

type Json = Record<string, unknown>;
type Block = { type: string; text?: string; content?: unknown; is_error?: boolean };

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const blocksOf = (content: unknown): Block[] =>
  typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content.filter(isObj) as Block[] : [];
// The CLI prepends context (git status, attribution) to the human's message as <system-reminder> blocks.
const humanText = (b: Block): string | undefined =>
  b.type === 'text' && typeof b.text === 'string' && !b.text.trimStart().startsWith('<system-reminder>') ? b.text : undefined;
const toolResultText = (b: Block): string =>
  blocksOf(b.content).map((c) => c.text ?? '').join('\n');
// Real ids look like msg_01XyZ...: alphanumeric only.
const id = (prefix: string): string => prefix + '01' + randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 22);

/** Derives the script context from a Messages API request body (exported for tests and other stand-ins). */
export function contextOf(body: unknown): ModelRequestContext {
  const messages = isObj(body) && Array.isArray(body.messages) ? body.messages.filter(isObj) : [];
  let prompt = '';
  let step = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'assistant') step++;
    if (m.role !== 'user') continue;
    const blocks = blocksOf(m.content);
    if (blocks.some((b) => b.type === 'tool_result')) continue;
    const texts = blocks.map(humanText).filter((t): t is string => t !== undefined);
    // After a failed turn the CLI merges the next prompt into the same user message: the last block is the newest.
    if (texts.length > 0) { prompt = texts.at(-1)!; break; }
  }
  const ctx: ModelRequestContext = { prompt, step, body };
  const last = messages.filter((m) => m.role === 'user').at(-1);
  const results = last ? blocksOf(last.content).filter((b) => b.type === 'tool_result') : [];
  if (results.length > 0) {
    ctx.lastToolResult = results.map(toolResultText).join('\n');
    ctx.lastToolError = results.some((b) => b.is_error === true);
  }
  // 2.1.330 moved the environment section out of `system` into a role:"system" message; look everywhere.
  const texts = [
    ...(isObj(body) ? blocksOf(body.system) : []),
    ...messages.flatMap((m) => blocksOf(m.content)),
  ].map((b) => b.text ?? '');
  for (const t of texts) {
    const match = /(?:Primary working directory|Working directory|cwd):\s*(\S[^\n]*)/i.exec(t);
    if (match) { ctx.cwd = match[1]!.trim(); break; }
  }
  return ctx;
}

// Title generation and similar helpers are sent without tools; they must not consume script steps.
function isSideRequest(body: Json): boolean {
  return !Array.isArray(body.tools) || body.tools.length === 0;
}

function sideAnswer(body: Json): string {
  const format = isObj(body.output_config) ? body.output_config.format : undefined;
  const schema = isObj(format) && format.type === 'json_schema' && isObj(format.schema) ? format.schema : undefined;
  if (!schema) return 'Scripted session';
  // The session-title request asks for {"title": string}; fill every string property the same way.
  const props = isObj(schema.properties) ? Object.keys(schema.properties) : [];
  return JSON.stringify(Object.fromEntries(props.map((k) => [k, 'Scripted session'])));
}

const tokensOf = (v: unknown): number => (v === undefined ? 0 : Math.ceil(JSON.stringify(v).length / 4));

/**
 * Usage shaped like the real API's for Claude Code's prompt caching: the first call of a session writes the
 * system prompt, tools and message to the cache; later calls read the earlier prefix and write only the newest
 * message; a few uncached input tokens remain. Deterministic, so tests can sum it.
 */
export function usageFor(body: Json, content: Json[], override: Partial<ModelUsage> = {}): ModelUsage {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const prefix = tokensOf(body.system) + tokensOf(body.tools);
  const earlier = tokensOf(messages.slice(0, -1));
  const newest = tokensOf(messages.at(-1));
  const first = messages.length <= 1;
  return {
    input_tokens: 3,
    cache_creation_input_tokens: first ? prefix + newest : newest,
    cache_read_input_tokens: first ? 0 : prefix + earlier,
    output_tokens: Math.max(1, tokensOf(content)),
    ...override,
  };
}

function contentOf(reply: { text: string } | { tool: string; input: Json; text?: string }): Json[] {
  const out: Json[] = [];
  if ('tool' in reply) {
    if (reply.text) out.push({ type: 'text', text: reply.text });
    out.push({ type: 'tool_use', id: id('toolu_'), name: reply.tool, input: reply.input });
  } else out.push({ type: 'text', text: reply.text });
  return out;
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req_'), ...headers });
  res.end(JSON.stringify(value));
}

function sendMessage(res: ServerResponse, body: Json, content: Json[], stream: boolean, override?: Partial<ModelUsage>): ModelUsage | undefined {
  if (res.writableEnded || res.destroyed) return undefined;
  const model = typeof body.model === 'string' ? body.model : 'claude-scripted';
  const stopReason = content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn';
  const counted = usageFor(body, content, override);
  const outputTokens = counted.output_tokens;
  const usage = { ...counted, service_tier: 'standard' };
  const message = { id: id('msg_'), type: 'message', role: 'assistant', model, content, stop_reason: stopReason, stop_sequence: null, usage };
  if (!stream) {
    sendJson(res, 200, message);
    return counted;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': id('req_') });
  const event = (type: string, data: Json) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('message_start', { message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } });
  event('ping', {});
  content.forEach((block, index) => {
    if (block.type === 'tool_use') {
      event('content_block_start', { index, content_block: { ...block, input: {} } });
      event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } });
    } else {
      event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } });
    }
    event('content_block_stop', { index });
  });
  // Like the real API: message_start carries the input side, message_delta the cumulative totals.
  const { service_tier: _tier, ...totals } = usage;
  event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { ...totals, output_tokens: outputTokens } });
  event('message_stop', {});
  res.end();
  return counted;
}

async function answer(res: ServerResponse, body: Json, reply: ModelReply, stream: boolean, timers: Set<NodeJS.Timeout>): Promise<ModelUsage | undefined> {
  while ('delayMs' in reply) {
    const { delayMs, then } = reply;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => { timers.delete(t); resolve(); }, delayMs);
      timers.add(t);
    });
    reply = then;
  }
  if ('error' in reply) {
    // x-should-retry:false makes the CLI fail at once instead of retrying for ~3 minutes.
    const { status, type, message, retryAfterSec, retry, headers } = reply.error;
    sendJson(res, status, { type: 'error', error: { type, message } }, {
      ...(retry ? {} : { 'x-should-retry': 'false' }),
      ...(retryAfterSec !== undefined ? { 'retry-after': String(retryAfterSec) } : {}),
      ...headers,
    });
    return undefined;
  }
  return sendMessage(res, body, contentOf(reply), stream, reply.usage);
}

export function startScriptedModel(script: ModelScript, opts: { port?: number; host?: string } = {}): Promise<ScriptedModel> {
  const requests: ScriptedModel['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'POST' && path === '/v1/messages/count_tokens') return sendJson(res, 200, { input_tokens: 10 });
    if (req.method !== 'POST' || path !== '/v1/messages') {
      return sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `Not found: ${req.method} ${path}` } });
    }
    let body: unknown;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = undefined; }
    if (!isObj(body)) return sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'Body must be a JSON object' } });
    const stream = body.stream === true;
    if (isSideRequest(body)) {
      sendMessage(res, body, [{ type: 'text', text: sideAnswer(body) }], stream);
      return;
    }
    const ctx = contextOf(body);
    const entry: ScriptedModel['requests'][number] = { path: req.url ?? path, ctx };
    requests.push(entry);
    const usage = await answer(res, body, await script(ctx), stream, timers);
    if (usage) entry.usage = usage;
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendJson(res, 500, { type: 'error', error: { type: 'api_error', message } }, { 'x-should-retry': 'false' });
      else res.destroy();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        port,
        requests,
        close: () => new Promise<void>((done) => {
          for (const t of timers) clearTimeout(t);
          timers.clear();
          server.close(() => done());
          // The CLI keeps connections alive; without this close() would wait for them to time out.
          server.closeAllConnections();
        }),
      });
    });
  });
}
