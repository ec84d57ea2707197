/**
 * Guard rails for worker Bash commands, enforced by the PreToolUse hook (exit 2 blocks the call even under
 * --dangerously-skip-permissions). Pure: it runs on the hook's hot path. The command is tokenized by
 * shell-quote (see guard/scan.ts for what is done before, guard/walk.ts for how wrappers are looked through),
 * and each rule fails closed: what orch cannot resolve (a variable, a substitution, a script on stdin) is
 * blocked with a reason that says how to spell it out. This is one layer of several (the pre-push hook in each
 * worktree and GitHub's branch rules are the others), so it favours clear refusals over cleverness.
 *
 * Data stays data: a blocked command quoted as text (`echo "gh pr merge"`) is allowed, since echo prints it, while
 * `echo "$(gh pr merge)"` is blocked (the substitution runs). Text that names a merge mutation is blocked wherever it appears.
 */
import { RULES, type RuleName } from './guard/rules.js';
import { analyze } from './guard/walk.js';

export { RULES as GUARD_RULES, type RuleName as GuardRuleName };

export interface GuardConfig {
  /** Regexes tested against the raw command (`guard.deny`). */
  deny?: string[];
  /** Rule names to turn off (`guard.disable`). */
  disable?: string[];
  /** The base branch; `main` when unset. */
  base?: string;
  /** Extra branch names protected like the base. */
  protected?: string[];
}

// GraphQL mutations that merge or arm a merge: blocked in any text, so `node -e` and `python -c` are covered.
const BLOCKED_MERGE_MUTATIONS = /mergePullRequest|enablePullRequestAutoMerge|enqueuePullRequest/i;

/** The reason a command is blocked (`<rule>: <what to do instead>`), or undefined when it may run. */
export function guardVerdict(cmd: string, cfg?: GuardConfig): string | undefined {
  const base = cfg?.base || 'main';
  const disabled = new Set(cfg?.disable ?? []);
  if (BLOCKED_MERGE_MUTATIONS.test(cmd) && !disabled.has('merge-pr')) return `merge-pr: ${RULES['merge-pr']}`;
  let first: { rule: string; reason: string } | undefined;
  try {
    first = analyze(cmd, { protectedBranches: [base, ...(cfg?.protected ?? [])], disabled })[0];
  } catch (e) {
    // A bug here must not let a command through unchecked, nor crash the hook (a crash would not block).
    if (!disabled.has('opaque-command')) first = { rule: 'opaque-command', reason: `orch could not check this command (${(e as Error).message}); simplify it.` };
  }
  if (first) return `${first.rule}: ${first.reason}`;
  for (const pat of cfg?.deny ?? []) {
    try {
      if (new RegExp(pat).test(cmd)) return `guard.deny ${JSON.stringify(pat)}: this command is blocked by the project's session config.`;
    } catch {
      /* an invalid pattern is reported by `orch doctor`, never by blocking */
    }
  }
  return undefined;
}
