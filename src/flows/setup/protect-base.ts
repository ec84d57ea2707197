import type { Forge } from '../../adapters/forge.js';
import { protectBaseRuleset, protectionVerdict, type NewRuleset } from '../../core/base-protection.js';
import { OrchError, UsageError } from '../../errors.js';

export interface ProtectBaseResult {
  repo: string;
  base: string;
  status: 'already-protected' | 'created' | 'declined';
  /** What already makes GitHub refuse a direct push (when status is already-protected). */
  protectedBy: string[];
  /** The ruleset orch creates (or would have created), exactly as sent to GitHub. */
  plan: NewRuleset | undefined;
  ruleset?: { id: number; name: string; url: string | undefined };
}

export interface ProtectBaseOptions {
  yes: boolean;
  /** Asks a human; undefined when no one can answer (stdin or stderr is not a terminal). */
  ask: ((question: string) => Promise<boolean>) | undefined;
  /** Status lines (stderr): the plan is always shown before anything is created. */
  log: (line: string) => void;
}

/**
 * `orch init --protect-base`: layer 3 of "no worker touches the base branch". Creates a repository ruleset on
 * GitHub so that the base branch takes changes only through pull requests, after showing exactly what it sends.
 */
export async function protectBaseFlow(forge: Forge, base: string, o: ProtectBaseOptions): Promise<ProtectBaseResult> {
  const { defaultBranch } = await forge.checkRepo();
  // Classic protection may be unreadable without admin rights; the rules (readable by anyone who can read) still decide.
  const protection = await forge.branchProtection(base).catch(() => undefined);
  const verdict = protectionVerdict(protection, await forge.branchRules(base));
  const result = { repo: forge.repo, base, protectedBy: verdict.by };
  if (verdict.protected) return { ...result, status: 'already-protected', plan: undefined };

  const plan = protectBaseRuleset(base, defaultBranch);
  o.log(
    [
      `orch will create this ruleset on ${forge.repo} (POST /repos/${forge.repo}/rulesets):`,
      JSON.stringify(plan, null, 2),
      `From then on GitHub refuses direct pushes to ${base}, its deletion and force pushes, for everyone (you too): changes land through pull requests, which need no approval.`,
    ].join('\n'),
  );
  if (!o.yes) {
    if (!o.ask) {
      throw new UsageError(`creating a ruleset on ${forge.repo} needs --yes when no one can answer a prompt (not a terminal); nothing was created`, 'review the ruleset above, then run `orch init --protect-base --yes`');
    }
    if (!(await o.ask(`Create the ruleset "${plan.name}" on ${forge.repo}?`))) return { ...result, status: 'declined', plan };
  }
  const ruleset = await forge.createRuleset(plan).catch((e: unknown) => {
    if (!(e instanceof OrchError) || e.exitCode !== 4) throw e;
    // A 403 here is about admin rights or the plan, not the scopes finish and pull need.
    throw new OrchError(e.code, e.message, {
      exitCode: e.exitCode,
      cause: e,
      hint: 'creating a ruleset takes admin rights on the repository (fine-grained tokens: Administration read and write); private repositories need a paid plan for rulesets',
    });
  });
  // Read back: the ruleset only counts once GitHub reports its rule as active on the base branch.
  const after = protectionVerdict(protection, await forge.branchRules(base));
  if (!after.protected) {
    throw new OrchError('ruleset-inactive', `GitHub created ruleset ${ruleset.id} but reports no active pull_request rule on ${base}`, {
      hint: `look at it on github.com (${ruleset.url ?? `Settings > Rules > Rulesets of ${forge.repo}`}); rulesets need GitHub Pro or a public repository`,
    });
  }
  return { ...result, status: 'created', plan, ruleset };
}
