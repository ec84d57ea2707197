// Checks requests against test/support/openapi-index.json (made by scripts/gen-openapi-index.mjs
// from GitHub's official OpenAPI description).
import { readFileSync } from 'node:fs';

export interface IndexedOperation {
  method: string;
  path: string;
  operationId: string;
  /** the request body is required */
  body?: boolean;
  /** required top-level body fields */
  req?: string[];
  /** the body must match one of these */
  alt?: Array<{ type?: string; req?: string[] }>;
  /** required query parameters */
  query?: string[];
}

interface Compiled extends IndexedOperation {
  segments: string[];
  statics: number;
}

const index = JSON.parse(readFileSync(new URL('../openapi-index.json', import.meta.url), 'utf8')) as {
  source: string;
  operations: IndexedOperation[];
};

const compiled: Compiled[] = index.operations.map((op) => {
  const segments = op.path.split('/').slice(1);
  return { ...op, segments, statics: segments.filter((s) => !s.startsWith('{')).length };
});

export interface Match {
  op: IndexedOperation;
  params: Record<string, string>;
}

/** Finds the operation for METHOD + raw pathname; static segments win over parameters (pulls/comments vs pulls/{pull_number}). */
export function matchOperation(method: string, rawPath: string): Match | undefined {
  const parts = rawPath.split('/').slice(1);
  let best: { c: Compiled; params: Record<string, string> } | undefined;
  for (const c of compiled) {
    if (c.method !== method || c.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const seg = c.segments[i]!;
      const part = parts[i]!;
      if (seg.startsWith('{')) {
        if (part === '') ok = false;
        else params[seg.slice(1, -1)] = safeDecode(part);
      } else if (seg !== part) ok = false;
    }
    if (ok && (!best || c.statics > best.c.statics)) best = { c, params };
  }
  return best && { op: best.c, params: best.params };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
}

function missingFields(body: unknown, req: string[] | undefined): string[] {
  if (!req?.length) return [];
  const obj = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  return req.filter((f) => obj[f] === undefined);
}

/** Problems with a request's body and query against its operation; empty when it is allowed. */
export function checkRequest(op: IndexedOperation, body: unknown, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const missingQuery = (op.query ?? []).filter((q) => !query.has(q));
  if (missingQuery.length) problems.push(`missing required query parameter(s) ${missingQuery.join(', ')}`);
  if (body === undefined) {
    if (op.body) problems.push('missing required request body');
    return problems;
  }
  const missing = missingFields(body, op.req);
  if (missing.length) problems.push(`missing required body field(s) ${missing.join(', ')}`);
  if (op.alt) {
    const t = jsonType(body);
    const fits = op.alt.some(
      (a) => (!a.type || a.type === t || (a.type === 'number' && t === 'integer')) && missingFields(body, a.req).length === 0,
    );
    if (!fits) {
      const want = op.alt.map((a) => (a.req?.length ? `${a.type ?? 'object'} with ${a.req.join('+')}` : a.type)).join(' | ');
      problems.push(`body matches none of: ${want}`);
    }
  }
  return problems;
}
