/** Commit message and pull request text for `orch finish`. Pure. */

export interface TestOutcome {
  status: 'passed' | 'skipped' | 'none';
  commands: Array<{ name: string; cmd: string; ms: number }>;
}

/** One line, no control characters: titles come from issues and tasks, i.e. from other people. */
export function oneLine(text: string, max: number): string {
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 3).trimEnd()}...` : s;
}

/** `<type>(<name>): <subject>`: fix for issue workers, feat for tasks. */
export function leftoverCommitMessage(kind: string, name: string, title: string | undefined): string {
  const type = kind === 'issue' ? 'fix' : 'feat';
  const head = `${type}(${name}): `;
  return `${head}${oneLine(title || 'finish the work', Math.max(20, 72 - head.length))}\n\nLeftover changes committed by orch finish.`;
}

export function pullRequestTitle(explicit: string | undefined, recordTitle: string | undefined, name: string): string {
  return oneLine(explicit || recordTitle || name, 120);
}

export function testSummary(t: TestOutcome): string {
  if (t.status === 'skipped') return 'Skipped (`orch finish --no-test`).';
  if (t.status === 'none') return 'No test command is configured for this repository (layout testCmd).';
  return t.commands.map((c) => `- ${c.name}: \`${c.cmd}\` passed (${(c.ms / 1000).toFixed(1)}s)`).join('\n');
}

/** Body: the commits, the test result and the closing keyword, so merging the PR closes the issue. */
export function pullRequestBody(o: { name: string; commits: Array<{ sha: string; subject: string }>; tests: TestOutcome; issue: number | undefined }): string {
  const commits = o.commits.length ? o.commits.map((c) => `- ${oneLine(c.subject, 100)} (${c.sha.slice(0, 7)})`).join('\n') : '- (no commits)';
  return [
    '## Summary',
    commits,
    '## Tests',
    testSummary(o.tests),
    ...(o.issue !== undefined ? [`Closes #${o.issue}`] : []),
    `---\nOpened by \`orch finish\` for worker \`${o.name}\`. A human reviews and merges this pull request.`,
  ].join('\n\n');
}
