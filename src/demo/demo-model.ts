import path from 'node:path';
import type { ModelScript } from './scripted-model.js';

/**
 * The scripted model behind `orch demo`: the real Claude Code CLI runs real tools (Bash, Write), but the
 * "model" is this script. Step 0 reads the brief, step 1 writes a note, step 2 commits it, step 3 reports.
 */
export const demoModel: ModelScript = (ctx) => {
  const name = ctx.cwd ? path.basename(ctx.cwd) : 'worker';
  switch (ctx.step) {
    case 0:
      return { text: 'Reading my brief first.', tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'Read the worktree brief' } };
    case 1: {
      const task = /## 2\. The task\n\n([^\n]+)/.exec(ctx.lastToolResult ?? '')?.[1] ?? 'demo task';
      return {
        text: `The task: ${task}`,
        tool: 'Write',
        input: { file_path: path.join(ctx.cwd ?? '.', 'notes', `${name}.md`), content: `# ${name}\n\n${task}\n\nWritten by Claude Code driven by the orch demo model (a script, not a real model).\n` },
      };
    }
    case 2:
      return { tool: 'Bash', input: { command: `git add notes/${name}.md && git commit -q -m 'demo(${name}): add note'`, description: 'Commit the note' } };
    default:
      return { text: 'Committed the note on my branch.\n\nWORKTREE_STATUS: COMPLETE\nPR: (demo: no GitHub remote)\nTESTS_PASSED: (demo project has no tests)' };
  }
};
