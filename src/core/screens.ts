/**
 * Pure reading of Claude Code terminal screens (tmux capture-pane text): what state the CLI is in, the
 * footer's permission mode, select-list options and the keys that pick one, the input box, the last
 * assistant text, the WORKTREE_STATUS report, and a fingerprint that ignores spinners and timers.
 * Tested against every real capture in test/fixtures/claude-screens (2.1.197 and 2.1.330).
 */
export type { FooterMode, ScreenCompletion, ScreenKind, ScreenOption, ScreenReading } from './screens/types.js';
export { classifyScreen } from './screens/classify.js';
export { keysToChoose } from './screens/options.js';
export { normalizeScreen, screenFingerprint } from './screens/fingerprint.js';
