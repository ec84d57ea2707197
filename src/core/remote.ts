/** owner/name from a GitHub remote URL in https, ssh or scp form; undefined for anything else. */
export function parseGithubRepo(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    /^(?:https?:\/\/)(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^ssh:\/\/(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:[^@/]+@)?[^:/]+:([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  if (!m) return undefined;
  return `${m[1]}/${m[2]}`;
}

/** Key-level diff of two JSON objects, for showing what a re-run of init would change. */
export function jsonDiff(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const out: string[] = [];
  for (const k of keys) {
    const a = JSON.stringify(before[k]);
    const b = JSON.stringify(after[k]);
    if (a === b) continue;
    if (a !== undefined) out.push(`- ${k}: ${a}`);
    if (b !== undefined) out.push(`+ ${k}: ${b}`);
  }
  return out;
}
