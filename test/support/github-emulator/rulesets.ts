// Branch protection and repository rulesets: what GitHub itself refuses on a branch. Tests seed branch
// protection; a ruleset created through the API makes rules/branches/{branch} answer its rules.
import { type Ctx, type Handler, error, notFound, ok, paginate, str } from './reply.js';
import type { S } from './types.js';

export interface ProtectionInput {
  /** required_pull_request_reviews is set (a direct push is refused) */
  requirePullRequest?: boolean;
  enforceAdmins?: boolean;
}

interface RulesetRec {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: S['repository-rule-enforcement'];
  include: string[];
  exclude: string[];
  rules: S['repository-rule'][];
  createdAt: string;
}

// The rule types the official description lists for repository rulesets.
const RULE_TYPES = new Set([
  'creation', 'update', 'deletion', 'required_linear_history', 'merge_queue', 'required_deployments', 'required_signatures',
  'pull_request', 'required_status_checks', 'non_fast_forward', 'commit_message_pattern', 'commit_author_email_pattern',
  'committer_email_pattern', 'branch_name_pattern', 'tag_name_pattern', 'file_path_restriction', 'max_file_path_length',
  'file_extension_restriction', 'max_file_size', 'workflows', 'code_scanning', 'copilot_code_review',
]);

export class RulesStore {
  readonly protection = new Map<string, ProtectionInput>();
  readonly rulesets: RulesetRec[] = [];
}

/** fnmatch as rulesets use it: `*` within a path segment, `**` across them. */
function refMatches(pattern: string, ref: string, defaultBranch: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === '~DEFAULT_BRANCH') return ref === `refs/heads/${defaultBranch}`;
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
  return new RegExp(`^${re}$`).test(ref);
}

function applies(r: RulesetRec, branch: string, defaultBranch: string): boolean {
  const ref = `refs/heads/${branch}`;
  return r.enforcement === 'active' && r.target === 'branch' && r.include.some((p) => refMatches(p, ref, defaultBranch)) && !r.exclude.some((p) => refMatches(p, ref, defaultBranch));
}

function protectionBody(c: Ctx, branch: string, p: ProtectionInput): S['branch-protection'] {
  const url = `${c.st.api}/repos/${c.st.owner}/${c.st.repo}/branches/${encodeURIComponent(branch)}/protection`;
  return {
    url,
    name: branch,
    protection_url: url,
    enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins ?? false },
    ...(p.requirePullRequest
      ? { required_pull_request_reviews: { url: `${url}/required_pull_request_reviews`, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_approving_review_count: 1, require_last_push_approval: false } }
      : {}),
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
  };
}

function rulesetBody(c: Ctx, r: RulesetRec): S['repository-ruleset'] {
  const self = `${c.st.api}/repos/${c.st.owner}/${c.st.repo}/rulesets/${r.id}`;
  return {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${c.st.owner}/${c.st.repo}`,
    enforcement: r.enforcement,
    bypass_actors: [],
    current_user_can_bypass: 'never',
    node_id: `RRS_${r.id}`,
    _links: { self: { href: self }, html: { href: `https://github.com/${c.st.owner}/${c.st.repo}/rules/${r.id}` } },
    conditions: { ref_name: { include: r.include, exclude: r.exclude } },
    rules: r.rules,
    created_at: r.createdAt,
    updated_at: r.createdAt,
  };
}

const stringList = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

function createRuleset(c: Ctx) {
  const name = str(c.body.name) ?? '';
  const enforcement = str(c.body.enforcement);
  const target = str(c.body.target) ?? 'branch';
  const problems: string[] = [];
  if (!name.trim()) problems.push('Name must not be blank');
  if (c.st.rules.rulesets.some((r) => r.name === name)) problems.push('Name must be unique');
  if (enforcement !== 'disabled' && enforcement !== 'active' && enforcement !== 'evaluate') problems.push(`Invalid enforcement: ${String(c.body.enforcement)}`);
  if (target !== 'branch' && target !== 'tag' && target !== 'push') problems.push(`Invalid target: ${target}`);
  const refName = (c.body.conditions as { ref_name?: { include?: unknown; exclude?: unknown } } | undefined)?.ref_name;
  const include = stringList(refName?.include ?? []);
  const exclude = stringList(refName?.exclude ?? []);
  if (!include || !exclude) problems.push('conditions.ref_name.include and exclude must be arrays of strings');
  const rules = Array.isArray(c.body.rules) ? (c.body.rules as Array<{ type?: unknown }>) : c.body.rules === undefined ? [] : undefined;
  if (!rules) problems.push('rules must be an array');
  for (const r of rules ?? []) if (typeof r?.type !== 'string' || !RULE_TYPES.has(r.type)) problems.push(`Invalid rule type: ${String(r?.type)}`);
  if (problems.length) return error(422, `Validation Failed: ${problems.join('; ')}`, { errors: problems.map((message) => ({ resource: 'Ruleset', code: 'custom', message })) });
  const rec: RulesetRec = {
    id: c.st.newId(),
    name,
    target: target as RulesetRec['target'],
    enforcement: enforcement as RulesetRec['enforcement'],
    include: include!,
    exclude: exclude!,
    rules: rules as S['repository-rule'][],
    createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  c.st.rules.rulesets.push(rec);
  return ok('repos/create-repo-ruleset', 201, rulesetBody(c, rec));
}

export const rulesetHandlers: Record<string, Handler> = {
  'repos/get-branch-protection': (c) => {
    const p = c.st.rules.protection.get(c.params.branch ?? '');
    return p ? ok('repos/get-branch-protection', 200, protectionBody(c, c.params.branch!, p)) : error(404, 'Branch not protected');
  },
  'repos/get-branch-rules': (c) => {
    const branch = c.params.branch ?? '';
    const rules: S['repository-rule-detailed'][] = c.st.rules.rulesets
      .filter((r) => applies(r, branch, c.st.defaultBranch))
      .flatMap((r) => r.rules.map((rule) => ({ ...rule, ruleset_source_type: 'Repository' as const, ruleset_source: `${c.st.owner}/${c.st.repo}`, ruleset_id: r.id }) as S['repository-rule-detailed']));
    const { page, headers } = paginate(c, rules);
    return ok('repos/get-branch-rules', 200, page, headers);
  },
  'repos/get-repo-rulesets': (c) => ok('repos/get-repo-rulesets', 200, paginate(c, c.st.rules.rulesets.map((r) => rulesetBody(c, r))).page),
  'repos/get-repo-ruleset': (c) => {
    const r = c.st.rules.rulesets.find((x) => x.id === Number(c.params.ruleset_id));
    return r ? ok('repos/get-repo-ruleset', 200, rulesetBody(c, r)) : notFound();
  },
  'repos/create-repo-ruleset': createRuleset,
};
