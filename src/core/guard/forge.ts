import { show, unresolved } from './markers.js';
import { git } from './git.js';
import { firstPositional, report, type Ctx, type Handler } from './rules.js';
import { words } from './tokens.js';

/** REST paths that merge: `PUT /repos/o/r/pulls/12/merge` and `POST /repos/o/r/merges`. */
export const MERGE_PATH = /(^|\/)pulls\/[^/\s?#]+\/merge(?![\w-])|(^|\/)merges(?![\w-])/i;
/** GraphQL mutations that merge, or queue or arm a merge. */
export const BLOCKED_MERGE_MUTATION = /mergePullRequest|enablePullRequestAutoMerge|enqueuePullRequest|mergeBranch/i;

const GH_WITH_VALUE = new Set(['-R', '--repo', '--hostname']);

/** Blocked: `gh pr merge`, `gh api` aimed at a merge, and aliases that would hide either. */
export const gh: Handler = (args, ctx, io) => {
  const k0 = firstPositional(args, GH_WITH_VALUE);
  const p0 = args[k0];
  if (p0 === undefined) return;
  const k1 = firstPositional(args, GH_WITH_VALUE, k0 + 1);
  const p1 = args[k1];
  if (unresolved(p0)) report(ctx, 'opaque-command', `orch cannot tell which gh command \`${show(p0, ctx.subs)}\` runs; spell it out.`);
  else if (p0 === 'pr' && p1 !== undefined && (p1 === 'merge' || unresolved(p1))) report(ctx, 'merge-pr');
  else if (p0 === 'api') api(args.slice(k0 + 1), ctx);
  else if (p0 === 'alias' && p1 === 'set') ghAlias(args.slice(k1 + 1), ctx, io);
  else if (p0 === 'alias' && p1 === 'import') report(ctx, 'opaque-command', 'orch cannot see aliases imported from a file; run the gh command itself.');
};

function ghAlias(args: string[], ctx: Ctx, io: Parameters<Handler>[2]): void {
  const shell = args.includes('--shell') || args.includes('-s');
  const [, expansion] = args.filter((a) => !a.startsWith('-'));
  if (expansion === undefined) return;
  if (shell || expansion.startsWith('!')) ctx.line(expansion.replace(/^!/, ''));
  else ctx.argv(['gh', ...words(expansion)], io);
}

/** `hub` wraps git: its own merge and api commands, and everything else is a git command. */
export const hub: Handler = (args, ctx, io, name) => {
  const k = firstPositional(args, new Set());
  const sub = args[k];
  if (sub === 'merge' || (sub === 'pr' && args[k + 1] === 'merge')) report(ctx, 'merge-pr');
  else if (sub === 'api') api(args.slice(k + 1), ctx);
  else git(args, ctx, io, name);
};

const API_WITH_VALUE = new Set(['-X', '--method', '-H', '--header', '-f', '--raw-field', '-F', '--field', '--input', '-q', '--jq', '-t', '--template', '--hostname', '-p', '--preview', '--cache']);

interface Field {
  typed: boolean;
  key: string;
  value: string;
}

/** `gh api [flags] <endpoint>`: the endpoint, the method, and for graphql the query text. */
function api(args: string[], ctx: Ctx): void {
  let method: string | undefined;
  let input: string | undefined;
  let endpoint: string | undefined;
  const fields: Field[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    let flag = a;
    let value: string | undefined;
    if (a.startsWith('--') && a.includes('=')) [flag, value] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    else if (/^-[A-Za-z]./.test(a) && API_WITH_VALUE.has(a.slice(0, 2))) [flag, value] = [a.slice(0, 2), a.slice(2)];
    else if (API_WITH_VALUE.has(a)) value = args[++k] ?? '';
    else if (!a.startsWith('-') && endpoint === undefined) endpoint = a;
    if (value === undefined) continue;
    if (flag === '-X' || flag === '--method') method = value.toUpperCase();
    else if (flag === '--input') input = value;
    else if (flag === '-f' || flag === '--raw-field' || flag === '-F' || flag === '--field') {
      const eq = value.indexOf('=');
      fields.push({ typed: flag === '-F' || flag === '--field', key: eq < 0 ? value : value.slice(0, eq), value: eq < 0 ? '' : value.slice(eq + 1) });
    }
  }
  if (endpoint === undefined) return;
  const write = method ? method !== 'GET' : fields.length > 0 || input !== undefined;
  if (MERGE_PATH.test(endpoint)) report(ctx, 'merge-pr');
  else if (/(^|\/)graphql$/.test(endpoint)) graphql(fields, input, ctx);
  else if (unresolved(endpoint) && write) {
    report(ctx, 'merge-pr', `orch cannot tell which endpoint \`${show(endpoint, ctx.subs)}\` this ${method ?? 'POST'} goes to; spell the path out (merging pull requests is for a human).`);
  }
}

function graphql(fields: Field[], input: string | undefined, ctx: Ctx): void {
  const hidden = 'pass the query inline with -f query=\'...\' (merging pull requests is for a human).';
  if (input !== undefined) report(ctx, 'merge-pr', `orch cannot see a GraphQL query read with --input; ${hidden}`);
  for (const f of fields) {
    if (f.key === 'query' && f.typed && f.value.startsWith('@')) report(ctx, 'merge-pr', `orch cannot see a GraphQL query read from \`${f.value}\`; ${hidden}`);
    else if (f.key === 'query' && unresolved(f.value)) report(ctx, 'merge-pr', `orch cannot see the GraphQL query in \`${show(f.value, ctx.subs)}\`; ${hidden}`);
    else if (BLOCKED_MERGE_MUTATION.test(f.value)) report(ctx, 'merge-pr');
  }
}

const WRITE_METHOD = /^(-X|--request=?|--method=?)?(PUT|POST|PATCH|DELETE)$/i;
const DATA_FLAG = /^(-d|--data.*|--json|-F|--form|-T|--upload-file|--post-data|--post-file|--body-data|--body-file)(=|$)/;

/** curl, wget, httpie, xh: a merge endpoint or merge mutation anywhere in the arguments. */
export const httpClient: Handler = (args, ctx) => {
  if (args.some((a) => MERGE_PATH.test(a))) return report(ctx, 'merge-pr');
  const graph = args.some((a) => /graphql/i.test(a));
  if (graph && args.some((a) => BLOCKED_MERGE_MUTATION.test(a))) return report(ctx, 'merge-pr');
  // Request bodies read from a file or stdin (`-d @q.json`, httpie `query=@q.graphql`) cannot be seen.
  if (graph && args.some((a, k) => /(^|=)@/.test(a) && (k === 0 || DATA_FLAG.test(args[k - 1]!) || /^[\w.-]+:?=@/.test(a)))) {
    return report(ctx, 'merge-pr', 'orch cannot see a GraphQL request body read from a file; pass it inline (merging pull requests is for a human).');
  }
  const write = args.some((a, k) => WRITE_METHOD.test(a) || DATA_FLAG.test(a) || (args[k - 1] === '-X' && !/^GET$/i.test(a)));
  const url = args.find((a) => unresolved(a) && (/^\uE000|:\/\//.test(a)) && /\uE001$/.test(a));
  if (write && url) report(ctx, 'merge-pr', `orch cannot tell which URL \`${show(url, ctx.subs)}\` names; spell it out (merging pull requests is for a human).`);
};
