// src/core/git-hook-scripts.ts
var GIT_HOOK_NAMES = [
  "applypatch-msg",
  "pre-applypatch",
  "post-applypatch",
  "pre-commit",
  "pre-merge-commit",
  "prepare-commit-msg",
  "commit-msg",
  "post-commit",
  "pre-rebase",
  "post-checkout",
  "post-merge",
  "pre-push",
  "pre-receive",
  "update",
  "proc-receive",
  "post-receive",
  "post-update",
  "reference-transaction",
  "push-to-checkout",
  "pre-auto-gc",
  "post-rewrite",
  "sendemail-validate",
  "fsmonitor-watchman",
  "p4-changelist",
  "p4-prepare-changelist",
  "p4-post-changelist",
  "p4-pre-submit",
  "post-index-change"
], PIPED = /* @__PURE__ */ new Set(["pre-receive", "post-receive", "post-rewrite", "reference-transaction"]);
function shWord(s) {
  return `'${s.replace(/'/g, "'\\''")}'`;
}
var HEADER = "#!/bin/sh\n# Written by orch (session-orchestrator) for a worker worktree; `orch resume` rewrites it. Do not edit.";
function chainHook(hook, hooksDir) {
  let next = `${hooksDir}/${hook}`, lines = [HEADER, `next=${shWord(next)}`, 'if [ -f "$next" ] && [ -x "$next" ]; then exec "$next" "$@"; fi'];
  return hook === "push-to-checkout" ? lines.push(
    'git update-index -q --ignore-submodules --refresh || { echo "Up-to-date check failed" >&2; exit 1; }',
    'git diff-files --quiet --ignore-submodules -- || { echo "Working directory has unstaged changes" >&2; exit 1; }',
    "if git rev-parse -q --verify HEAD >/dev/null; then head=HEAD; else head=$(git hash-object -t tree /dev/null); fi",
    'git diff-index --quiet --cached --ignore-submodules "$head" -- || { echo "Working directory has staged changes" >&2; exit 1; }',
    'exec git read-tree -u -m "$1"'
  ) : (PIPED.has(hook) && lines.push("cat >/dev/null"), lines.push("exit 0")), `${lines.join(`
`)}
`;
}
function prePushHook(p) {
  let own = p.branch ? `refs/heads/${p.branch}` : "", allowed = own ? `only ${own} may be pushed from this worktree` : "this worktree has no branch of its own, so nothing may be pushed from it", blocked = JSON.stringify(`pre-push: ${allowed} (worker ${p.worker})`), why = `${allowed}.${own ? ` Open a pull request instead: orch finish ${p.worker}.` : ""}`;
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

export {
  GIT_HOOK_NAMES,
  shWord,
  chainHook,
  prePushHook
};
