import path from 'node:path';
import type { ModelScript } from './scripted-model.js';
import { finishCommandIn } from '../core/brief.js';

/** The brief's finish command per worker, read at step 1 (the brief is step 0's tool result). */
const finishCommands = new Map<string, string>();

/**
 * The scripted model behind `orch demo`: the real Claude Code CLI runs real tools (Bash, Write), but the
 * "model" is this script. Step 0 reads the brief, step 1 writes a note, step 2 commits it, step 3 runs the brief's
 * `orch finish` (which pushes the branch: the demo has no GitHub), step 4 reports.
 */
export const demoModel: ModelScript = (ctx) => {
  const name = ctx.cwd ? path.basename(ctx.cwd) : 'worker';
  if (ctx.step === 1) {
    const finish = finishCommandIn(ctx.lastToolResult ?? '');
    if (finish) finishCommands.set(name, finish);
  }
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
    case 3:
      return { text: 'Finishing as the brief says.', tool: 'Bash', input: { command: finishCommands.get(name) ?? 'echo "no finish command in the brief"; exit 1', description: 'Finish: push the branch' } };
    default:
      return /finished and pushed/.test(ctx.lastToolResult ?? '')
        ? { text: `Committed the note and pushed my branch.\n\nWORKTREE_STATUS: COMPLETE\nBRANCH: feature/${name}\nTESTS_PASSED: (demo project has no tests)` }
        : { text: `WORKTREE_STATUS: BLOCKED\nREASON: orch finish failed: ${(ctx.lastToolResult ?? '').slice(-200)}` };
  }
};
