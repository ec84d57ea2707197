import type { Mux } from '../../adapters/mux.js';
import type { WorkerPreset } from '../../core/presets.js';
import { classifyScreen, keysToChoose, type ScreenReading } from '../../core/screens.js';
import { OrchError } from '../../errors.js';
import { cpuTicks } from '../../adapters/processes.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface HandshakeTarget { mux: Mux; session: string; window: string; preset: WorkerPreset }

/** What stops a boot for good, with the message a human needs. Pure, so it is table-tested on the real screens. */
export function bootFailure(r: ScreenReading, preset: WorkerPreset): OrchError | undefined {
  const cmd = preset.cmd;
  switch (r.kind) {
    case 'root-refused':
      return new OrchError('root-refused', `${cmd} refused to run with --dangerously-skip-permissions as root`, {
        hint: 'run orch as a normal user, or set IS_SANDBOX=1 in workerCli.setEnv when this machine is a disposable sandbox',
      });
    case 'api-key-prompt':
      return new OrchError('api-key-prompt', `${cmd} asks whether to use the custom API key in your environment ("Detected a custom API key")`, {
        hint: `answer it once by hand: run \`${cmd}\` in a terminal, choose, exit; orch never chooses for you`,
      });
    case 'theme-picker':
    case 'login-method':
    case 'oauth':
    case 'third-party-platform':
    case 'security-notes':
    case 'not-logged-in':
      return new OrchError('not-logged-in', `claude is not logged in on this machine: run \`${cmd}\` once by hand`, {
        hint: 'finish the login and onboarding screens in a terminal, then run `orch resume <name>`',
      });
    case 'preflight-failed':
      return new OrchError('no-network', `${cmd} cannot reach Anthropic services (Unable to connect to Anthropic services)`, {
        hint: 'check the network or proxy, then run `orch resume <name>`',
      });
    default:
      return undefined;
  }
}

/**
 * The boot handshake: capture, classify, act until the input box is ready. Trust and bypass prompts are
 * answered by option text (screens differ between CLI versions); anything needing a human stops with the screen quoted.
 */
export async function bootHandshake(t: HandshakeTarget, opts: { timeoutMs?: number; pollMs?: number } = {}): Promise<{ ms: number; answered: string[] }> {
  const start = Date.now();
  const deadline = start + (opts.timeoutMs ?? t.preset.bootWaitSec * 1000);
  const answered: string[] = [];
  let lastScreen = '';
  let seenSince = { kind: '', at: 0 };
  for (;;) {
    // The window and its screen in one multiplexer call where it can: this loop asks ten times a second.
    const seen = t.mux.windowAndScreen ? await t.mux.windowAndScreen(t.session, t.window) : undefined;
    const win = seen ? seen.window : await t.mux.findWindow(t.session, t.window);
    if (!win) throw new OrchError('window-gone', `the window ${t.window} closed during boot`, { hint: 'check the worker command and run `orch resume <name>`' });
    // A process that died at once may not have had its last words drawn yet: look once more.
    if (win.dead) await sleep(300);
    const screen = seen && !win.dead ? seen.screen : await t.mux.capture(t.session, t.window).catch(() => '');
    lastScreen = screen;
    if (t.preset.handshake === 'claude') {
      const r = classifyScreen(screen);
      const fail = bootFailure(r, t.preset) ?? (win.dead ? rootRefusalByFacts(win.deadStatus, t.preset) : undefined);
      if (fail) throw fail;
      if (win.dead) throw exited(win.deadStatus, r.tail || tailOf(screen));
      if (r.kind === 'trust-folder' || r.kind === 'bypass-warning') {
        // A prompt that has just been drawn may not take keys yet: answer it once it has stood still a moment.
        if (seenSince.kind !== r.kind) {
          seenSince = { kind: r.kind, at: Date.now() };
          await sleep(400);
          continue;
        }
        const keys = keysToChoose(r, r.kind === 'trust-folder' ? 'Yes, I trust' : 'Yes, I accept');
        if (!keys) {
          // Caught mid-redraw (no option marked yet): look again; the deadline error quotes the screen if it never settles.
          if (Date.now() > deadline) throw new OrchError('unknown-screen', `cannot find the accepting option on the ${r.kind} screen:\n${quote(r.tail)}`);
          await sleep(200);
          continue;
        }
        if (answered.filter((a) => a === r.kind).length >= 3) throw new OrchError('boot-stuck', `the ${r.kind} prompt does not go away:\n${quote(r.tail)}`);
        await t.mux.sendKeys(t.session, t.window, keys);
        answered.push(r.kind);
        // Keys meant for this prompt must never land on the next one: wait until this prompt is gone
        // (a redraw that only moved the cursor is not enough; the Enter may still be on its way).
        await waitUntilGone(t, r.kind, 3000);
        continue;
      }
      if (r.kind === 'idle' && (r.footerMode === 'bypass' || t.preset.ready.some((s) => screen.includes(s)))) return { ms: Date.now() - start, answered };
    } else {
      if (win.dead) throw exited(win.deadStatus, tailOf(screen));
      const flat = screen.replace(/\s+/g, '');
      if (t.preset.accept.matchAny.length && !answered.includes('accept') && t.preset.accept.matchAny.some((m) => flat.includes(m.replace(/\s+/g, '')))) {
        const r = classifyScreen(screen);
        const keys = t.preset.accept.send ? keysToChoose(r, t.preset.accept.send) : undefined;
        if (keys) await t.mux.sendKeys(t.session, t.window, keys);
        else {
          if (t.preset.accept.send) await t.mux.sendLiteral(t.session, t.window, t.preset.accept.send);
          await t.mux.sendKeys(t.session, t.window, ['Enter']);
        }
        answered.push('accept');
      }
      if (!t.preset.ready.length || t.preset.ready.some((m) => flat.includes(m.replace(/\s+/g, '')))) return { ms: Date.now() - start, answered };
    }
    if (Date.now() > deadline) {
      throw new OrchError('boot-timeout', `the worker was not ready after ${Math.round((Date.now() - start) / 1000)}s; its screen ends with:\n${quote(tailOf(lastScreen))}`, {
        hint: 'attach to the window to see it, or raise workerCli.bootWaitSec',
      });
    }
    await nextLook(seen && !win.host ? win.pid : undefined, start, opts.pollMs);
  }
}

/**
 * Waits until the screen is worth another look. Each look is a process of the multiplexer, and a dispatch of 20
 * workers made hundreds of them, so where the worker's CPU time can be read (Linux, a local window) the next look
 * comes once the worker has worked and gone quiet again (it drew something and waits: a prompt, or its input box),
 * and at least once a second. Elsewhere about seven looks a second while a quick boot ends, then three.
 */
async function nextLook(pid: number | undefined, start: number, pollMs: number | undefined): Promise<void> {
  const first = pollMs === undefined ? cpuTicks(pid) : undefined;
  if (first === undefined) return sleep(pollMs ?? (Date.now() - start < 2000 ? 150 : 300));
  const until = Date.now() + 1000;
  let last = first;
  let worked = false;
  while (Date.now() < until) {
    await sleep(100);
    const now = cpuTicks(pid);
    if (now === undefined) return; // it exited: look at once
    if (now !== last) worked = true;
    else if (worked) return;
    last = now;
  }
}

/** Types the prompt literally, submits it with a separate named Enter, and checks the input box let go of it (one retry). */
export async function submitPrompt(t: HandshakeTarget, prompt: string, confirm?: () => Promise<boolean>): Promise<void> {
  await t.mux.sendLiteral(t.session, t.window, prompt);
  // Claude's input box needs a moment to take pasted text before a separate Enter submits it; plain programs do not.
  await sleep(t.preset.handshake === 'claude' ? 300 : 30);
  for (let attempt = 0; attempt < 2; attempt++) {
    await t.mux.sendKeys(t.session, t.window, ['Enter']);
    if (t.preset.handshake !== 'claude' && !confirm) return;
    const until = Date.now() + 4000;
    let lookedAt = 0;
    while (Date.now() < until) {
      await sleep(100);
      if (confirm && (await confirm())) return;
      if (t.preset.handshake !== 'claude') return;
      // With the hook's proof to read, the screen (a multiplexer process) is the fallback: at most every 0.5 s. A
      // proof that is slow to read (a host's events come over SSH) leaves it looked at about as often as before.
      if (confirm && Date.now() - lookedAt < 500) continue;
      lookedAt = Date.now();
      const r = classifyScreen(await t.mux.capture(t.session, t.window).catch(() => ''));
      const head = prompt.slice(0, 20);
      if (r.kind === 'busy' || (r.kind !== 'idle' && r.kind !== 'unknown' && r.kind !== 'blank')) return;
      if (r.kind === 'idle' && !r.inputText.includes(head) && !confirm) return;
    }
  }
  throw new OrchError('prompt-not-submitted', 'the prompt was typed but not submitted (the input box still holds it after two Enter presses)', {
    hint: 'attach to the window and press Enter, or run `orch send <name> "..."`',
  });
}

async function waitUntilGone(t: HandshakeTarget, kind: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await sleep(150);
    const now = classifyScreen(await t.mux.capture(t.session, t.window).catch(() => ''));
    if (now.kind !== kind) return;
  }
}

/**
 * As root, claude refuses --dangerously-skip-permissions and exits 1 at once unless IS_SANDBOX=1; when the
 * refusal line was not captured before the pane died, the facts still say what happened.
 */
function rootRefusalByFacts(status: number | undefined, preset: WorkerPreset): OrchError | undefined {
  const root = process.getuid?.() === 0;
  const bypass = preset.args.includes('--dangerously-skip-permissions');
  const sandbox = preset.setEnv.IS_SANDBOX === '1' || (process.env.IS_SANDBOX === '1' && !preset.clearEnv.includes('IS_SANDBOX'));
  if (status !== 1 || !root || !bypass || sandbox) return undefined;
  return bootFailure({ kind: 'root-refused' } as ScreenReading, preset);
}

function exited(status: number | undefined, tail: string): OrchError {
  return new OrchError('worker-exited', `the worker exited${status === undefined ? '' : ` with status ${status}`} during boot; its screen ends with:\n${quote(tail)}`, {
    hint: 'fix what the screen says, then run `orch resume <name>`',
  });
}

function tailOf(screen: string): string {
  return screen.split('\n').map((l) => l.trimEnd()).filter(Boolean).slice(-8).join('\n');
}

function quote(s: string): string {
  return (s || '(empty screen)').split('\n').map((l) => `  | ${l}`).join('\n');
}
