import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from '../../../adapters/http-server.js';

/** 32 random bytes as hex: the dashboard's only credential, printed once in its URL. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; why: string };

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

/** The token from the query (`?token=`, how the page and EventSource send it) or the `X-Orch-Token` header. */
export function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const h = req.headers['x-orch-token'];
  return (Array.isArray(h) ? h[0] : h) ?? url.searchParams.get('token') ?? undefined;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every request needs the token (401). Then the Host must be a loopback name, which defeats DNS rebinding,
 * and a state-changing request must come from the page's own origin (403): a page elsewhere that learned
 * the token still cannot drive a worker from a browser.
 */
export function authorize(req: IncomingMessage, url: URL, token: string): Verdict {
  if (!sameToken(tokenOf(req, url), token)) return { ok: false, status: 401, why: 'missing or wrong token' };
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return { ok: false, status: 403, why: `host ${JSON.stringify(host)} is not a loopback address` };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const origin = req.headers.origin;
    if (!origin) return { ok: false, status: 403, why: 'a state-changing request without an Origin header' };
    if (origin !== `http://${host}`) return { ok: false, status: 403, why: `origin ${JSON.stringify(origin)} is not this page's` };
  }
  return { ok: true };
}
