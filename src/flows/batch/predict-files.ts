import * as git from '../../adapters/git.js';
import { mapLimit } from '../shared/map-limit.js';
import { filesNamed, issueTokens, safeToken } from '../../core/issue-tokens.js';

/** An identifier found in more files than this says nothing about where the work will be. */
const MAX_HITS = 10;

/**
 * The files of the repository an issue probably touches: files its text names, and files that contain the code
 * identifiers it names (`git grep -l -F`, a fixed string, as one argument after `-e`). Sorted, de-duplicated.
 */
export async function predictIssueFiles(repo: string, issue: { title: string; body: string }): Promise<string[]> {
  const t = issueTokens(issue.title, issue.body);
  if (!t.paths.length && !t.identifiers.length) return [];
  const out = new Set<string>();
  if (t.paths.length) {
    const tracked = (await git.gitTry(repo, ['ls-files'])).out.split('\n').filter(Boolean);
    for (const p of t.paths) for (const f of filesNamed(p, tracked)) out.add(f);
  }
  await mapLimit(t.identifiers.filter(safeToken), 4, async (id) => {
    // Exit 1 means no match; either way the token is data after -e, and nothing follows `--`.
    const r = await git.gitTry(repo, ['grep', '-l', '-F', '-I', '-e', id, '--']);
    const hits = r.ok ? r.out.split('\n').filter(Boolean) : [];
    if (hits.length <= MAX_HITS) for (const f of hits) out.add(f);
  });
  return [...out].sort();
}
