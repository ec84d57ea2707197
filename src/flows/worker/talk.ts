import { readFileSync } from '../../adapters/fs.js';
import { isRemote } from '../../adapters/ssh.js';
import { remoteOf } from './remote.js';
import { syncRemoteEvents } from './remote-events.js';
import type { WorkerRecord } from '../../state/records.js';
import type { Project } from '../../context.js';
import { classifyScreen, keysToChoose } from '../../core/screens.js';
import { lastTurnMarkdown } from '../../core/transcript.js';
import { readRecentEvents } from '../../state/events.js';
import { OrchError, UsageError } from '../../errors.js';
import { inspectProject } from '../watch/inspect.js';
import { sendPrompt, waitForTurnEnd } from './converse.js';

export function requireWorker(project: Project, name: string) {
  const rec = project.registry.getWorker(name);
  if (!rec) throw new UsageError(`no worker named ${name}`, 'run `orch list` to see the names');
  return rec;
}

/** `orch send`: waits for idle (never types into a working worker or over a permission prompt), sends, optionally waits for the reply. */
export async function sendFlow(project: Project, name: string, text: string, o: { wait: boolean; timeoutMs: number; force: boolean }) {
  const rec = requireWorker(project, name);
  if (!text.trim()) throw new UsageError('the prompt is empty');
  const until = Date.now() + o.timeoutMs;
  for (;;) {
    const f = (await inspectProject(project, { capture: true, git: false, names: [name] })).workers[0]!;
    const s = f.state.state;
    if (s === 'waiting-approval' && !o.force) throw new OrchError('waiting-approval', `${name} is waiting for a permission answer (${f.state.reason})`, { hint: `answer it with \`orch approve ${name}\` or \`orch deny ${name}\`, or pass --force` });
    if (s === 'dead' || s === 'not-launched' || (s === 'errored' && !f.window)) throw new OrchError('not-running', `${name} is not running (${f.state.reason})`, { hint: `run \`orch resume ${name}\`` });
    if (o.force || f.screen?.kind === 'idle') break;
    if (Date.now() > until) throw new OrchError('busy', `${name} stayed ${s} for ${Math.round(o.timeoutMs / 1000)}s; nothing was sent`, { hint: 'try again later, or pass --force to type anyway' });
    await new Promise((r) => setTimeout(r, 500));
  }
  const sent = await sendPrompt(project, rec, text, Math.max(5000, Math.min(15_000, until - Date.now())));
  if (!o.wait) return { name, submitted: true, reply: undefined as string | undefined };
  const end = await waitForTurnEnd(project, rec, sent.submittedAt, Math.max(1000, until - Date.now()));
  if (!end) throw new OrchError('timeout', `${name} did not finish its turn within the timeout`, { hint: `read progress with \`orch result ${name}\`` });
  const transcript = end.transcript ?? [...readRecentEvents(project.registry.eventsFile(name), 50)].reverse().find((e) => e.transcript)?.transcript;
  // The transcript has the whole reply (the Stop event's message is cut at 400 characters), once the CLI has written
  // this turn to it: the Stop hook can run before that, so the turn is recognised by its prompt, with a short wait.
  let reply = end.message ?? '';
  for (let tries = 0; transcript && tries < 10; tries++) {
    try {
      const turn = lastTurnMarkdown(await readWorkerFile(project, rec, transcript), false);
      if (turn.prompt.trim() === text.trim() && turn.reply) {
        reply = turn.reply;
        break;
      }
    } catch {
      break; // transcript not readable: the Stop event's message is the answer
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, submitted: true, reply };
}

/** `orch result`: the last turn as markdown from the transcript. */
export async function resultFlow(project: Project, name: string, full: boolean) {
  const rec = requireWorker(project, name);
  if (isRemote(rec.host)) await syncRemoteEvents(project, [rec]);
  const ev = [...readRecentEvents(project.registry.eventsFile(name), 200)].reverse().find((e) => e.transcript);
  if (!ev?.transcript) throw new OrchError('no-transcript', `${name} has no transcript yet (no hook event named one)`, { hint: `check it started: \`orch status ${name}\`` });
  let text: string;
  try {
    text = await readWorkerFile(project, rec, ev.transcript);
  } catch {
    throw new OrchError('no-transcript', `cannot read the transcript of ${name} at ${ev.transcript}`);
  }
  return { name, transcript: ev.transcript, ...lastTurnMarkdown(text, full) };
}

/** `orch approve|deny`: picks the option by its text on the live permission prompt. */
export async function answerPermission(project: Project, name: string, answer: 'approve' | 'always' | 'deny') {
  const rec = requireWorker(project, name);
  const screen = classifyScreen(await project.mux.capture(rec.session, rec.window));
  if (screen.kind !== 'permission-prompt') throw new OrchError('no-prompt', `${name} is not showing a permission prompt (screen: ${screen.kind})`, { hint: `see it with \`orch status ${name}\`` });
  const wanted = answer === 'approve' ? 'Yes' : answer === 'always' ? 'Yes, and' : 'No';
  const opt = answer === 'approve' ? screen.options.find((o) => o.label === 'Yes' || /^Yes$/i.test(o.label.trim())) : undefined;
  const keys = opt ? keysToChoose(screen, opt.label) : keysToChoose(screen, wanted);
  if (!keys) throw new OrchError('no-option', `no "${wanted}" option on ${name}'s permission prompt`);
  await project.mux.sendKeys(rec.session, rec.window, keys);
  return { name, answer, tool: screen.tool };
}

/** A file the worker wrote (its transcript): on its host when it runs on one. */
async function readWorkerFile(project: Project, rec: WorkerRecord, file: string): Promise<string> {
  const h = remoteOf(project, rec);
  if (!h) return readFileSync(file, 'utf8');
  const text = await h.readFile(file);
  if (text === undefined) throw new Error(`${file} is missing on ${h.name}`);
  return text;
}
