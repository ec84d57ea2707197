import { protectionVerdict, type BranchProtectionInfo, type BranchRule } from '../../core/base-protection.js';
import type { DoctorCheck } from './doctor.js';

const CHECK = 'base branch protection';

/** The plain warning the brief and the README promise when GitHub itself would let a push to the base branch through. */
export function unprotectedFix(base: string): string {
  return `the guard and the pre-push hook are the only barriers: a worker holding a token can still push to ${base} through the API; run \`orch init --protect-base\``;
}

/**
 * Layer 3: does GitHub itself refuse a direct push to the base branch? Branch protection that requires pull
 * requests, or an active ruleset rule of type pull_request. Runs only once the token check passed.
 */
export async function baseProtectionCheck(cfg: { githubRepo: string; githubApiUrl: string; defaultBranch: string }, env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const base = cfg.defaultBranch;
  const { openForge } = await import('../../adapters/github.js');
  // Doctor answers now or says it could not tell: no waiting out rate-limit retries (base 0 retries at once).
  const forge = await openForge(cfg, { ...env, ORCH_GITHUB_RETRY_BASE_MS: env.ORCH_GITHUB_RETRY_BASE_MS ?? '0' }, () => undefined);
  const [protection, rules] = await Promise.allSettled([forge.branchProtection(base), forge.branchRules(base)]);
  if (rules.status === 'rejected' && protection.status === 'rejected') {
    return { check: CHECK, status: 'unknown', detail: `cannot read the rules of ${base}: ${firstLine(rules.reason)}`, fix: unprotectedFix(base) };
  }
  const found: BranchProtectionInfo | undefined = protection.status === 'fulfilled' ? protection.value : undefined;
  const active: BranchRule[] = rules.status === 'fulfilled' ? rules.value : [];
  const v = protectionVerdict(found, active);
  if (v.protected) return { check: CHECK, status: 'ok', detail: `${base} on ${cfg.githubRepo}: ${v.by.join('; ')}` };
  const unread = [
    ...(protection.status === 'rejected' ? [`its branch protection is unreadable with this token (${firstLine(protection.reason)})`] : []),
    ...(rules.status === 'rejected' ? [`its rules are unreadable (${firstLine(rules.reason)})`] : []),
  ];
  const has = v.partial.length ? `; it has only ${v.partial.join(' and ')}` : '';
  return {
    check: CHECK,
    status: 'warn',
    detail: `${base} on ${cfg.githubRepo} is not protected: no branch protection or active rule requires pull requests${has}${unread.length ? `; ${unread.join('; ')}` : ''}`,
    fix: unprotectedFix(base),
  };
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!;
}
