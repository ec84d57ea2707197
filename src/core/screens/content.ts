/**
 * Reads the conversation: which lines are assistant text (as opposed to echoed prompts and tool output),
 * the last assistant text block, the current tool line, and the WORKTREE_STATUS completion report.
 */
import type { Layout, Span } from './layout.js';
import type { ScreenCompletion } from './types.js';

/**
 * A tool call header: "● Bash(echo x)", "● Update(src/a.ts)", "● mcp__gh__list(…", "● github - list (MCP)(…)",
 * and 2.1.330's collapsed summaries ("● Read 1 file (ctrl+o to expand)"). A long call may wrap, so no closing ')'.
 */
const TOOL_CALL_RE = /^● (?:[\w.:-]+\(|.{1,80}? \(MCP\)\(|.*\(ctrl\+[a-z] to expand\))/;
/** 2.1.330 shows a running Bash call as "  ⎿  $ <command>" under its description. */
const DOLLAR_TOOL_RE = /^\s*⎿\s+(\$ .*)$/;
const TEXT_START_RE = /^● \S/;

export const isToolCall = (line: string): boolean => TOOL_CALL_RE.test(line);

type BlockKind = 'orphan' | 'user' | 'assistant' | 'tool' | 'other';

/**
 * Tags each conversation line with the block it belongs to. A block starts at a non-indented line
 * ('❯' prompt, '●' text or tool call, '✻' status, banner, ...); indented and blank lines continue it,
 * except that a '⎿' line turns the rest of the block into tool output. Lines above the first block
 * header (the header scrolled off) are 'orphan'.
 */
function tagBlocks(lines: string[], span: Span): BlockKind[] {
  const tags: BlockKind[] = new Array<BlockKind>(lines.length).fill('other');
  let cur: BlockKind = 'orphan';
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i]!;
    if (l !== '' && /^\S/.test(l)) {
      if (l.startsWith('❯')) cur = 'user';
      else if (l.startsWith('●')) cur = isToolCall(l) ? 'tool' : 'assistant';
      else cur = 'other';
    } else if (/^\s*⎿/.test(l)) {
      cur = 'tool';
    }
    tags[i] = cur;
  }
  return tags;
}

/** The last "● text" block of the current turn (not a tool call), its continuation lines unindented. */
export function lastAssistantText(lay: Layout): string | undefined {
  if (!lay.prompted && lay.bannerVisible) return undefined; // only notices so far (e.g. "● Auto mode lets Claude ...")
  const { lines, turn } = lay;
  let found: string | undefined;
  for (let i = turn.start; i < turn.end; i++) {
    const l = lines[i]!;
    if (!TEXT_START_RE.test(l) || isToolCall(l)) continue;
    const block = [l.slice(2)];
    let j = i + 1;
    for (; j < turn.end; j++) {
      const c = lines[j]!;
      if (c !== '' && !/^\s/.test(c)) break;
      if (/^\s*⎿/.test(c)) break;
      block.push(c.replace(/^ {2}/, ''));
    }
    while (block.length && block[block.length - 1] === '') block.pop();
    found = block.join('\n');
    i = j - 1;
  }
  return found;
}

/** The tool line of the current turn, if the turn's last item is a tool call (no assistant text after it). */
export function currentTool(lay: Layout): string | undefined {
  const { lines, turn } = lay;
  let tool: string | undefined;
  for (let i = turn.start; i < turn.end; i++) {
    const l = lines[i]!;
    const dollar = DOLLAR_TOOL_RE.exec(l);
    if (dollar) tool = dollar[1]!.trim();
    else if (isToolCall(l)) tool = l.slice(2).trim();
    else if (TEXT_START_RE.test(l)) tool = undefined;
  }
  return tool;
}

// Tolerates list bullets and inline code; a value followed by '|' or '/' is the protocol being quoted, not a report.
const STATUS_RE = /^(?:[-*•]\s+)?`?WORKTREE_STATUS:`?\s*`?(COMPLETE|BLOCKED)\b`?(?!\s*[|/])/;
const FIELD_RE = /^(?:[-*•]\s+)?`?(PR|REASON|TESTS_PASSED):`?\s*(.*)$/;

function bare(line: string): string {
  return line.replace(/^● /, '').trim();
}

/**
 * WORKTREE_STATUS: COMPLETE|BLOCKED with PR: / REASON: / TESTS_PASSED:, read from assistant text only
 * (echoed prompts and tool output can quote the protocol). The last status line wins; its fields are the
 * last of each from the start of that status's text block to the end of the conversation.
 */
export function parseCompletion(lay: Layout): ScreenCompletion | undefined {
  const { lines, conv } = lay;
  const tags = tagBlocks(lines, conv);
  const eligible = (i: number): boolean => tags[i] === 'assistant' || tags[i] === 'orphan';

  let at = -1;
  let status: ScreenCompletion['status'] | undefined;
  for (let i = conv.start; i < conv.end; i++) {
    if (!eligible(i)) continue;
    const m = STATUS_RE.exec(bare(lines[i]!));
    if (m) {
      at = i;
      status = m[1] as ScreenCompletion['status'];
    }
  }
  if (!status) return undefined;

  let from = at;
  while (from > conv.start && tags[from - 1] === tags[at] && !lines[from]!.startsWith('●')) from--;

  const result: ScreenCompletion = { status };
  for (let i = from; i < conv.end; i++) {
    if (!eligible(i)) continue;
    const m = FIELD_RE.exec(bare(lines[i]!));
    if (!m) continue;
    let value = m[2]!.trim();
    if (m[1] === 'REASON') {
      // A long reason wraps: take following lines of the same paragraph that are not another field.
      for (let j = i + 1; j < conv.end && eligible(j) && lines[j]!.trim() !== ''; j++) {
        const next = bare(lines[j]!);
        if (STATUS_RE.test(next) || FIELD_RE.test(next) || lines[j]!.startsWith('●')) break;
        value += ` ${next}`;
      }
    }
    if (value === '') continue;
    if (m[1] === 'PR') result.pr = /https?:\/\/\S+/.exec(value)?.[0] ?? value;
    else if (m[1] === 'REASON') result.reason = value;
    else result.tests = value;
  }
  return result;
}
