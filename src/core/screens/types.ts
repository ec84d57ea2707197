/** What a Claude Code terminal screen (tmux capture-pane text) is showing right now. */
export type ScreenKind =
  | 'blank' // empty pane (CLI still starting)
  | 'root-refused' // --dangerously-skip-permissions cannot be used with root/sudo ...
  | 'preflight-failed' // Unable to connect to Anthropic services
  | 'theme-picker'
  | 'login-method'
  | 'oauth'
  | 'third-party-platform'
  | 'security-notes' // onboarding: claude not logged in on this machine
  | 'api-key-prompt' // Detected a custom API key (the user must answer once by hand)
  | 'trust-folder' // Yes, I trust this folder
  | 'bypass-warning' // Bypass Permissions mode warning
  | 'permission-prompt' // Do you want to proceed? (tool approval)
  | 'busy' // esc to interrupt in the footer / spinner
  | 'api-retrying' // API error · Retrying in / Unable to connect to API ... Retrying
  | 'api-error' // final API error (Invalid API key, API Error: ...)
  | 'not-logged-in' // main screen with "Not logged in · Run /login"
  | 'exit-pending' // Press Ctrl-C again to exit
  | 'exited' // Resume this session with: / claude --resume
  | 'slash-menu'
  | 'idle' // main screen, input box ready (turn over or not started)
  | 'unknown';

export type FooterMode = 'bypass' | 'default' | 'accept-edits' | 'plan' | 'auto' | 'none';

/**
 * One entry of a select list. `label` has no digit prefix ("Yes, I trust this folder").
 * `index` is the printed number when the list has one (2.1.197), else the 1-based position (2.1.330 lists
 * without digits). Never send it as a key: use keysToChoose.
 */
export interface ScreenOption {
  index: number;
  label: string;
  selected: boolean;
}

export interface ScreenCompletion {
  status: 'COMPLETE' | 'BLOCKED';
  pr?: string;
  reason?: string;
  tests?: string;
}

export interface ScreenReading {
  kind: ScreenKind;
  /** From the footer text under the input box; 'none' when there is no input box or the footer shows no mode. */
  footerMode: FooterMode;
  /** For select lists (trust, bypass, api key, permission prompt, theme, login, 3rd-party); [] otherwise. */
  options: ScreenOption[];
  /** Text in the input box after "❯ " (lines joined with '\n'); '' when empty or when there is no box. */
  inputText: string;
  /** The last assistant text block ("● ..." that is not a tool call) of the current turn, continuation lines unindented. */
  lastAssistantText?: string;
  /** For permission-prompt / busy: the tool line, e.g. "Bash(git commit -m x)" or the 2.1.330 form "$ <command>". */
  tool?: string;
  /** From WORKTREE_STATUS: / PR: / REASON: / TESTS_PASSED: lines in assistant text (the last status wins). */
  completion?: ScreenCompletion;
  /** The last 8 non-empty lines, trimmed right, for quoting in error messages. */
  tail: string;
  /**
   * For error screens (api-error, api-retrying, not-logged-in, root-refused, preflight-failed): the line that says
   * what broke, e.g. "API Error: Unable to connect to API (ConnectionRefused)" or "Invalid API key · Fix external API key".
   */
  problem?: string;
}
