import { resolveGithubToken, NO_TOKEN_MESSAGE } from '../../adapters/github-token.js';
import { probeGithubToken } from '../../adapters/github-scopes.js';
import type { DoctorCheck } from './doctor.js';

const SCOPE_FIX = 'classic tokens need the `repo` scope; fine-grained tokens Contents, Issues and Pull requests (read and write) on the repository';

/**
 * The GitHub token: where it comes from (never its value), then one request for access and scopes.
 * Required only when the config names a githubRepo; local tasks work without one.
 */
export async function githubChecks(cfg: { githubRepo: string | undefined; githubApiUrl: string }, env: NodeJS.ProcessEnv, o: { offline: boolean }): Promise<DoctorCheck[]> {
  const required = Boolean(cfg.githubRepo);
  let found: { token: string; source: string };
  try {
    found = await resolveGithubToken(env, cfg.githubApiUrl);
  } catch {
    return [{
      check: 'GitHub token',
      status: required ? 'fail' : 'warn',
      detail: required ? `missing (githubRepo is ${cfg.githubRepo})` : 'missing (not needed until githubRepo is set: start-issues, finish, pull)',
      fix: NO_TOKEN_MESSAGE.replace(/^no GitHub token: /, ''),
    }];
  }
  const out: DoctorCheck = { check: 'GitHub token', status: 'ok', detail: `from ${found.source}` };
  if (o.offline) return [{ ...out, detail: `${out.detail} (not checked with GitHub: --offline)` }];
  const p = await probeGithubToken({ apiUrl: cfg.githubApiUrl, token: found.token, repo: cfg.githubRepo });
  const scopes = p.scopes === undefined ? 'no scope list (fine-grained or app token)' : `scopes: ${p.scopes.join(', ') || 'none'}`;
  if (p.status === undefined) return [{ ...out, status: 'unknown', detail: `${out.detail}; cannot reach ${cfg.githubApiUrl}: ${p.error ?? 'no answer'}`, fix: 'check the network, or githubApiUrl in the config' }];
  if (p.status === 401) return [{ ...out, status: 'fail', detail: `${out.detail}; GitHub rejects it (401)`, fix: 'the token is invalid or expired: replace it (`gh auth status` shows gh\'s login)' }];
  if (p.status === 404 && cfg.githubRepo) {
    return [{ ...out, status: 'fail', detail: `${out.detail}; ${cfg.githubRepo} answers 404`, fix: `check githubRepo (owner/name) and that the token can see ${cfg.githubRepo}: ${SCOPE_FIX}` }];
  }
  if (p.status >= 400) return [{ ...out, status: 'fail', detail: `${out.detail}; GitHub answered ${p.status}`, fix: SCOPE_FIX }];
  if (cfg.githubRepo && p.canPush === false) {
    return [{ ...out, status: 'fail', detail: `${out.detail}; ${scopes}; cannot push to ${cfg.githubRepo}`, fix: SCOPE_FIX }];
  }
  return [{ ...out, detail: `${out.detail}; ${scopes}${cfg.githubRepo && p.canPush ? `; can push to ${cfg.githubRepo}` : ''}` }];
}
