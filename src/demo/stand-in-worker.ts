// The demo's stand-in worker, used when the Claude Code CLI is not installed (and by benchmarks as an
// instant worker). It is clearly not Claude: it reads its brief, commits one file, and reports completion.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const name = path.basename(process.cwd());

function work(): void {
  let brief = '';
  try {
    brief = readFileSync('.claude-bootstrap.md', 'utf8');
  } catch {
    process.stdout.write('WORKTREE_STATUS: BLOCKED\nREASON: no .claude-bootstrap.md in this directory\n');
    return;
  }
  const task = /## 2\. The task\n\n([^\n]+)/.exec(brief)?.[1] ?? 'demo task';
  mkdirSync('notes', { recursive: true });
  const file = path.join('notes', `${name}.md`);
  writeFileSync(file, `# ${name}\n\n${task}\n\nWritten by the orch stand-in worker (a script, not a model).\n`);
  execFileSync('git', ['add', file]);
  execFileSync('git', ['commit', '-q', '-m', `demo(${name}): ${task.slice(0, 60)}`]);
  process.stdout.write(`Committed ${file}.\nWORKTREE_STATUS: COMPLETE\nPR: (demo: none)\nTESTS_PASSED: (demo: no tests)\n`);
}

process.stdout.write(`orch stand-in worker for ${name} (demo; not Claude)\n`);
if (process.env.ORCH_STANDIN_AUTORUN === '1') {
  work();
} else {
  process.stdout.write('stand-in ready> ');
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    if (line.trim()) {
      process.stdout.write(`\nprompt received: ${line.trim().slice(0, 60)}\n`);
      work();
    }
    process.stdout.write('stand-in ready> ');
  });
}
