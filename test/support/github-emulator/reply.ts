// Reply helpers shared by the route handlers.
import type { operations } from '@octokit/openapi-types';
import type { IssueRec } from './records.js';
import type { EmulatorState, PullIssue } from './state.js';
import type { OpJson, S } from './types.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Ctx {
  st: EmulatorState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** the request URL, absolute (for link headers) */
  url: URL;
}

export type Handler = (c: Ctx) => Reply;

export const DOCS = 'https://docs.github.com/rest';

/** Types `body` as the documented JSON of response `status` of operation `op`. */
export function ok<Op extends keyof operations, C extends number>(_op: Op, status: C, body: OpJson<Op, C>, headers?: Record<string, string>): Reply {
  return { status, body, ...(headers ? { headers } : {}) };
}

export function error(status: number, message: string, extra?: Partial<S['validation-error']>): Reply {
  const body: S['basic-error'] | S['validation-error'] = { message, documentation_url: DOCS, status: String(status), ...extra };
  return { status, body };
}

export function simpleError(status: number, message: string, errors: string[]): Reply {
  const body: S['validation-error-simple'] = { message, documentation_url: DOCS, errors };
  return { status, body };
}

export const notFound = (): Reply => error(404, 'Not Found');

export function invalid(resource: string, field: string, code = 'invalid', message?: string): Reply {
  return error(422, 'Validation Failed', { errors: [{ resource, field, code, ...(message ? { message } : {}) }] });
}

export const custom = (resource: string, message: string): Reply => error(422, 'Validation Failed', { errors: [{ resource, code: 'custom', message }] });

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Slices `items` by per_page/page and builds GitHub's `link` header. */
export function paginate<T>(c: Ctx, items: T[]): { page: T[]; headers?: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(c.query.get('per_page')) || 30));
  const page = Math.max(1, Number(c.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { page: slice };
  const link = (p: number, rel: string) => {
    const u = new URL(c.url);
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { page: slice, headers: { link: links.join(', ') } };
}

export function issueOf(c: Ctx): IssueRec | undefined {
  return c.st.issues.get(Number(c.params.issue_number));
}

export function pullOf(c: Ctx): PullIssue | undefined {
  const i = c.st.issues.get(Number(c.params.pull_number));
  return i?.pr ? (i as PullIssue) : undefined;
}

export function byNumber(c: Ctx, list: IssueRec[]): IssueRec[] {
  const asc = c.query.get('direction') === 'asc';
  const key = c.query.get('sort') === 'updated' ? (i: IssueRec) => i.updatedAt + String(i.number).padStart(9, '0') : (i: IssueRec) => String(i.number).padStart(9, '0');
  return [...list].sort((x, y) => (key(x) < key(y) ? 1 : -1) * (asc ? -1 : 1));
}
