import { AuthError, OrchError, redact } from '../errors.js';

/** A failed GitHub call as a message that says what to check (token, scope, owner/name), with the token redacted. */
export function explainGitHubError(e: unknown, what: string, c: { repo: string; apiUrl: string; token: string }): OrchError {
  if (e instanceof OrchError) return e;
  const status = (e as { status?: number }).status;
  const msg = redact(String((e as Error)?.message ?? e).split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*/, ''), [c.token]);
  const opts = { cause: e };
  if ((status === 403 || status === 429) && /rate limit/i.test(msg)) {
    return new OrchError('github-rate-limit', `GitHub's API rate limit stopped ${what} (${status} ${msg})`, {
      ...opts,
      hint: 'wait until the limit resets (`gh api rate_limit` shows when), then run the same command again: it continues where it stopped',
    });
  }
  if (status === 401) {
    return new AuthError(`GitHub rejected the token (401 ${msg}) while ${what}`, 'check that GITHUB_TOKEN / GH_TOKEN (or `gh auth status`) holds a valid, unexpired token');
  }
  if (status === 403) {
    return new AuthError(
      `GitHub refused ${what} (403 ${msg})`,
      `the token needs access to ${c.repo}: classic tokens the \`repo\` scope, fine-grained tokens Contents, Issues and Pull requests (read and write)`,
    );
  }
  if (status === 404) {
    return new OrchError('github-not-found', `GitHub answered 404 Not Found while ${what}`, {
      ...opts,
      hint: `check githubRepo in the config (owner/name, now "${c.repo}") and that the token can see it: GitHub answers 404 to tokens without access to a private repository`,
    });
  }
  if (status === undefined) {
    return new OrchError('github-unreachable', `cannot reach GitHub at ${c.apiUrl} while ${what}: ${msg}`, { ...opts, hint: 'check the network, or githubApiUrl in the config' });
  }
  if (status === 422) return new OrchError('github-invalid', `GitHub refused ${what} (422 ${validationDetail(e) || msg})`, opts);
  return new OrchError('github', `GitHub answered ${status} while ${what}: ${msg}`, opts);
}

function validationDetail(e: unknown): string {
  const errors = (e as { response?: { data?: { errors?: Array<{ message?: string; field?: string; code?: string }> } } }).response?.data?.errors ?? [];
  return errors.map((x) => x.message ?? `${x.field ?? ''} ${x.code ?? ''}`.trim()).join('; ');
}
