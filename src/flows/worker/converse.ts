import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { classifyScreen } from '../../core/screens.js';
import { readRecentEvents, waitForEvent, type WorkerEvent } from '../../state/events.js';
import { OrchError } from '../../errors.js';
import { isRemote } from '../../adapters/ssh.js';
import { pumpRemoteEvents, syncRemoteEvents } from './remote-events.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Number of events so far: later waits look only at what comes after it. */
function eventCount(project: Project, name: string): number {
  return readRecentEvents(project.registry.eventsFile(name), 100_000, 4 * 1024 * 1024).length;
}

/**
 * Types a prompt literally into the worker's input box, submits it with a named Enter, and confirms by the
 * UserPromptSubmit hook event (Enter retried every 2 s until the timeout).
 */
export async function sendPrompt(project: Project, rec: WorkerRecord, text: string, timeoutMs = 10_000): Promise<{ submittedAt: string }> {
  // A worker on an SSH host: its events are brought over first, then continuously while we wait on them.
  if (!isRemote(rec.host)) return sendPromptHere(project, rec, text, timeoutMs);
  await syncRemoteEvents(project, [rec]);
  const stop = pumpRemoteEvents(project, 300);
  try {
    return await sendPromptHere(project, rec, text, timeoutMs);
  } finally {
    stop();
  }
}

async function sendPromptHere(project: Project, rec: WorkerRecord, text: string, timeoutMs: number): Promise<{ submittedAt: string }> {
  const { mux } = project;
  const file = project.registry.eventsFile(rec.name);
  const before = eventCount(project, rec.name);
  const since = new Date().toISOString();
  await mux.sendLiteral(rec.session, rec.window, text);
  await sleep(250);
  const until = Date.now() + timeoutMs;
  for (;;) {
    await mux.sendKeys(rec.session, rec.window, ['Enter']);
    const hit = await waitForEvent(file, (e) => e.event === 'UserPromptSubmit' && e.at >= since, Math.min(2000, Math.max(0, until - Date.now())));
    if (hit) return { submittedAt: hit.at };
    if (Date.now() >= until) break;
    // Only press Enter again while our text still sits in the input box; otherwise it would submit an empty line.
    const screen = classifyScreen(await mux.capture(rec.session, rec.window).catch(() => ''));
    if (screen.kind === 'busy') return { submittedAt: since };
    if (!screen.inputText.includes(text.slice(0, 20))) {
      if (eventCount(project, rec.name) > before) return { submittedAt: since };
    }
  }
  throw new OrchError('prompt-not-submitted', `${rec.name}: the prompt was typed but no UserPromptSubmit event arrived within ${Math.round(timeoutMs / 1000)}s`, {
    hint: `attach (${mux.attachHint(rec.session, rec.window)}) and press Enter, or check the worker's hooks with \`orch status ${rec.name}\``,
  });
}

/** Waits for the turn that started at `since` to end (Stop or SessionEnd event). */
export async function waitForTurnEnd(project: Project, rec: WorkerRecord, since: string, timeoutMs: number): Promise<WorkerEvent | undefined> {
  const stop = isRemote(rec.host) ? pumpRemoteEvents(project, 300) : () => undefined;
  try {
    return await waitForEvent(project.registry.eventsFile(rec.name), (e) => (e.event === 'Stop' || e.event === 'SessionEnd') && e.at >= since, timeoutMs, 150);
  } finally {
    stop();
  }
}
