/**
 * classifyScreen: which state a Claude Code screen is in. Matches stable substrings only (never digits,
 * glyphs or exact layout) and looks for the current state in the screen's live area: below the input box,
 * or below the last rule when a dialog has replaced the box, or the whole screen when there is no rule
 * (onboarding, crash output). Older text higher up (a resolved prompt, quoted errors) does not count.
 */
import { currentTool, lastAssistantText, parseCompletion } from './content.js';
import { SPINNER_RE, analyzeLayout, spanLines, stripHints, type Layout } from './layout.js';
import { parseOptions } from './options.js';
import type { FooterMode, ScreenKind, ScreenReading } from './types.js';

/** Dialogs, in priority order, each recognised by a stable substring in the live area. */
const DIALOGS: [ScreenKind, RegExp][] = [
  ['api-key-prompt', /Detected a custom API key|Do you want to use this API key\?/],
  ['trust-folder', /Yes, I trust this folder|Quick safety check:|Do you trust the files in this folder\?/],
  ['bypass-warning', /Bypass Permissions mode/],
  ['permission-prompt', /^\s*Do you want to\b.*\?\s*$|Esc to cancel · Tab to amend/m],
  ['theme-picker', /Choose the text style that looks best|To change this later, run \/theme/],
  ['login-method', /Select login method:/],
  ['third-party-platform', /Using 3rd-party platforms/],
  ['oauth', /Opening browser to sign in|Browser didn't open\?|Paste code here if prompted|OAuth error:/],
  ['security-notes', /Security notes:/],
];

const SELECT_KINDS = new Set<ScreenKind>([
  'api-key-prompt',
  'trust-folder',
  'bypass-warning',
  'permission-prompt',
  'theme-picker',
  'login-method',
  'third-party-platform',
]);

const ROOT_REFUSED_RE = /cannot be used with root\/sudo privileges/;
const PREFLIGHT_RE = /Unable to connect to Anthropic services/;
const RESUME_RE = /Resume this session with:|^claude --resume \S/m;
const PANE_DEAD_RE = /^Pane is dead \(status /;
const EXIT_PENDING_RE = /Press Ctrl-[CD] again to exit/;
const SLASH_ITEM_RE = /^\s*\/\S+\s{2,}\S/;
const RETRY_RE = /^[^\s●❯⎿].*\bRetrying in \d/;
const NOT_LOGGED_IN_FOOTER_RE = /Not logged in/;
const NOT_LOGGED_IN_TURN_RE = /^\s*⎿\s+Not logged in\b|^● Not logged in\b/;
const API_ERROR_RE =
  /^(?:● |\s*⎿\s+)(?:API Error\b|Invalid API key\b|Credit balance is too low|OAuth token (?:has expired|revoked)|.*· Fix external API key)/;

function footerModeOf(footer: string[]): FooterMode {
  const f = footer.join('\n');
  if (/bypass permissions on/i.test(f)) return 'bypass';
  if (/accept edits on/i.test(f)) return 'accept-edits';
  if (/plan mode on/i.test(f)) return 'plan';
  if (/auto mode on/i.test(f)) return 'auto';
  if (/\? for shortcuts|esc to interrupt|← for agents/.test(f)) return 'default';
  return 'none';
}

/** The last meaningful line of the turn (hints and blanks skipped): a spinner there means work is under way. */
function lastTurnLine(lay: Layout): string | undefined {
  for (let i = lay.turn.end - 1; i >= lay.turn.start; i--) {
    const l = stripHints(lay.lines[i]!);
    if (l.trim() !== '') return l;
  }
  return undefined;
}

function decideKind(lay: Layout): ScreenKind {
  const { lines } = lay;
  if (lines.every((l) => l.trim() === '')) return 'blank';

  const live = spanLines(lay, lay.live);
  const liveText = live.join('\n');
  const lastLine = [...lines].reverse().find((l) => l.trim() !== '') ?? '';

  // The process is gone (or never started): nothing else on the screen matters.
  if (!lay.box && ROOT_REFUSED_RE.test(liveText)) return 'root-refused';
  if (!lay.box && PREFLIGHT_RE.test(liveText)) return 'preflight-failed';
  if (RESUME_RE.test(liveText) || PANE_DEAD_RE.test(lastLine)) return 'exited';
  if (EXIT_PENDING_RE.test(liveText)) return 'exit-pending';

  for (const [kind, re] of DIALOGS) if (re.test(liveText)) return kind;

  if (!lay.box) return 'unknown';

  const turn = spanLines(lay, lay.turn);
  if (live.some((l) => SLASH_ITEM_RE.test(l))) return 'slash-menu';
  if (turn.some((l) => RETRY_RE.test(l))) return 'api-retrying';
  const last = lastTurnLine(lay);
  if (lay.footer.some((l) => /esc to interrupt/i.test(l)) || (last !== undefined && SPINNER_RE.test(last))) return 'busy';
  if (lay.footer.some((l) => NOT_LOGGED_IN_FOOTER_RE.test(l)) || turn.some((l) => NOT_LOGGED_IN_TURN_RE.test(l))) {
    return 'not-logged-in';
  }
  if (turn.some((l) => API_ERROR_RE.test(l))) return 'api-error';
  return 'idle';
}

/** Where each error screen says what broke: lines of the current turn, or (no input box) the live area. */
const PROBLEM_LINES: Partial<Record<ScreenKind, { re: RegExp; where: 'turn' | 'live' }>> = {
  'api-error': { re: API_ERROR_RE, where: 'turn' },
  'api-retrying': { re: RETRY_RE, where: 'turn' },
  'not-logged-in': { re: NOT_LOGGED_IN_TURN_RE, where: 'turn' },
  'root-refused': { re: ROOT_REFUSED_RE, where: 'live' },
  'preflight-failed': { re: PREFLIGHT_RE, where: 'live' },
};

/** The last line matching the screen's error pattern, without its bullet or spinner glyph, for quoting. */
function problemLine(kind: ScreenKind, lay: Layout): string | undefined {
  const p = PROBLEM_LINES[kind];
  if (!p) return undefined;
  const lines = spanLines(lay, p.where === 'turn' ? lay.turn : lay.live);
  let hit = [...lines].reverse().find((l) => p.re.test(l));
  if (hit === undefined && kind === 'not-logged-in') {
    // The footer's right side: the left side holds shortcut hints.
    const f = lay.footer.find((l) => NOT_LOGGED_IN_FOOTER_RE.test(l));
    hit = f?.slice(f.search(NOT_LOGGED_IN_FOOTER_RE));
  }
  if (hit === undefined) return undefined;
  const text = stripHints(hit).trim().replace(/^[^\p{L}\p{N}$"'(\[-]+\s+/u, '');
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** Tool named by a permission dialog itself ("Bash command" + its first line), for when the conversation shows none. */
function dialogTool(live: string[]): string | undefined {
  const body = live.map((l) => l.trim()).filter((l) => l !== '');
  if (body.length < 2 || /^Do you want to\b/.test(body[1]!)) return body[0];
  return `${body[0]}: ${body[1]}`;
}

export function classifyScreen(text: string): ScreenReading {
  const lay = analyzeLayout(text);
  const kind = decideKind(lay);
  const live = spanLines(lay, lay.live);
  const reading: ScreenReading = {
    kind,
    footerMode: lay.box ? footerModeOf(lay.footer) : 'none',
    options: SELECT_KINDS.has(kind) ? parseOptions(live) : [],
    inputText: lay.box ? lay.input.map((l, i) => (i === 0 ? l.replace(/^❯ ?/, '') : l.replace(/^ {2}/, ''))).join('\n').trim() : '',
    tail: lay.lines
      .filter((l) => l.trim() !== '')
      .slice(-8)
      .join('\n'),
  };
  const problem = problemLine(kind, lay);
  if (problem) reading.problem = problem;
  const said = lastAssistantText(lay);
  if (said !== undefined) reading.lastAssistantText = said;
  if (kind === 'permission-prompt' || kind === 'busy') {
    const tool = currentTool(lay) ?? (kind === 'permission-prompt' ? dialogTool(live) : undefined);
    if (tool !== undefined) reading.tool = tool;
  }
  const completion = parseCompletion(lay);
  if (completion) reading.completion = completion;
  return reading;
}
