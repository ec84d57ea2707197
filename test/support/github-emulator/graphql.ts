// POST /graphql: every query is validated against GitHub's published schema (@octokit/graphql-schema), costed
// the way GitHub documents its point cost, and executed by graphql-js against resolvers that read the emulator's
// state. Only what orch queries is resolved (pull requests by head branch, their reviews, threads and checks).
import { schema as published } from '@octokit/graphql-schema';
import {
  Kind,
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import * as b from './builders.js';
import type { EmulatorState, PullIssue } from './state.js';

let built: GraphQLSchema | undefined;
/** GitHub's GraphQL schema, built once per process. */
export function githubSchema(): GraphQLSchema {
  // The published SDL defines two EnterpriseOwnerInfo fields twice (identically); graphql-js would refuse the
  // whole document for that, so the SDL is taken as valid and the duplicate definitions collapse into one.
  built ??= buildSchema(published.idl, { assumeValidSDL: true });
  return built;
}

/** Problems GitHub would answer for this query text (empty when it is valid against the published schema). */
export function validateQuery(query: string): string[] {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    return [(e as Error).message];
  }
  return validate(githubSchema(), doc).map((e) => e.message);
}

function argNumber(v: ValueNode | undefined, vars: Record<string, unknown>): number | undefined {
  if (!v) return undefined;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) return typeof vars[v.name.value] === 'number' ? (vars[v.name.value] as number) : undefined;
  return undefined;
}

/**
 * GitHub's documented point cost: each connection needs as many requests as its parents' page sizes multiplied,
 * the sum is divided by 100 and rounded, with a minimum of 1.
 */
export function queryCost(doc: DocumentNode, vars: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let requests = 0;
  const walk = (set: SelectionSetNode | undefined, multiplier: number): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(s.name.value)?.selectionSet, multiplier);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, multiplier);
      else {
        const page = argNumber(s.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value, vars);
        if (page === undefined) walk(s.selectionSet, multiplier);
        else {
          requests += multiplier;
          walk(s.selectionSet, multiplier * page);
        }
      }
    }
  };
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query') walk(d.selectionSet, 1);
  return Math.max(1, Math.round(requests / 100));
}

const user = (login: string) => ({ __typename: 'User', login });
const page = <T>(items: T[], a: { first?: number; last?: number }) => ({ nodes: a.last !== undefined ? items.slice(-a.last || items.length) : items.slice(0, a.first ?? items.length) });

function pullNode(st: EmulatorState, i: PullIssue) {
  const rest = b.pullRequest(st, i);
  const sha = st.headShaOf(i.pr);
  const latest = new Map<string, string>();
  for (const r of i.pr.reviews) if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED') latest.set(r.user, r.state);
  const decisions = [...latest.values()];
  const runs = (st.runsFor(sha) ?? []).map((r) => ({ __typename: 'CheckRun', name: r.name, status: r.status.toUpperCase(), conclusion: r.conclusion?.toUpperCase() ?? null, detailsUrl: r.detailsUrl, title: r.outputTitle, summary: r.outputSummary }));
  const statuses = (st.statusesFor(sha) ?? []).map((s) => ({ __typename: 'StatusContext', context: s.context, state: s.state.toUpperCase(), targetUrl: s.targetUrl }));
  const contexts = [...runs, ...statuses];
  const assoc = (login: string, a: string | undefined) => a ?? (login === st.owner ? 'OWNER' : 'CONTRIBUTOR');
  return {
    number: i.number,
    url: rest.html_url,
    title: rest.title,
    body: rest.body ?? '',
    state: i.pr.merged ? 'MERGED' : i.state === 'closed' ? 'CLOSED' : 'OPEN',
    isDraft: i.pr.draft,
    headRefName: i.pr.head,
    headRefOid: sha,
    baseRefName: i.pr.base,
    mergeable: rest.mergeable === null ? 'UNKNOWN' : rest.mergeable ? 'MERGEABLE' : 'CONFLICTING',
    reviewDecision: decisions.includes('CHANGES_REQUESTED') ? 'CHANGES_REQUESTED' : decisions.includes('APPROVED') ? 'APPROVED' : null,
    headRepositoryOwner: user(i.pr.headOwner),
    reviews: (a: { first?: number; last?: number }) => page(i.pr.reviews.map((r) => ({ author: user(r.user), authorAssociation: assoc(r.user, r.association), state: r.state, body: r.body, submittedAt: r.submittedAt })), a),
    // A review comment made on its own starts a thread of one.
    reviewThreads: (a: { first?: number; last?: number }) =>
      page(i.pr.reviewComments.map((c) => ({ comments: (ca: { first?: number; last?: number }) => page([{ author: user(c.user), authorAssociation: assoc(c.user, c.association), body: c.body, path: c.path, line: c.line ?? null }], ca) })), a),
    statusCheckRollup: contexts.length ? { state: contexts.some((c) => ['FAILURE', 'ERROR'].includes((c as { conclusion?: string }).conclusion ?? (c as { state?: string }).state ?? '')) ? 'FAILURE' : 'SUCCESS', contexts: (a: { first?: number; last?: number }) => page(contexts, a) } : null,
  };
}

/** `invalid`: why GitHub would reject the query (schema validation or syntax); tests treat these as violations. */
export interface GraphqlAnswer { status: number; body: unknown; cost: number; mutations: string[]; invalid?: string[] }

/** Answers one POST /graphql body; `remaining` is the points left before this query. */
export function answerGraphql(st: EmulatorState, body: unknown, budget: { limit: number; remaining: number; resetAt: number }): GraphqlAnswer {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof query !== 'string') return { status: 400, body: { message: 'A query attribute must be specified and must be a string.' }, cost: 0, mutations: [] };
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    return { status: 200, body: { errors: [{ message: (e as Error).message }] }, cost: 0, mutations: [], invalid: [(e as Error).message] };
  }
  const mutations = doc.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation' ? d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : []));
  const problems = validate(githubSchema(), doc);
  if (problems.length) return { status: 200, body: { errors: problems.map((p) => ({ message: p.message })) }, cost: 0, mutations, invalid: problems.map((p) => p.message) };
  if (mutations.length) return { status: 200, body: { errors: [{ message: `Not emulated: mutation ${mutations.join(', ')}` }] }, cost: 0, mutations };
  const vars = variables ?? {};
  const cost = queryCost(doc, vars);
  const root = {
    rateLimit: { cost, limit: budget.limit, remaining: Math.max(0, budget.remaining - cost), used: budget.limit - budget.remaining + cost, resetAt: new Date(budget.resetAt * 1000).toISOString(), nodeCount: 0 },
    repository: (a: { owner: string; name: string }) => {
      if (a.owner.toLowerCase() !== st.owner.toLowerCase() || a.name.toLowerCase() !== st.repo.toLowerCase()) return null;
      return {
        pullRequests: (pa: { headRefName?: string; states?: string[]; first?: number; last?: number }) => {
          const all = [...st.issues.values()]
            .filter((i): i is PullIssue => Boolean(i.pr) && (pa.headRefName === undefined || i.pr!.head === pa.headRefName))
            .sort((x, y) => y.number - x.number)
            .map((i) => pullNode(st, i))
            .filter((p) => !pa.states || pa.states.includes(p.state));
          return page(all, pa);
        },
      };
    },
  };
  const result = execute({ schema: githubSchema(), document: doc, rootValue: root, variableValues: vars });
  if ('then' in result) throw new Error('github emulator: graphql resolvers must be synchronous');
  return { status: 200, body: { ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) } : {}), data: result.data ?? null }, cost, mutations };
}
