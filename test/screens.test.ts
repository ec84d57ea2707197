import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  classifyScreen,
  keysToChoose,
  screenFingerprint,
  type FooterMode,
  type ScreenKind,
  type ScreenReading,
} from '../src/core/screens.js';
import { deriveState } from '../src/core/worker-state.js';

const DIR = fileURLToPath(new URL('./fixtures/claude-screens/', import.meta.url));
const screen = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const read = (name: string): ScreenReading => classifyScreen(screen(name));

/** Files in the capture folder that are not screens (headless outputs, probe metadata). */
const NOT_SCREENS = /\.(?:cmd|exitcode|stderr|stdout)\.txt$|^(?:endpoints-contacted|version|help)\.txt$/;

interface Expect {
  kind: ScreenKind;
  footer?: FooterMode; // defaults to 'none'
  options?: string[]; // labels in order, the selected one prefixed with '>'
  input?: string; // defaults to ''
}

const ACCEPT_197 = ['>Yes', 'Yes, and always allow access to tmp.T1VdVrZwf8/ from this project', 'No'];
const LOGIN = [
  'Claude account with subscription · Pro, Max, Team, or Enterprise',
  'Anthropic Console account · API usage billing',
  '3rd-party platform · Amazon Bedrock, Microsoft Foundry, or Vertex AI',
];
const THEMES = [
  'Auto (match terminal)',
  'Dark mode',
  'Light mode',
  'Dark mode (colorblind-friendly)',
  'Light mode (colorblind-friendly)',
  'Dark mode (ANSI colors only)',
  'Light mode (ANSI colors only)',
];
const sel = (labels: string[], i: number): string[] => labels.map((l, k) => (k === i ? `>${l}` : l));
const V330_CMD = 'sleep 3 && echo ok > ok.txt && git add ok.txt && git -c user.email=w@x -c user.name=w commit -qm ok';

/** Every screen capture with what it must read as. */
const TABLE: Record<string, Expect> = {
  'default-02-main-idle.txt': { kind: 'idle', footer: 'default' },
  'default-03-busy-spinner-1s.txt': { kind: 'busy', footer: 'default' },
  'default-04-busy-spinner-4s.txt': { kind: 'busy', footer: 'default' },
  'default-05-busy-spinner-9s.txt': { kind: 'busy', footer: 'default' },
  'default-06-streaming-13s.txt': { kind: 'busy', footer: 'default' },
  'default-07-response-done.txt': { kind: 'idle', footer: 'default' },
  'default-08-permission-prompt-bash.txt': { kind: 'permission-prompt', options: ACCEPT_197 },
  'default-09-after-approve-tool-done.txt': { kind: 'idle', footer: 'default' },
  // Esc before any answer: the prompt is back in the box and the footer is blank (mode not shown).
  'default-10-after-esc-interrupt.txt': { kind: 'idle', footer: 'none', input: 'SLOW again' },
  'default-11-after-deny-tool.txt': { kind: 'idle', footer: 'default' },
  'fakekey-01-use-this-api-key.txt': { kind: 'api-key-prompt', options: ['Yes', '>No (recommended)'] },
  'fakekey-02-use-this-api-key-yes-highlighted.txt': { kind: 'api-key-prompt', options: ['>Yes', 'No (recommended)'] },
  'fakekey-03-security-notes.txt': { kind: 'security-notes' },
  'fakekey-04-trust-folder.txt': { kind: 'trust-folder', options: ['>Yes, I trust this folder', 'No, exit'] },
  'fakekey-05-bypass-warning.txt': { kind: 'bypass-warning', options: ['>No, exit', 'Yes, I accept'] },
  'fakekey-06-bypass-warning-yes-highlighted.txt': { kind: 'bypass-warning', options: ['No, exit', '>Yes, I accept'] },
  'fakekey-07-main.txt': { kind: 'idle', footer: 'bypass' },
  'fakekey-09-footer-bypass.txt': { kind: 'idle', footer: 'bypass' },
  'fakekey-10-footer-accept-edits.txt': { kind: 'idle', footer: 'accept-edits' },
  'fakekey-10-footer-auto-mode.txt': { kind: 'idle', footer: 'auto' },
  'fakekey-10-footer-default.txt': { kind: 'idle', footer: 'default' },
  'fakekey-10-footer-plan-mode.txt': { kind: 'idle', footer: 'plan' },
  'fakekey-11-prompt-typed.txt': { kind: 'idle', footer: 'bypass', input: 'say hello' },
  'fakekey-12-after-enter-0.6s.txt': { kind: 'api-retrying', footer: 'bypass' },
  'fakekey-13-after-enter-3s.txt': { kind: 'api-retrying', footer: 'bypass' },
  'fakekey-14-api-error-retrying-with-tip.txt': { kind: 'api-retrying', footer: 'bypass' },
  'fakekey-15-invalid-api-key-after-10-retries.txt': { kind: 'api-error', footer: 'bypass' },
  'fakekey-18-main-after-one-ctrl-c.txt': { kind: 'exit-pending' },
  'fakekey-19-after-exit.txt': { kind: 'exited' },
  'fakekey-skip-01-t2s.txt': { kind: 'preflight-failed' },
  'fakekey-skip-02-t5s.txt': { kind: 'preflight-failed' },
  'fakekey-skip-03-t10s.txt': { kind: 'preflight-failed' },
  'hooks-01-main-idle.txt': { kind: 'idle', footer: 'default' },
  'hooks-02-after-hello.txt': { kind: 'idle', footer: 'default' },
  'hooks-03-permission-prompt.txt': {
    kind: 'permission-prompt',
    options: ['>Yes', 'Yes, and always allow access to tmp.G5RZ1UETwi/ from this project', 'No'],
  },
  'hooks-04-after-approve.txt': { kind: 'idle', footer: 'default' },
  'hooks-05-pretooluse-exit2-blocked.txt': { kind: 'idle', footer: 'default' },
  'hooks-06-pretooluse-json-deny.txt': { kind: 'idle', footer: 'default' },
  'hooks-07-pretooluse-json-allow.txt': { kind: 'idle', footer: 'default' },
  'hooks-08-pretooluse-exit1-nonblocking.txt': { kind: 'idle', footer: 'default' },
  // The menu replaces the footer.
  'hooks-09-slash-exit-typed.txt': { kind: 'slash-menu', input: '/exit' },
  // The menu and the box are still drawn above "Resume this session with:".
  'hooks-10-after-slash-exit.txt': { kind: 'exited', input: '/exit' },
  'noskip-00-t0.5s.txt': { kind: 'blank' },
  'noskip-01-t2s.txt': { kind: 'preflight-failed' },
  'noskip-02-t5s.txt': { kind: 'preflight-failed' },
  'noskip-03-t10s.txt': { kind: 'preflight-failed' },
  'onboard-01-theme-picker.txt': { kind: 'theme-picker', options: sel(THEMES, 1) },
  'onboard-02-theme-picker-after-down.txt': { kind: 'theme-picker', options: sel(THEMES, 2) },
  'onboard-03-login-method.txt': { kind: 'login-method', options: sel(LOGIN, 0) },
  'onboard-04-oauth-claudeai-url.txt': { kind: 'oauth' },
  'onboard-05-oauth-paste-code.txt': { kind: 'oauth' },
  'onboard-06-oauth-code-typed.txt': { kind: 'oauth' },
  'onboard-07-oauth-bad-code-error.txt': { kind: 'oauth' },
  'onboard-09-login-method-option3-highlighted.txt': { kind: 'login-method', options: sel(LOGIN, 2) },
  'onboard-10-3rd-party-platform.txt': {
    kind: 'third-party-platform',
    options: ['>Amazon Bedrock · interactive setup', 'Microsoft Foundry · opens docs', 'Google Vertex AI · interactive setup', 'Go back'],
  },
  'onboard-11-oauth-console-url.txt': { kind: 'oauth' },
  // Ctrl-C once under the OAuth paste prompt: the exit hint wins over the still-visible OAuth screen.
  'onboard-12-after-ctrl-c.txt': { kind: 'exit-pending' },
  // No "Resume this session with:" during onboarding; the dead pane says it exited.
  'onboard-13-after-double-ctrl-c-exited.txt': { kind: 'exited' },
  'preseeded-noauth-01-main-t3s.txt': { kind: 'not-logged-in', footer: 'default' },
  'preseeded-noauth-02-after-prompt.txt': { kind: 'not-logged-in', footer: 'default' },
  // /login inside the main screen: the dialog replaces the box.
  'preseeded-noauth-03-slash-login.txt': { kind: 'login-method', options: sel(LOGIN, 0) },
  'rerun-nonet-01-t2s.txt': { kind: 'idle', footer: 'bypass' },
  'rerun-nonet-02-t5s.txt': { kind: 'idle', footer: 'bypass' },
  'rerun-nonet-03-t10s.txt': { kind: 'idle', footer: 'bypass' },
  'rerun-nonet-04-prompt-1.5s.txt': { kind: 'api-retrying', footer: 'bypass' },
  'rerun-nonet-05-prompt-5.5s.txt': { kind: 'api-retrying', footer: 'bypass' },
  'rerun-nonet-06-retrying-attempt10.txt': { kind: 'api-retrying', footer: 'bypass' },
  // The turn ended in "● API Error: ...", but the open menu is the live state.
  'rerun-nonet-08-slash-menu.txt': { kind: 'slash-menu', input: '/' },
  'root-skip-perms-refused.cli.txt': { kind: 'root-refused' },
  'root-skip-perms-refused.txt': { kind: 'root-refused' },
  'skip-01-t2s.txt': { kind: 'preflight-failed' },
  'skip-02-t5s.txt': { kind: 'preflight-failed' },
  'skip-03-t10s.txt': { kind: 'preflight-failed' },
  'v2.1.330-01-trust-folder.txt': { kind: 'trust-folder', options: ['>No, exit', 'Yes, I trust this folder'] },
  'v2.1.330-02-trust-folder-yes-highlighted.txt': { kind: 'trust-folder', options: ['No, exit', '>Yes, I trust this folder'] },
  'v2.1.330-03-bypass-warning.txt': { kind: 'bypass-warning', options: ['>No, exit', 'Yes, I accept'] },
  'v2.1.330-04-bypass-warning-yes-highlighted.txt': { kind: 'bypass-warning', options: ['No, exit', '>Yes, I accept'] },
  'v2.1.330-05-main-idle.txt': { kind: 'idle', footer: 'bypass' },
  'v2.1.330-06-prompt-typed.txt': { kind: 'idle', footer: 'bypass', input: `Do [[accept: ${V330_CMD}]]` },
  'v2.1.330-07-busy-tool-running.txt': { kind: 'busy', footer: 'bypass' },
  'v2.1.330-08-turn-done.txt': { kind: 'idle', footer: 'bypass' },
  'v2.1.330-09-api-429-no-retry.txt': { kind: 'api-error', footer: 'bypass' },
  // The empty box shows a dim placeholder; plain text cannot tell it from typed text.
  'v2.1.330-10-api-500-no-retry.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
  // Gave up on a 429 / 529 after CLAUDE_CODE_MAX_RETRIES=2 (test/limits.test.ts reads the limit in each).
  'v2.1.330-11-api-429-gave-up-retry-after.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
  'v2.1.330-12-api-429-gave-up-no-retry-after.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
  'v2.1.330-13-api-529-gave-up-no-retry-after.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
  'v2.1.330-14-api-529-gave-up-retry-after.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
  'v2.1.330-15-api-429-usage-limit-reset.txt': { kind: 'api-error', footer: 'bypass' },
  'v2.1.330-16-api-401-invalid-key.txt': { kind: 'api-error', footer: 'bypass', input: 'Once fixed, resend your message' },
  // Escape during a long Bash command (orch's budget stop): back at the prompt under "Interrupted".
  'v2.1.330-17-esc-interrupted-tool.txt': { kind: 'idle', footer: 'bypass' },
  'v2.1.332-api-429-final-after-10-retries.txt': { kind: 'api-error', footer: 'bypass', input: 'Resend your message to try again' },
};

describe('classifyScreen on every real capture', () => {
  it('the table lists every screen capture in the folder', () => {
    const captures = readdirSync(DIR)
      .filter((f) => f.endsWith('.txt') && !NOT_SCREENS.test(f) && statSync(join(DIR, f)).isFile())
      .sort();
    expect(captures.filter((f) => !(f in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((f) => !captures.includes(f))).toEqual([]);
  });

  it.each(Object.entries(TABLE))('%s', (file, want) => {
    const r = read(file);
    expect(r.kind).toBe(want.kind);
    expect(r.footerMode).toBe(want.footer ?? 'none');
    expect(r.options.map((o) => (o.selected ? `>${o.label}` : o.label))).toEqual(want.options ?? []);
    expect(r.options.filter((o) => o.selected).length).toBe(want.options ? 1 : 0);
    expect(r.inputText).toBe(want.input ?? '');
    const tail = r.tail.split('\n');
    expect(tail.length).toBeLessThanOrEqual(8);
    if (want.kind !== 'blank') expect(tail.every((l) => l.trim() !== '' && l === l.trimEnd())).toBe(true);
  });
});

describe('details read from real captures', () => {
  it('numbers options as printed, or by position where there are no digits', () => {
    expect(read('default-08-permission-prompt-bash.txt').options.map((o) => o.index)).toEqual([1, 2, 3]);
    expect(read('v2.1.330-01-trust-folder.txt').options.map((o) => o.index)).toEqual([1, 2]);
  });

  it('names the tool of a permission prompt and of a running call (both versions)', () => {
    expect(read('default-08-permission-prompt-bash.txt').tool).toBe('Bash(echo probe > probe.txt)');
    expect(read('hooks-03-permission-prompt.txt').tool).toBe('Bash(echo probe > probe.txt)');
    expect(read('v2.1.330-07-busy-tool-running.txt').tool).toBe(`$ ${V330_CMD}`);
    expect(read('default-03-busy-spinner-1s.txt').tool).toBeUndefined();
    expect(read('default-09-after-approve-tool-done.txt').tool).toBeUndefined();
  });

  it('reads the last assistant text of the current turn, not tool calls or notices', () => {
    expect(read('default-07-response-done.txt').lastAssistantText).toBe(
      'Hello from the local stand-in server. This is a scripted reply.',
    );
    expect(read('hooks-08-pretooluse-exit1-nonblocking.txt').lastAssistantText).toBe('Done: the command ran.');
    expect(read('rerun-nonet-08-slash-menu.txt').lastAssistantText).toBe(
      'API Error: Unable to connect to API (ConnectionRefused)',
    );
    expect(read('v2.1.330-08-turn-done.txt').lastAssistantText).toBe(
      'All steps ran.\nWORKTREE_STATUS: COMPLETE\nTESTS_PASSED: acceptance',
    );
    // Streaming has started but no text yet; the denied call has no text; "● Auto mode lets Claude ..." is a notice.
    expect(read('default-06-streaming-13s.txt').lastAssistantText).toBeUndefined();
    expect(read('default-11-after-deny-tool.txt').lastAssistantText).toBeUndefined();
    expect(read('fakekey-10-footer-plan-mode.txt').lastAssistantText).toBeUndefined();
    expect(read('default-02-main-idle.txt').lastAssistantText).toBeUndefined();
  });

  it('reads the completion report of the 2.1.330 run', () => {
    expect(read('v2.1.330-08-turn-done.txt').completion).toEqual({ status: 'COMPLETE', tests: 'acceptance' });
    expect(read('default-07-response-done.txt').completion).toBeUndefined();
  });

  it('keeps the bottom of the screen in the tail', () => {
    const r = read('root-skip-perms-refused.txt');
    expect(r.tail.split('\n')).toEqual([
      '--dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons',
      'Pane is dead (status 1, Sun Nov 22 01:05:03 2026)',
    ]);
    expect(read('default-02-main-idle.txt').tail.split('\n').at(-1)).toMatch(/^ {2}\? for shortcuts · ← for agents /);
  });
});

describe('what broke, quoted from the screen', () => {
  it.each([
    ['fakekey-15-invalid-api-key-after-10-retries.txt', 'Invalid API key · Fix external API key'],
    ['v2.1.330-09-api-429-no-retry.txt', 'API Error: Request rejected (429) · This request would exceed your organization rate limit.'],
    ['v2.1.332-api-429-final-after-10-retries.txt', "API Error: Request rejected (429) · This request would exceed your account's rate limit. Please try again later."],
    ['v2.1.330-16-api-401-invalid-key.txt', 'Invalid API key · Fix external API key'],
    ['v2.1.330-10-api-500-no-retry.txt', /^API Error: 500 Internal server error\. This is a server-side issue, usually temporary/],
    ['rerun-nonet-06-retrying-attempt10.txt', 'Unable to connect to API (ConnectionRefused) · Retrying in 20s · attempt 10/10'],
    ['fakekey-14-api-error-retrying-with-tip.txt', 'API error · Retrying in 35s · attempt 7/10'],
    ['preseeded-noauth-01-main-t3s.txt', 'Not logged in · Run /login'],
    ['preseeded-noauth-02-after-prompt.txt', 'Not logged in · Please run /login'],
    ['skip-01-t2s.txt', 'Unable to connect to Anthropic services'],
    ['root-skip-perms-refused.txt', '--dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons'],
    ['default-07-response-done.txt', undefined],
    ['v2.1.330-08-turn-done.txt', undefined],
    // The menu is the live state; the API error above it belongs to a finished turn.
    ['rerun-nonet-08-slash-menu.txt', undefined],
  ] as const)('%s -> %s', (file, line) => {
    const r = read(file);
    if (line === undefined || typeof line === 'string') expect(r.problem).toBe(line);
    else expect(r.problem).toMatch(line);
  });

  it('an errored worker\'s state says what the screen says, quoted', () => {
    const now = Date.parse('2026-01-01T00:00:10Z');
    const state = (file: string) =>
      deriveState({ now, events: [{ at: '2026-01-01T00:00:01Z', event: 'UserPromptSubmit' }], screen: read(file), window: { exists: true, dead: false }, stuckAfterMs: 600_000 });
    expect(state('v2.1.330-10-api-500-no-retry.txt')).toMatchObject({ state: 'errored', reason: expect.stringMatching(/^screen: api-error: "API Error: 500 Internal server error\. This is a server-side issue/) });
    expect(state('fakekey-15-invalid-api-key-after-10-retries.txt')).toEqual({ state: 'errored', reason: 'screen: api-error: "Invalid API key · Fix external API key"' });
    expect(state('rerun-nonet-06-retrying-attempt10.txt')).toEqual({ state: 'errored', reason: 'API errors, retrying: "Unable to connect to API (ConnectionRefused) · Retrying in 20s · attempt 10/10"' });
  });
});

describe('keysToChoose', () => {
  it('accepts the trust prompt in 2.1.197 (❯ 1. Yes, I trust this folder preselected)', () => {
    expect(keysToChoose(read('fakekey-04-trust-folder.txt'), 'Yes, I trust this folder')).toEqual(['Enter']);
  });
  it('accepts the trust prompt in 2.1.330 (❯ No, exit preselected, no digits)', () => {
    expect(keysToChoose(read('v2.1.330-01-trust-folder.txt'), 'trust this folder')).toEqual(['Down', 'Enter']);
    expect(keysToChoose(read('v2.1.330-02-trust-folder-yes-highlighted.txt'), 'trust this folder')).toEqual(['Enter']);
  });
  it('accepts the bypass warning in both versions (No, exit preselected)', () => {
    expect(keysToChoose(read('fakekey-05-bypass-warning.txt'), 'Yes, I accept')).toEqual(['Down', 'Enter']);
    expect(keysToChoose(read('v2.1.330-03-bypass-warning.txt'), 'yes, i accept')).toEqual(['Down', 'Enter']);
    expect(keysToChoose(read('fakekey-06-bypass-warning-yes-highlighted.txt'), 'Yes, I accept')).toEqual(['Enter']);
  });
  it('would move up on the API key prompt (never answered by orch, but computed correctly)', () => {
    expect(keysToChoose(read('fakekey-01-use-this-api-key.txt'), 'Yes')).toEqual(['Up', 'Enter']);
    expect(keysToChoose(read('fakekey-02-use-this-api-key-yes-highlighted.txt'), 'Yes')).toEqual(['Enter']);
  });
  it('moves several rows and returns undefined when nothing matches', () => {
    expect(keysToChoose(read('onboard-01-theme-picker.txt'), 'ANSI colors')).toEqual(['Down', 'Down', 'Down', 'Down', 'Enter']);
    expect(keysToChoose(read('onboard-10-3rd-party-platform.txt'), 'go back')).toEqual(['Down', 'Down', 'Down', 'Enter']);
    expect(keysToChoose(read('fakekey-04-trust-folder.txt'), 'something else')).toBeUndefined();
    expect(keysToChoose(read('default-02-main-idle.txt'), 'Yes')).toBeUndefined();
  });
});

/** The idle 2.1.197 main screen with `conversation` lines inserted above the input box. */
function withConversation(conversation: string[], base = 'default-02-main-idle.txt'): string {
  const lines = screen(base).split('\n');
  const top = lines.findIndex((l) => /^─{8,}$/.test(l.trimEnd()));
  return [...lines.slice(0, top), ...conversation, '', ...lines.slice(top)].join('\n');
}

describe('completion report', () => {
  it('reads COMPLETE with PR and TESTS_PASSED', () => {
    const r = classifyScreen(
      withConversation([
        '❯ Fix issue 12 and open a PR',
        '',
        '● Bash(npm test)',
        '  ⎿  12 passed',
        '',
        '● All done.',
        '  WORKTREE_STATUS: COMPLETE',
        '  PR: https://github.com/acme/widgets/pull/34',
        '  TESTS_PASSED: 12/12',
        '',
        '✻ Worked for 41s',
      ]),
    );
    expect(r.kind).toBe('idle');
    expect(r.completion).toEqual({ status: 'COMPLETE', pr: 'https://github.com/acme/widgets/pull/34', tests: '12/12' });
  });

  it('reads BLOCKED with a wrapped REASON', () => {
    const r = classifyScreen(
      withConversation([
        '❯ Fix issue 13',
        '',
        '● WORKTREE_STATUS: BLOCKED',
        '  REASON: the integration tests need a Postgres server that is not',
        '  reachable from this machine',
        '',
        '✻ Cooked for 3s · done 1:32 AM',
      ]),
    );
    expect(r.completion).toEqual({
      status: 'BLOCKED',
      reason: 'the integration tests need a Postgres server that is not reachable from this machine',
    });
  });

  it('takes the last report on screen with its own fields', () => {
    const r = classifyScreen(
      withConversation([
        '● WORKTREE_STATUS: BLOCKED',
        '  REASON: waiting for review',
        '',
        '❯ go on',
        '',
        '● Done.',
        '',
        '  WORKTREE_STATUS: COMPLETE',
        '  PR: #35 https://github.com/acme/widgets/pull/35',
      ]),
    );
    expect(r.completion).toEqual({ status: 'COMPLETE', pr: 'https://github.com/acme/widgets/pull/35' });
  });

  it('ignores the protocol quoted in the prompt, in tool output, or as "COMPLETE|BLOCKED"', () => {
    const r = classifyScreen(
      withConversation([
        '❯ When you are done, print these lines:',
        '  WORKTREE_STATUS: COMPLETE',
        '  PR: <url>',
        '',
        '● Bash(cat PROTOCOL.md)',
        '  ⎿  WORKTREE_STATUS: COMPLETE',
        '     PR: https://example.invalid/pull/1',
        '',
        '● I will end with WORKTREE_STATUS: COMPLETE|BLOCKED as asked.',
        '  WORKTREE_STATUS: COMPLETE | BLOCKED',
      ]),
    );
    expect(r.completion).toBeUndefined();
  });
});

describe('only the live bottom of the screen counts', () => {
  it('an old "Do you want to proceed?" or quoted error above an idle box is idle', () => {
    const r = classifyScreen(
      withConversation([
        '❯ show me the fixture',
        '',
        '● Bash(cat fixture.txt)',
        '  ⎿   Do you want to proceed?',
        '     ❯ 1. Yes',
        '     --dangerously-skip-permissions cannot be used with root/sudo privileges for security reasons',
        '     Unable to connect to Anthropic services',
        '     Resume this session with:',
        '',
        '● The fixture shows a permission prompt.',
        '',
        '✻ Worked for 2s',
      ]),
    );
    expect(r.kind).toBe('idle');
    expect(r.options).toEqual([]);
    expect(r.lastAssistantText).toBe('The fixture shows a permission prompt.');
  });

  it('a spinner above the box is busy even when typing has hidden "esc to interrupt"', () => {
    const text = screen('default-03-busy-spinner-1s.txt')
      .replace(/^❯[ \u00a0]*$/m, '❯ next task')
      .replace(/^ {2}esc to interrupt · ← for agents.*$/m, '');
    const r = classifyScreen(text);
    expect(r.kind).toBe('busy');
    expect(r.inputText).toBe('next task');
  });
});

describe('screenFingerprint', () => {
  const fp = (name: string): string => screenFingerprint(screen(name));

  it('is equal for the busy spinner at 1s/4s/9s: only the glyph and the footer hint differ', () => {
    // 03 "✻ Herding…" + "● high · /effort"; 04 "· Herding…"; 05 "✢ Herding…" + tmux focus-events hint.
    expect(fp('default-04-busy-spinner-4s.txt')).toBe(fp('default-03-busy-spinner-1s.txt'));
    expect(fp('default-05-busy-spinner-9s.txt')).toBe(fp('default-03-busy-spinner-1s.txt'));
  });

  it('changes when the reply starts streaming', () => {
    // 06 adds the "●" line of the reply (and a token count, which alone would not count).
    expect(fp('default-06-streaming-13s.txt')).not.toBe(fp('default-05-busy-spinner-9s.txt'));
  });

  it('ignores Auto-updating… and the focus-events hint on an idle screen', () => {
    expect(fp('rerun-nonet-02-t5s.txt')).toBe(fp('rerun-nonet-01-t2s.txt'));
    expect(fp('rerun-nonet-03-t10s.txt')).toBe(fp('rerun-nonet-01-t2s.txt'));
  });

  it('differs between idle and busy, and between dialog selections', () => {
    expect(fp('default-02-main-idle.txt')).not.toBe(fp('default-03-busy-spinner-1s.txt'));
    expect(fp('default-07-response-done.txt')).not.toBe(fp('default-06-streaming-13s.txt'));
    expect(fp('v2.1.330-01-trust-folder.txt')).not.toBe(fp('v2.1.330-02-trust-folder-yes-highlighted.txt'));
    expect(fp('fakekey-11-prompt-typed.txt')).not.toBe(fp('fakekey-10-footer-plan-mode.txt'));
  });

  it('is short and stable', () => {
    expect(fp('default-02-main-idle.txt')).toMatch(/^[0-9a-f]{14}$/);
    expect(fp('default-02-main-idle.txt')).toBe(fp('default-02-main-idle.txt'));
  });
});
