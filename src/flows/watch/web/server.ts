import { listenHttp, type IncomingMessage, type ServerResponse } from '../../../adapters/http-server.js';
import type { Ctx, Project } from '../../../context.js';
import type { Forge } from '../../../adapters/forge.js';
import { OrchError, redact } from '../../../errors.js';
import { authorize, newToken } from './auth.js';
import { loadAssets, webDir, type Asset } from './assets.js';
import { LiveDashboard } from './live.js';
import { isAction, runAction } from './actions.js';

export interface WebOptions {
  /** 0 picks a free port. */
  port: number;
  /** Tests pass one to restart a server under the same URL; the CLI never does. */
  token?: string | undefined;
  forge?: (() => Promise<Forge | undefined>) | undefined;
  screenEveryMs?: number;
  fullEveryMs?: number;
  prEveryMs?: number;
}

export interface WebDashboard {
  url: string;
  port: number;
  token: string;
  live: LiveDashboard;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY = 64 * 1024;

/**
 * Served with every response. The page runs only its own script; ansi_up's colours are inline styles; the
 * token in the URL never leaves in a Referer (a click on a PR link goes to GitHub).
 */
const HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

/** `orch dash --web`: the page, its event stream and its actions on 127.0.0.1, behind a random token. */
export async function startWebDashboard(ctx: Ctx, project: Project, o: WebOptions): Promise<WebDashboard> {
  const token = o.token ?? newToken();
  const assets = loadAssets(webDir(), token);
  const live = new LiveDashboard(ctx, project, { screenEveryMs: o.screenEveryMs ?? 500, fullEveryMs: o.fullEveryMs ?? 5000, prEveryMs: o.prEveryMs ?? 60_000, forge: o.forge });
  const server = await listenHttp(HOST, o.port, (req, res) => {
    handle(ctx, project, live, assets, token, req, res).catch((e: Error) => {
      ctx.out.warn(`web: ${req.method} ${pathOf(req)} failed: ${e.message.split('\n')[0]}`);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'internal error', hint: undefined } });
      else res.end();
    });
  }).catch((e: NodeJS.ErrnoException) => {
    throw e.code === 'EADDRINUSE'
      ? new OrchError('port-in-use', `port ${o.port} on ${HOST} is already in use`, { hint: 'pick another with --port, or leave --port out to take a free one' })
      : new OrchError('web', `cannot serve the dashboard on ${HOST}:${o.port}: ${e.message}`);
  });
  const port = server.port;
  live.start();
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    live,
    async close() {
      live.stop();
      await server.close();
    },
  };
}

/** The path alone: the query holds the token and is never logged. */
function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!;
}

async function handle(ctx: Ctx, project: Project, live: LiveDashboard, assets: Map<string, Asset>, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const verdict = authorize(req, url, token);
  if (!verdict.ok) {
    ctx.out.warn(`web: refused ${req.method} ${url.pathname} (${verdict.status}: ${verdict.why})`);
    send(res, verdict.status, { ok: false, error: { code: verdict.status === 401 ? 'unauthorized' : 'forbidden', message: verdict.why, hint: verdict.status === 401 ? 'open the URL `orch dash --web` printed, with its token' : undefined } });
    return;
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    const file = url.pathname === '/' ? 'index.html' : /^\/assets\/([a-z]+\.[a-z]+)$/.exec(url.pathname)?.[1];
    const asset = file ? assets.get(file) : undefined;
    if (asset) {
      res.writeHead(200, { ...HEADERS, 'content-type': asset.type, 'content-length': asset.body.length });
      res.end(method === 'HEAD' ? undefined : asset.body);
      return;
    }
    if (url.pathname === '/api/state') return send(res, 200, await live.current());
    if (url.pathname === '/api/events') {
      if (method === 'HEAD') return void res.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream; charset=utf-8' }).end();
      const first = await live.firstFrames();
      live.clients.add(res, first, HEADERS);
      void live.captureScreens();
      return;
    }
    return send(res, 404, { ok: false, error: { code: 'not-found', message: `no page ${url.pathname}`, hint: undefined } });
  }
  if (method !== 'POST') return send(res, 405, { ok: false, error: { code: 'method', message: `${method} is not served here`, hint: undefined } });
  const m = /^\/api\/workers\/([^/]+)\/([a-z]+)$/.exec(url.pathname);
  const name = m ? safeDecode(m[1]!) : '';
  if (!m || !isAction(m[2]!) || !/^[A-Za-z0-9._-]+$/.test(name)) {
    return send(res, 404, { ok: false, error: { code: 'not-found', message: `no action ${url.pathname}`, hint: 'actions: send, approve, deny, resume, close' } });
  }
  const body = await readJson(req);
  if (body === undefined) return send(res, 400, { ok: false, error: { code: 'usage', message: 'the request body is not a JSON object', hint: undefined } });
  ctx.out.info(`web: ${m[2]} ${name}`);
  const reply = await runAction(ctx, project, name, m[2], body);
  if (!reply.body.ok) ctx.out.info(`web: ${m[2]} ${name} refused: ${reply.body.error.message.split('\n')[0]}`);
  live.requestRefresh(0);
  send(res, reply.status, reply.body);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

function send(res: ServerResponse, status: number, data: unknown): void {
  const body = Buffer.from(redact(JSON.stringify(data)));
  res.writeHead(status, { ...HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
}

/** A JSON object of at most 64 KB; an empty body is `{}`; anything else is undefined. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
