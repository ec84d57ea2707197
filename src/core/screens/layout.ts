/**
 * Splits a captured Claude Code screen into its parts: the conversation, the current turn, the input box
 * and the live area under it (footer, dialog, slash menu, exit text). Pure; knows nothing about screen kinds.
 *
 * Shapes relied on (both 2.1.197 and 2.1.330):
 * - the input box is a full-width rule of '─', one or more lines of which the first starts with '❯' at column 0,
 *   and another rule; the footer follows it;
 * - a dialog (trust, bypass, permission prompt) replaces the box and sits under a single rule;
 * - onboarding screens have no rule at all;
 * - submitted prompts stay in the conversation as '❯ text' at column 0.
 */

// CSI / OSC / two-byte escapes, in case a capture was taken with -e.
const ANSI_RE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

const RULE_RE = /^ ?─{8,}$/;
const PROMPT_RE = /^❯/;
const BANNER_RE = /Claude Code v\d|^╰─+╯$|Welcome back!/;

/** Transient right-side footer hints (README "Facts" 8): removed before matching the tail and fingerprinting. */
// Each with a word it cannot match without: a leading \s* is tried at every position of a line, so the patterns
// run only on the few lines that hold a hint (the monitor classifies every worker's screen every cycle).
const HINT_RES: Array<[string, RegExp]> = [
  ['focus-events', /\s*tmux focus-events off\b.*$/],
  ['focus', /\s*(?:add 'set -g focus-events on'.*|~\/\.tmux\.conf and reattach for focus tracking)$/],
  ['/effort', /\s*\S\s+\w+\s+·\s+\/effort\b/g], // "● high · /effort", "◐ medium · /effort"
  ['Auto-updat', /\s*Auto-updat\S*/g], // "Auto-updating…"
];

/** Normalised lines: escapes removed, CRLF and no-break spaces folded, trailing blanks trimmed. */
export function screenLines(text: string): string[] {
  return text
    .replace(ANSI_RE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.trimEnd());
}

/** The line without transient footer hints (focus-events, effort level, Auto-updating…). */
export function stripHints(line: string): string {
  let out = line;
  for (const [word, re] of HINT_RES) if (out.includes(word)) out = out.replace(re, '');
  return out.trimEnd();
}

export const isRule = (line: string): boolean => RULE_RE.test(line);

/** A spinner line while working: glyph, space, a random verb ending in '…' ("✢ Herding… (14s · ↓ 8 tokens)"). */
export const SPINNER_RE = /^[^\s\w❯●⎿│╭╰─] \S+…(?:\s|$)/;
/** The finished line: glyph, verb, "for <N>" ("✻ Worked for 0s", "✻ Cooked for 3s · done 1:32 AM"). */
export const FINISHED_RE = /^[^\s\w❯●⎿│╭╰─] \S+ for \d/;

export interface Span {
  start: number; // inclusive
  end: number; // exclusive
}

export interface Layout {
  lines: string[];
  /** The input box: `top` and `bottom` are the indices of its two rules. */
  box: { top: number; bottom: number } | undefined;
  /** Conversation lines: everything above the box, or above the dialog's rule (the whole screen when there is neither). */
  conv: Span;
  /** Live area: below the box, or below the last rule, or the whole screen when there is no rule. */
  live: Span;
  /** Footer: the non-empty lines directly under the box (none without a box). */
  footer: string[];
  /** Lines inside the box. */
  input: string[];
  /** Current turn: the conversation after the last submitted prompt ('❯ ...' at column 0). */
  turn: Span;
  /** Whether a submitted prompt is visible (else `turn` is the whole conversation). */
  prompted: boolean;
  bannerVisible: boolean;
}

export function analyzeLayout(text: string): Layout {
  const lines = screenLines(text);
  const n = lines.length;
  const rules: number[] = [];
  lines.forEach((l, i) => {
    if (isRule(l)) rules.push(i);
  });

  let box: Layout['box'];
  for (let k = rules.length - 2; k >= 0; k--) {
    const top = rules[k]!;
    const bottom = rules[k + 1]!;
    if (bottom - top >= 2 && PROMPT_RE.test(lines[top + 1]!)) {
      box = { top, bottom };
      break;
    }
  }
  const lastRule = rules.length ? rules[rules.length - 1]! : -1;

  let conv: Span;
  let live: Span;
  if (box) {
    conv = { start: 0, end: box.top };
    live = { start: box.bottom + 1, end: n };
  } else if (lastRule >= 0) {
    conv = { start: 0, end: lastRule };
    live = { start: lastRule + 1, end: n };
  } else {
    conv = { start: 0, end: n };
    live = { start: 0, end: n };
  }

  const footer: string[] = [];
  if (box) {
    for (let i = box.bottom + 1; i < n && lines[i]!.trim() !== ''; i++) footer.push(lines[i]!);
  }
  const input = box ? lines.slice(box.top + 1, box.bottom) : [];

  let promptAt = -1;
  for (let i = conv.end - 1; i >= conv.start; i--) {
    if (PROMPT_RE.test(lines[i]!)) {
      promptAt = i;
      break;
    }
  }
  const prompted = promptAt >= 0;
  const turn: Span = { start: prompted ? promptAt + 1 : conv.start, end: conv.end };
  let bannerVisible = false;
  for (let i = conv.start; i < conv.end; i++) {
    if (BANNER_RE.test(lines[i]!)) {
      bannerVisible = true;
      break;
    }
  }

  return { lines, box, conv, live, footer, input, turn, prompted, bannerVisible };
}

export function spanLines(lay: Layout, span: Span): string[] {
  return lay.lines.slice(span.start, span.end);
}
