/**
 * The git hooks orch puts in front of a worker worktree (pure text; src/adapters/push-hook.ts writes them).
 * The pre-push hook is the second layer of "no worker touches the base branch": it judges the refs git is
 * about to update, so it holds however the push command was spelled. POSIX sh, no node: it runs on every push.
 */

/** Every hook name githooks(5) documents: each gets a wrapper, so the repository's own hooks keep running. */
export const GIT_HOOK_NAMES = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit', 'prepare-commit-msg',
  'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'pre-receive', 'update',
  'proc-receive', 'post-receive', 'post-update', 'reference-transaction', 'push-to-checkout', 'pre-auto-gc',
  'post-rewrite', 'sendemail-validate', 'fsmonitor-watchman', 'p4-changelist', 'p4-prepare-changelist',
  'p4-post-changelist', 'p4-pre-submit', 'post-index-change',
] as const;

/** Hooks git feeds through a pipe: without a hook to pass it to, the wrapper reads it all so git never writes into a closed pipe. */
const PIPED = new Set(['pre-receive', 'post-receive', 'post-rewrite', 'reference-transaction']);

/** One POSIX sh word, whatever the text holds (quotes, spaces, newlines, `$`). */
export function shWord(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const HEADER = '#!/bin/sh\n# Written by orch (session-orchestrator) for a worker worktree; `orch resume` rewrites it. Do not edit.';

/** Runs `<hooksDir>/<hook>` exactly as git would have: only when it is a regular file marked executable. */
export function chainHook(hook: string, hooksDir: string): string {
  const next = `${hooksDir}/${hook}`;
  const lines = [HEADER, `next=${shWord(next)}`, 'if [ -f "$next" ] && [ -x "$next" ]; then exec "$next" "$@"; fi'];
  if (hook === 'push-to-checkout') {
    // With no push-to-checkout hook git updates a clean checkout itself; having a file here turns that off, so do the same.
    lines.push(
      'git update-index -q --ignore-submodules --refresh || { echo "Up-to-date check failed" >&2; exit 1; }',
      'git diff-files --quiet --ignore-submodules -- || { echo "Working directory has unstaged changes" >&2; exit 1; }',
      'if git rev-parse -q --verify HEAD >/dev/null; then head=HEAD; else head=$(git hash-object -t tree /dev/null); fi',
      'git diff-index --quiet --cached --ignore-submodules "$head" -- || { echo "Working directory has staged changes" >&2; exit 1; }',
      'exec git read-tree -u -m "$1"',
    );
  } else {
    if (PIPED.has(hook)) lines.push('cat >/dev/null');
    lines.push('exit 0');
  }
  return `${lines.join('\n')}\n`;
}

export interface PrePushInput {
  worker: string;
  /** The worker's own branch; undefined for a detached worktree, which may push nothing. */
  branch: string | undefined;
  /** The hooks folder that was in effect before orch's (its pre-push runs after ours passes). */
  hooksDir: string;
  /** Where refusals are recorded, beside the guard's. */
  eventsFile: string;
}

/**
 * Refuses any update or deletion of a remote ref other than `refs/heads/<own branch>` (the base branch, other
 * workers' branches, tags, `--mirror`). git sends one line per ref: `<local ref> <local sha> <remote ref> <remote sha>`.
 */
export function prePushHook(p: PrePushInput): string {
  const own = p.branch ? `refs/heads/${p.branch}` : '';
  const allowed = own ? `only ${own} may be pushed from this worktree` : 'this worktree has no branch of its own, so nothing may be pushed from it';
  const blocked = JSON.stringify(`pre-push: ${allowed} (worker ${p.worker})`);
  const why = `${allowed}.${own ? ` Open a pull request instead: orch finish ${p.worker}.` : ''}`;
  return `${HEADER}
own=${shWord(own)}
why=${shWord(why)}
events=${shWord(p.eventsFile)}
blocked=${shWord(blocked)}
next=${shWord(`${p.hooksDir}/pre-push`)}
nl='
'
input=$(cat)
refused=0
while IFS=' ' read -r lref lsha rref rsha; do
  [ -n "$rref" ] || continue
  [ -n "$own" ] && [ "$rref" = "$own" ] && continue
  if [ "$lref" = '(delete)' ]; then what=delete; else what=update; fi
  printf 'orch pre-push hook: refusing to %s %s on %s: %s\\n' "$what" "$rref" "$1" "$why" >&2
  refused=1
  if [ -d "\${events%/*}" ]; then
    ref=$(printf '%s' "$rref" | sed 's/[\\\\"]/\\\\&/g')
    printf '{"at":"%s","event":"PrePush","summary":"git push: %s %s","blocked":%s}\\n' "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)" "$what" "$ref" "$blocked" >>"$events" 2>/dev/null
  fi
done <<EOF
$input
EOF
[ "$refused" = 0 ] || { echo 'orch pre-push hook: nothing was pushed.' >&2; exit 1; }
if [ -f "$next" ] && [ -x "$next" ]; then
  printf '%s' "$input\${input:+$nl}" | "$next" "$@"
  exit $?
fi
exit 0
`;
}
