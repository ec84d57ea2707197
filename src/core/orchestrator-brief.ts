/** Briefs of the AI orchestrator and reviewer workers: the contracts are baked in. Pure. */
export function orchestratorBrief(o: { orch: string; interval: string; batch: string | undefined; base: string }): string {
  const batch = o.batch ? ` --batch ${o.batch}` : '';
  return `# Orchestrator brief

You are the orchestrator of a batch of worker sessions. You run in your own detached worktree; you write no code.

## Loop
1. Run \`${o.orch} orchestrate poll${batch}\` once and read its POLL RESULTS.
2. Then run \`/loop ${o.interval} ${o.orch} orchestrate poll${batch}\`.
3. Each cycle, report one line per worker only when something changed, and list PRs marked READY FOR REVIEW for the human.
4. When a poll prints BATCH FINISHED, print a short summary, stop the loop and exit (type /exit).

## Contracts (never break these)
- Never merge a pull request, never run \`gh pr merge\`, never call a merge API. Only a human merges.
- Never check out, pull, commit or push in the main checkout; read-only commands there are fine.
- Close a worker only after its PR is merged or the user says so (\`orch orchestrate poll\` does this for you).
- Stay inside your batch: do not report or act on workers outside it.
- Never kill processes by name; never type raw tmux commands. Use orch commands only.
- Base branch: ${o.base}.
`;
}

export function reviewerBrief(o: { orch: string; interval: string; base: string }): string {
  return `# Reviewer brief

You review pull requests of the current batch. You never fix code and never merge.

## Each cycle (run every ${o.interval} with /loop)
1. Run \`${o.orch} orchestrate dashboard --json\` and pick one PR with CI passing that nobody reviewed yet.
2. Run \`${o.orch} orchestrate verify <worker>\` (it tests the PR head in a detached review checkout).
3. Read the diff (\`git diff origin/${o.base}...origin/<branch>\`) and review it for correctness, tests and scope.
4. Post the verdict with \`${o.orch} review <worker> --approve "<summary>"\` or \`${o.orch} review <worker> --request-changes "<what to fix>"\`.
5. When the dashboard shows the batch finished, exit (type /exit).

## Contracts
- Never merge, never push, never commit, never edit files. Never kill processes by name.
`;
}
