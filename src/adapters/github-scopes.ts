/**
 * One cheap GitHub request for `orch doctor`: can the token see the repository, may it push, and which
 * OAuth scopes does it carry. Uses fetch, not octokit: the answer's headers (X-OAuth-Scopes) are the
 * point, and doctor must not wait out rate-limit retries. The token only travels in the header.
 */
export interface TokenProbe {
  /** HTTP status, or undefined when GitHub could not be reached. */
  status: number | undefined;
  /** Classic tokens list their scopes; fine-grained and app tokens send no header (undefined). */
  scopes: string[] | undefined;
  /** From the repository's `permissions` (only when a repository was asked for and answered 200). */
  canPush: boolean | undefined;
  error?: string;
}

export async function probeGithubToken(o: { apiUrl: string; token: string; repo?: string | undefined; timeoutMs?: number }): Promise<TokenProbe> {
  const url = `${o.apiUrl.replace(/\/+$/, '')}${o.repo ? `/repos/${o.repo}` : '/rate_limit'}`;
  try {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${o.token}`, accept: 'application/vnd.github+json', 'user-agent': 'session-orchestrator-doctor' },
      signal: AbortSignal.timeout(o.timeoutMs ?? 8000),
    });
    const header = res.headers.get('x-oauth-scopes');
    const scopes = header === null ? undefined : header.split(',').map((s) => s.trim()).filter(Boolean);
    let canPush: boolean | undefined;
    if (o.repo && res.ok) {
      const body = (await res.json().catch(() => ({}))) as { permissions?: { push?: boolean } };
      canPush = body.permissions?.push;
    }
    return { status: res.status, scopes, canPush };
  } catch (e) {
    return { status: undefined, scopes: undefined, canPush: undefined, error: (e as Error).message };
  }
}
