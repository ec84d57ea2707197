// Issue, label and search handlers (pull requests are issues too, with a `pull_request` key).
import * as b from './builders.js';
import type { IssueRec } from './records.js';
import { type Ctx, type Handler, byNumber, error, invalid, issueOf, notFound, ok, paginate, str } from './reply.js';
import { now } from './state.js';

function labelNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { labels?: unknown }).labels) ? (v as { labels: unknown[] }).labels : [];
  return list.map((l) => (typeof l === 'string' ? l : str((l as { name?: unknown })?.name))).filter((l): l is string => !!l);
}

function addLabels(c: Ctx, i: IssueRec, names: string[]): void {
  for (const n of names) {
    c.st.repoLabels.add(n);
    if (!i.labels.includes(n)) i.labels.push(n);
  }
  i.updatedAt = now();
}

/** Parses a search query into qualifiers and free-text terms (quoted phrases kept whole). */
function parseQuery(q: string): { quals: Array<[string, string]>; terms: string[] } {
  const quals: Array<[string, string]> = [];
  const terms: string[] = [];
  for (const m of q.matchAll(/(-?[a-z_]+):("[^"]*"|\S+)|"([^"]*)"|(\S+)/gi)) {
    if (m[1]) quals.push([m[1].toLowerCase(), m[2]!.replace(/^"|"$/g, '')]);
    else if (m[3] !== undefined || m[4]) terms.push(m[3] ?? m[4]!);
  }
  return { quals, terms };
}

function matchesSearch(c: Ctx, i: IssueRec, quals: Array<[string, string]>, terms: string[]): boolean {
  const where = quals.filter(([k]) => k === 'in').map(([, v]) => v.toLowerCase());
  for (const [k, vRaw] of quals) {
    const v = vRaw.toLowerCase();
    if (k === 'repo' && v !== `${c.st.owner}/${c.st.repo}`.toLowerCase()) return false;
    if ((k === 'is' || k === 'type') && (v === 'pr' || v === 'pull-request') && !i.pr) return false;
    if ((k === 'is' || k === 'type') && v === 'issue' && i.pr) return false;
    if ((k === 'is' || k === 'state') && (v === 'open' || v === 'closed') && i.state !== v) return false;
    if (k === 'is' && v === 'merged' && !i.pr?.merged) return false;
    if (k === 'is' && v === 'unmerged' && (!i.pr || i.pr.merged)) return false;
    if (k === 'is' && v === 'draft' && !i.pr?.draft) return false;
    if (k === 'label' && !i.labels.some((l) => l.toLowerCase() === v)) return false;
    if (k === '-label' && i.labels.some((l) => l.toLowerCase() === v)) return false;
    if (k === 'head' && i.pr?.head !== vRaw) return false;
    if (k === 'base' && i.pr?.base !== vRaw) return false;
    if (k === 'author' && i.user.toLowerCase() !== v) return false;
  }
  const text = [!where.length || where.includes('title') ? i.title : '', !where.length || where.includes('body') ? (i.body ?? '') : ''].join('\n');
  return terms.every((t) => new RegExp(`(?<![\\w#])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'i').test(text));
}

export const issueHandlers: Record<string, Handler> = {
  'issues/get': (c) => {
    const i = issueOf(c);
    return i ? ok('issues/get', 200, b.issue(c.st, i)) : notFound();
  },
  'issues/list-for-repo': (c) => {
    const state = c.query.get('state') ?? 'open';
    const labels = (c.query.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const list = [...c.st.issues.values()].filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
    const { page, headers } = paginate(c, byNumber(c, list));
    return ok('issues/list-for-repo', 200, page.map((i) => b.issue(c.st, i)), headers);
  },
  'issues/create': (c) => {
    const t = now();
    const rec: IssueRec = {
      id: c.st.newId(), number: c.st.nextNumber(), title: String(c.body.title), body: str(c.body.body) ?? null, state: 'open', stateReason: null,
      labels: [], comments: [], user: c.st.login, createdAt: t, updatedAt: t, closedAt: null,
    };
    addLabels(c, rec, labelNames(c.body.labels));
    c.st.issues.set(rec.number, rec);
    return ok('issues/create', 201, b.issue(c.st, rec));
  },
  'issues/update': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    if (str(c.body.title) !== undefined) i.title = str(c.body.title)!;
    if ('body' in c.body) i.body = str(c.body.body) ?? null;
    if (c.body.labels !== undefined) (i.labels = []), addLabels(c, i, labelNames(c.body.labels));
    if (c.body.state === 'closed' && i.state === 'open') c.st.close(i, c.body.state_reason === 'not_planned' ? 'not_planned' : 'completed');
    if (c.body.state === 'open' && i.state === 'closed' && !i.pr?.merged) c.st.reopen(i);
    i.updatedAt = now();
    return ok('issues/update', 200, b.issue(c.st, i));
  },
  'issues/list-comments': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    const { page, headers } = paginate(c, i.comments);
    return ok('issues/list-comments', 200, page.map((cm) => b.issueComment(c.st, i.number, cm)), headers);
  },
  'issues/create-comment': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    const t = now();
    const cm = { id: c.st.newId(), user: c.st.login, body: String(c.body.body), createdAt: t, updatedAt: t };
    i.comments.push(cm);
    i.updatedAt = t;
    return ok('issues/create-comment', 201, b.issueComment(c.st, i.number, cm));
  },
  'issues/list-labels-on-issue': (c) => {
    const i = issueOf(c);
    return i ? ok('issues/list-labels-on-issue', 200, i.labels.map((l) => b.label(c.st, l))) : notFound();
  },
  'issues/add-labels': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    addLabels(c, i, labelNames(c.body));
    return ok('issues/add-labels', 200, i.labels.map((l) => b.label(c.st, l)));
  },
  'issues/set-labels': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    i.labels = [];
    addLabels(c, i, labelNames(c.body));
    return ok('issues/set-labels', 200, i.labels.map((l) => b.label(c.st, l)));
  },
  'issues/remove-label': (c) => {
    const i = issueOf(c);
    if (!i) return notFound();
    if (!i.labels.includes(c.params.name!)) return error(404, 'Label does not exist');
    i.labels = i.labels.filter((l) => l !== c.params.name);
    return ok('issues/remove-label', 200, i.labels.map((l) => b.label(c.st, l)));
  },
  'issues/list-labels-for-repo': (c) => ok('issues/list-labels-for-repo', 200, [...c.st.repoLabels].map((l) => b.label(c.st, l))),
  'issues/get-label': (c) => (c.st.repoLabels.has(c.params.name!) ? ok('issues/get-label', 200, b.label(c.st, c.params.name!)) : notFound()),
  'issues/create-label': (c) => {
    const name = String(c.body.name);
    if (c.st.repoLabels.has(name)) return invalid('Label', 'name', 'already_exists');
    c.st.repoLabels.add(name);
    return ok('issues/create-label', 201, b.label(c.st, name));
  },
  'search/issues-and-pull-requests': (c) => {
    const { quals, terms } = parseQuery(c.query.get('q') ?? '');
    const hits = byNumber(c, [...c.st.issues.values()].filter((i) => matchesSearch(c, i, quals, terms)));
    const { page, headers } = paginate(c, hits);
    return ok('search/issues-and-pull-requests', 200, { total_count: hits.length, incomplete_results: false, items: page.map((i) => b.searchItem(c.st, i)), search_type: 'lexical' }, headers);
  },
};
