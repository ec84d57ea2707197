/** Select lists ("❯ 1. Yes" / "  2. No" in 2.1.197, "❯ No, exit" / "  Yes, I accept" in 2.1.330) and how to pick from them. */
import type { ScreenOption, ScreenReading } from './types.js';

const SELECTED_RE = /^(\s*)❯\s*(\S.*)$/;
const NUMBER_RE = /^(\d+)\.\s+/;

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * Parses the select list around the last '❯' in `lines` (the live area of the screen). The options are the
 * non-blank lines whose text starts in the same column as the selected option's text; deeper-indented lines
 * are wrapped continuations of the option above.
 */
export function parseOptions(lines: string[]): ScreenOption[] {
  let sel = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SELECTED_RE.test(lines[i]!)) {
      sel = i;
      break;
    }
  }
  if (sel < 0) return [];
  const selText = SELECTED_RE.exec(lines[sel]!)![2]!;
  const col = lines[sel]!.length - selText.length;
  const inGroup = (l: string | undefined): boolean => l !== undefined && l.trim() !== '' && indentOf(l) >= col;
  const isStart = (i: number): boolean => i === sel || indentOf(lines[i]!) === col;

  let a = sel;
  while (inGroup(lines[a - 1])) a--;
  while (a < sel && !isStart(a)) a++;
  let b = sel;
  while (inGroup(lines[b + 1])) b++;

  const raw: { text: string; selected: boolean }[] = [];
  for (let i = a; i <= b; i++) {
    const l = lines[i]!;
    if (isStart(i)) raw.push({ text: i === sel ? selText : l.trim(), selected: i === sel });
    else raw[raw.length - 1]!.text += ` ${l.trim()}`;
  }
  return raw.map((o, pos) => {
    const num = NUMBER_RE.exec(o.text);
    const label = o.text
      .replace(NUMBER_RE, '')
      .replace(/\s*✔$/, '')
      .trim();
    return { index: num ? Number(num[1]) : pos + 1, label, selected: o.selected };
  });
}

/**
 * Keys to send (tmux key names: 'Down', 'Up', 'Enter') to move the ❯ cursor from the selected option onto the
 * first option whose label contains `wanted` (case-insensitive), then confirm. Never chooses by digit: 2.1.330
 * has no digits on some lists and digits do nothing there. Returns undefined when no option matches (or no
 * option is marked as selected, so the distance is unknown).
 */
export function keysToChoose(reading: ScreenReading, wanted: string): string[] | undefined {
  const opts = reading.options;
  const needle = wanted.toLowerCase();
  const target = opts.findIndex((o) => o.label.toLowerCase().includes(needle));
  const from = opts.findIndex((o) => o.selected);
  if (target < 0 || from < 0) return undefined;
  const step = target > from ? 'Down' : 'Up';
  return [...Array<string>(Math.abs(target - from)).fill(step), 'Enter'];
}
