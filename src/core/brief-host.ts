/**
 * The brief of a worker placed on an SSH host: orch is not installed there, so its finish contract changes. The worker
 * commits on its branch and reports; orch on the machine that started it runs `orch finish <name>`, which pushes from the
 * host's clone and opens the pull request from here (the token never goes to the host).
 */
export function briefOnHost(brief: string, o: { name: string; branch: string | undefined; host: string }): string {
  const i = brief.indexOf('\n## 7. Finish');
  if (i < 0) return brief;
  const branch = o.branch ?? 'your branch';
  return (
    `${brief.slice(0, i)}\n## 7. Finish\n\n` +
    `You run on the host \`${o.host}\`, where orch is not installed: do not look for an \`orch\` command. ` +
    `When the task is done and tests pass, commit everything on \`${branch}\` (do not push) and end your turn with exactly these lines:\n\n` +
    `    WORKTREE_STATUS: COMPLETE\n    BRANCH: ${branch}\n    TESTS_PASSED: <what you ran and the result>\n\n` +
    `orch, on the machine that started you, then runs \`orch finish ${o.name}\`: it pushes your branch from this host and opens the pull request.\n\n` +
    'If you cannot finish, end with:\n\n    WORKTREE_STATUS: BLOCKED\n    REASON: <one line>\n'
  );
}
