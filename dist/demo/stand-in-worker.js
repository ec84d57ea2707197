// src/demo/stand-in-worker.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
var name = path.basename(process.cwd());
function work() {
  let brief = "";
  try {
    brief = readFileSync(".claude-bootstrap.md", "utf8");
  } catch {
    process.stdout.write(`WORKTREE_STATUS: BLOCKED
REASON: no .claude-bootstrap.md in this directory
`);
    return;
  }
  let task = /## 2\. The task\n\n([^\n]+)/.exec(brief)?.[1] ?? "demo task";
  mkdirSync("notes", { recursive: !0 });
  let file = path.join("notes", `${name}.md`);
  writeFileSync(file, `# ${name}

${task}

Written by the orch stand-in worker (a script, not a model).
`), execFileSync("git", ["add", file]), execFileSync("git", ["commit", "-q", "-m", `demo(${name}): ${task.slice(0, 60)}`]), process.stdout.write(`Committed ${file}.
WORKTREE_STATUS: COMPLETE
PR: (demo: none)
TESTS_PASSED: (demo: no tests)
`);
}
process.stdout.write(`orch stand-in worker for ${name} (demo; not Claude)
`);
process.env.ORCH_STANDIN_AUTORUN === "1" ? work() : (process.stdout.write("stand-in ready> "), createInterface({ input: process.stdin }).on("line", (line) => {
  line.trim() && (process.stdout.write(`
prompt received: ${line.trim().slice(0, 60)}
`), work()), process.stdout.write("stand-in ready> ");
}));
