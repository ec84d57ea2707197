// The HTTP side: auth, failNext, recording, checking against the official description, dispatch.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as b from './builders.js';
import { checkRequest, matchOperation } from './openapi.js';
import { type Reply, DOCS, error, handlers } from './routes.js';
import { EmulatorState, now } from './state.js';
import { answerGraphql } from './graphql.js';
import type { FailAnswer, GitHubEmulator, RecordedRequest, StartOptions } from './types.js';

const MERGE_OPS = new Set(['pulls/merge', 'pulls/merge-async', 'repos/merge', 'repos/merge-upstream', 'graphql/mergePullRequest', 'graphql/enablePullRequestAutoMerge', 'graphql/mergeBranch']);
const SCOPES = 'repo, workflow';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGitHubEmulator(opts: StartOptions = {}): Promise<GitHubEmulator> {
  const owner = opts.owner ?? 'acme';
  const repo = opts.repo ?? 'widgets';
  const token = opts.token ?? 'ghp_emulatorToken000000000000000000000000';
  const st = new EmulatorState(owner, repo, opts.login ?? 'orch-bot', opts.defaultBranch ?? 'main', opts.headShas);
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const unimplemented: string[] = [];
  const failures: Array<{ left: number; answer: FailAnswer }> = [];
  const reset = Math.floor(Date.now() / 1000) + 3600;
  // What counts against GitHub's rate limits: REST requests per resource (a 304 is free) and GraphQL points.
  const used = { core: 0, search: 0, graphqlPoints: 0, graphqlRequests: 0 };

  function answer(method: string, raw: string, query: URLSearchParams, bodyText: string, authz: string | undefined): Reply & { operationId?: string } {
    const match = matchOperation(method, raw);
    const operationId = match?.op.operationId;
    const tagged = (r: Reply) => ({ ...r, ...(operationId ? { operationId } : {}) });
    if (!match) violations.push(`${method} ${raw}: no operation in the official description has this method and path`);
    const failing = failures[0];
    if (failing) {
      if (--failing.left <= 0) failures.shift();
      const { status, headers, message } = failing.answer;
      return tagged({ ...error(status, message ?? `Emulated failure ${status}`), ...(headers ? { headers } : {}) });
    }
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(authz ?? '');
    if (m?.[1] !== token) return tagged({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });
    if (!match) return error(404, 'Not Found');
    let body: unknown;
    if (bodyText.trim()) {
      try {
        body = JSON.parse(bodyText);
      } catch {
        return tagged(error(400, 'Problems parsing JSON'));
      }
    }
    const problems = checkRequest(match.op, body, query);
    if (problems.length) {
      violations.push(`${method} ${raw} (${operationId}): ${problems.join('; ')}`);
      return tagged(error(422, `Invalid request.\n\n${problems.join('\n')}`));
    }
    const { owner: o, repo: r } = match.params;
    if (o !== undefined && (o.toLowerCase() !== owner.toLowerCase() || r?.toLowerCase() !== repo.toLowerCase())) return tagged(error(404, 'Not Found'));
    const handler = handlers[match.op.operationId];
    if (!handler) {
      unimplemented.push(`${method} ${raw} (${operationId})`);
      return tagged(error(404, `Not emulated: ${operationId}`));
    }
    const obj = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const url = new URL(raw + (query.size ? `?${query}` : ''), st.api);
    // An array body is the old form of label lists (POST/PUT .../labels); handlers see it as { labels }.
    return tagged(handler({ st, params: match.params, query, body: Array.isArray(body) ? { labels: body } : obj, url }));
  }

  const usedOf = (r: string) => (r === 'graphql' ? used.graphqlPoints : r === 'search' ? used.search : used.core);

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bodyText = await readBody(req);
    let parsed: unknown;
    try {
      parsed = bodyText.trim() ? JSON.parse(bodyText) : undefined;
    } catch {
      parsed = bodyText;
    }
    let reply: ReturnType<typeof answer>;
    const isGraphql = url.pathname === '/graphql';
    const resource = isGraphql ? 'graphql' : url.pathname.startsWith('/search/') ? 'search' : 'core';
    try {
      if (isGraphql && method === 'POST') {
        const authOk = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] === token;
        const g = authOk ? answerGraphql(st, parsed, { limit: 5000, remaining: 5000 - used.graphqlPoints, resetAt: reset }) : undefined;
        reply = g ? { status: g.status, body: g.body, ...(g.mutations[0] ? { operationId: `graphql/${g.mutations[0]}` } : {}) } : { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } };
        if (g?.invalid) violations.push(`POST /graphql: not valid against GitHub's GraphQL schema: ${g.invalid.join('; ')}`);
        used.graphqlPoints += g?.cost ?? 0;
        used.graphqlRequests++;
      } else reply = answer(method, url.pathname, url.searchParams, bodyText, req.headers.authorization);
    } catch (e) {
      // A bug here, not in the app: made loud through `violations`, which tests assert empty.
      violations.push(`${method} ${url.pathname}: github emulator bug: ${(e as Error).stack ?? String(e)}`);
      reply = error(500, `github emulator bug: ${String(e)}`);
    }
    if (resource !== 'graphql' && reply.status !== 304) used[resource]++;
    requests.push({
      method,
      path: url.pathname,
      query: url.search,
      ...(parsed === undefined ? {} : { body: parsed }),
      status: reply.status,
      ...(reply.operationId ? { operationId: reply.operationId } : {}),
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomUUID(),
      'x-oauth-scopes': SCOPES,
      'x-accepted-oauth-scopes': '',
      'x-ratelimit-limit': resource === 'search' ? '30' : '5000',
      'x-ratelimit-remaining': String(Math.max(0, (resource === 'search' ? 30 : 5000) - usedOf(resource))),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(usedOf(resource)),
      'x-ratelimit-resource': resource,
      ...reply.headers,
    };
    const text = reply.status === 204 || reply.body === undefined ? '' : JSON.stringify(reply.body);
    if (!text) delete headers['content-type'];
    res.writeHead(reply.status, headers);
    res.end(text);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `github emulator bug: ${String(e)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  st.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closeBlobs = await st.actions.serveBlobs();

  return {
    url: st.api,
    owner,
    repo,
    token,
    requests,
    violations,
    unimplemented,
    addIssue: (i) => st.addIssue(i),
    addPull: (p) => st.addPull(p).number,
    setCheckRuns: (ref, runs) => st.setCheckRuns(ref, runs),
    setCommitStatuses: (ref, statuses) => st.setCommitStatuses(ref, statuses),
    markMerged: (n, o) => st.markMerged(n, o?.mergeCommitSha),
    closePull: (n) => st.close(st.pull(n)),
    setMergeable: (n, v) => {
      st.pull(n).pr.mergeable = v;
    },
    addReview: (n, r) => {
      const p = st.pull(n);
      p.pr.reviews.push({ id: st.newId(), user: r.user ?? 'reviewer', ...(r.association ? { association: r.association } : {}), body: r.body, state: r.state, commitId: st.headShaOf(p.pr), submittedAt: now() });
    },
    addReviewComment: (n, c) => {
      const p = st.pull(n);
      p.pr.reviewComments.push({ id: st.newId(), user: c.user ?? 'reviewer', ...(c.association ? { association: c.association } : {}), body: c.body, path: c.path, ...(c.line === undefined ? {} : { line: c.line }), commitId: st.headShaOf(p.pr), createdAt: now() });
    },
    failNext: (n, a) => {
      if (n > 0) failures.push({ left: n, answer: a });
    },
    pulls: () => [...st.issues.values()].filter((i) => i.pr).map((i) => b.pullRequest(st, st.pull(i.number))),
    headSha: (branch) => st.sha(branch),
    setBranchProtection: (branch, p) => {
      if (p) st.rules.protection.set(branch, p);
      else st.rules.protection.delete(branch);
    },
    rulesets: () => st.rules.rulesets.map((r) => ({ id: r.id, name: r.name, enforcement: r.enforcement, include: [...r.include], rules: r.rules.map((x) => x.type) })),
    rateLimited: () => ({ ...used, requests: used.core + used.search + used.graphqlRequests }),
    mergeAttempts: () => requests.filter((r) => r.operationId !== undefined && MERGE_OPS.has(r.operationId)).length,
    addWorkflowRun: (ref, run) => {
      const sha = st.resolveRef(ref);
      if (!sha) throw new Error(`addWorkflowRun: no commit for ${ref}`);
      if (!st.runsFor(sha)) st.setCheckRuns(sha, []);
      return st.actions.add(sha, /^[0-9a-f]{40}$/i.test(ref) ? null : ref, run, () => st.newId(), st.runsFor(sha)!);
    },
    logDownloads: () => [...st.actions.downloads],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }).then(closeBlobs),
  };
}
