import { run } from './proc.js';
import { AuthError } from '../errors.js';

export type TokenSource = 'GITHUB_TOKEN' | 'GH_TOKEN' | 'gh auth token';

export const NO_TOKEN_MESSAGE = 'no GitHub token: set GITHUB_TOKEN or GH_TOKEN, or run `gh auth login` (orch then asks `gh auth token`)';

/** The gh host for an API root: api.github.com belongs to github.com; GitHub Enterprise serves the API on its own host. */
export function ghHostname(apiUrl: string): string {
  const host = new URL(apiUrl).host;
  return host === 'api.github.com' ? 'github.com' : host;
}

/**
 * GITHUB_TOKEN, then GH_TOKEN, then `gh auth token` when gh is installed. ORCH_GH_BIN names another gh
 * binary (tests point it at a missing file so a developer's own gh login never leaks into them).
 */
export async function resolveGithubToken(env: NodeJS.ProcessEnv, apiUrl: string): Promise<{ token: string; source: TokenSource }> {
  for (const key of ['GITHUB_TOKEN', 'GH_TOKEN'] as const) {
    const v = env[key]?.trim();
    if (v) return { token: v, source: key };
  }
  const gh = env.ORCH_GH_BIN || 'gh';
  const r = await run(gh, ['auth', 'token', '--hostname', ghHostname(apiUrl)], { timeoutMs: 15_000, env: { GH_PROMPT_DISABLED: '1' } });
  const token = r.exitCode === 0 ? r.stdout.trim() : '';
  if (token && !/\s/.test(token)) return { token, source: 'gh auth token' };
  throw new AuthError(NO_TOKEN_MESSAGE, 'the token needs the `repo` scope (classic) or Contents, Issues and Pull requests read/write (fine-grained)');
}
