/**
 * Reading a GitHub Actions job log: which step failed and the first lines that say why. Pure. The log is CI
 * output (untrusted text): it is only cut and cleaned here, never interpreted; callers quote it as data.
 */

export interface LogExcerpt {
  /** The failing step: the name GitHub's jobs API gives, else the `Run ...` group the first error is in. */
  step: string | undefined;
  /** The first error lines of that step (cleaned: no timestamps, no terminal escapes). */
  lines: string[];
}

const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences (colours, cursor moves) and other escapes.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
const ERROR_LINE = /##\[error\]|\berror\b|\bfail(?:ed|ure|ing)?\b|\bFAIL\b|AssertionError|Traceback|panic:|✗|×|✖/i;
const EXIT_ONLY = /^##\[error\]Process completed with exit code \d+\.?$/;

export const MAX_LINES = 20;
export const MAX_CHARS = 3000;

interface Section { title: string | undefined; lines: string[] }

export function cleanLogLine(line: string): string {
  return line.replace(TIMESTAMP, '').replace(ANSI, '').replace(/\r$/, '');
}

/** Splits a job log at its `##[group]Run <command>` markers (one per run step); the group's own lines are skipped. */
export function logSections(log: string): Section[] {
  const out: Section[] = [{ title: undefined, lines: [] }];
  let inHeader = false;
  for (const raw of log.split('\n')) {
    const line = cleanLogLine(raw);
    const g = /^##\[group\](.*)$/.exec(line);
    if (g) {
      // Only `Run ...` groups start a step; other groups (e.g. inside a test runner's output) stay in it.
      if (/^Run /.test(g[1]!)) {
        out.push({ title: g[1]!.trim(), lines: [] });
        inHeader = true;
        continue;
      }
    }
    if (line.startsWith('##[endgroup]')) {
      inHeader = false;
      continue;
    }
    if (inHeader) continue;
    out[out.length - 1]!.lines.push(line);
  }
  return out;
}

function matchesStep(title: string | undefined, step: string): boolean {
  if (!title) return false;
  const t = title.replace(/^Run /, '').toLowerCase();
  const s = step.replace(/^Run /, '').toLowerCase();
  return t === s || t.startsWith(s) || s.startsWith(t);
}

/**
 * The failing step and its first error lines. `failedStep` is the step the jobs API marks failed (a step's name,
 * which for `run:` steps without a name is `Run <command>`). Falls back to the section with the first `##[error]`,
 * then to the last lines of the log.
 */
export function parseJobLog(log: string, failedStep?: string): LogExcerpt {
  const sections = logSections(log);
  const withError = sections.find((s) => s.lines.some((l) => l.startsWith('##[error]')));
  const byName = failedStep ? sections.find((s) => matchesStep(s.title, failedStep)) : undefined;
  const section = byName ?? withError ?? [...sections].reverse().find((s) => s.lines.some((l) => l.trim())) ?? sections[0]!;
  const lines = section.lines;
  let start = lines.findIndex((l) => ERROR_LINE.test(l) && !EXIT_ONLY.test(l.trim()));
  let picked: string[];
  if (start >= 0) {
    // A line or two before the first error often names the failing test or file.
    start = Math.max(0, start - 2);
    picked = lines.slice(start, start + MAX_LINES);
  } else {
    picked = lines.filter((l) => l.trim()).slice(-MAX_LINES);
  }
  picked = picked.map((l) => l.replace(/^##\[error\]/, 'Error: ')).filter((l, i, a) => l.trim() || (i > 0 && a[i - 1]!.trim()));
  let chars = 0;
  const capped: string[] = [];
  for (const l of picked) {
    if (chars + l.length > MAX_CHARS) {
      capped.push('[... cut]');
      break;
    }
    capped.push(l);
    chars += l.length + 1;
  }
  return { step: failedStep ?? section.title, lines: capped };
}
