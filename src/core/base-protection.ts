/**
 * Layer 3 of "no worker touches the base branch": GitHub's own rules. A worker holding a token can push
 * through the API, where neither the guard nor the pre-push hook sees it; only the server can refuse that.
 */

/** Classic branch protection, reduced to what the check needs. */
export interface BranchProtectionInfo {
  requiresPullRequest: boolean;
  enforceAdmins: boolean;
  allowsForcePushes: boolean;
  allowsDeletions: boolean;
}

/** One active ruleset rule that applies to a branch. */
export interface BranchRule { type: string; rulesetId: number | undefined; source: string | undefined }

export type RulesetRule =
  | { type: 'deletion' }
  | { type: 'non_fast_forward' }
  | {
      type: 'pull_request';
      parameters: {
        required_approving_review_count: number;
        dismiss_stale_reviews_on_push: boolean;
        require_code_owner_review: boolean;
        require_last_push_approval: boolean;
        required_review_thread_resolution: boolean;
      };
    };

/** A repository ruleset, exactly as POST /repos/{owner}/{repo}/rulesets takes it. */
export interface NewRuleset {
  name: string;
  target: 'branch';
  enforcement: 'active';
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: RulesetRule[];
}

/**
 * What `orch init --protect-base` creates: changes reach the base branch only through pull requests, and it can
 * be neither deleted nor force-pushed. No approvals are required (the human merging is the review) and nobody
 * may bypass it: the token a worker holds is usually its human's, so a bypass for admins would be one for workers.
 */
export function protectBaseRuleset(base: string, defaultBranch: string): NewRuleset {
  return {
    name: `orch: protect ${base}`,
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: base === defaultBranch ? ['~DEFAULT_BRANCH'] : [`refs/heads/${base}`], exclude: [] } },
    rules: [
      { type: 'deletion' },
      { type: 'non_fast_forward' },
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 0,
          dismiss_stale_reviews_on_push: false,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
        },
      },
    ],
  };
}

export interface ProtectionVerdict {
  protected: boolean;
  /** What requires pull requests on the base branch, for humans. */
  by: string[];
  /** Protection that exists but does not stop a direct push. */
  partial: string[];
}

/** Protected = GitHub refuses a direct push: branch protection that requires pull requests, or an active pull_request rule. */
export function protectionVerdict(protection: BranchProtectionInfo | undefined, rules: BranchRule[]): ProtectionVerdict {
  const by: string[] = [];
  const partial: string[] = [];
  if (protection?.requiresPullRequest) by.push('branch protection requires pull requests');
  else if (protection) partial.push('branch protection that does not require pull requests');
  const pr = rules.filter((r) => r.type === 'pull_request');
  for (const r of pr) by.push(`ruleset ${r.rulesetId ?? '?'}${r.source ? ` (${r.source})` : ''} requires pull requests`);
  const other = [...new Set(rules.filter((r) => r.type !== 'pull_request').map((r) => r.type))];
  if (!pr.length && other.length) partial.push(`ruleset rules ${other.join(', ')}`);
  return { protected: by.length > 0, by, partial };
}
