import type { Ctx, Project } from '../../../context.js';
import { OrchError, redact } from '../../../errors.js';
import { answerPermission, sendFlow } from '../../worker/talk.js';
import { resumeFlow } from '../../worker/resume.js';
import { closeWorker } from '../../worker/teardown.js';

/** The page's actions: each calls the flow its CLI command calls, with the same refusals. There is no merge. */
export const ACTIONS = ['send', 'approve', 'deny', 'resume', 'close'] as const;
export type ActionName = (typeof ACTIONS)[number];

export function isAction(s: string): s is ActionName {
  return (ACTIONS as readonly string[]).includes(s);
}

export interface ActionReply { status: number; body: { ok: true; message: string; result: unknown } | { ok: false; error: { code: string; message: string; hint: string | undefined } } }

/** How long `send` waits for a busy worker to go idle before giving up (the CLI's --timeout). */
const SEND_WAIT_MS = 20_000;

export async function runAction(ctx: Ctx, project: Project, name: string, action: ActionName, body: Record<string, unknown>): Promise<ActionReply> {
  try {
    const { message, result } = await perform(ctx, project, name, action, body);
    return { status: 200, body: { ok: true, message: redact(message), result: JSON.parse(redact(JSON.stringify(result ?? null))) } };
  } catch (e) {
    return errorReply(e);
  }
}

async function perform(ctx: Ctx, project: Project, name: string, action: ActionName, body: Record<string, unknown>): Promise<{ message: string; result: unknown }> {
  switch (action) {
    case 'send': {
      const text = typeof body.text === 'string' ? body.text : '';
      const r = await sendFlow(project, name, text, { wait: false, timeoutMs: SEND_WAIT_MS, force: false });
      return { message: `sent to ${name}`, result: r };
    }
    case 'approve':
    case 'deny': {
      const r = await answerPermission(project, name, action === 'approve' ? (body.always === true ? 'always' : 'approve') : 'deny');
      return { message: `${name}: ${r.answer === 'deny' ? 'denied' : 'approved'}${r.tool ? ` ${r.tool}` : ''}`, result: r };
    }
    case 'resume': {
      const r = await resumeFlow(ctx, project, name);
      return { message: `${name}: ${r.action}`, result: r };
    }
    case 'close': {
      // Never forced from the page: a refusal (unpushed work, a working worker) is shown, and lifting it is a
      // deliberate `orch close --force` in a terminal.
      const r = await closeWorker(project, name, { force: false, deleteBranch: false, log: (s) => ctx.out.info(`web: ${s}`) });
      return { message: r.status === 'nothing-left' ? `nothing left to close for ${name}` : `closed ${name}${r.branch ? `; branch ${r.branch.name} ${r.branch.action}` : ''}`, result: r };
    }
  }
}

/** Refusals and usage errors carry the CLI's own message and hint; anything else is a 500 with its first line. */
export function errorReply(e: unknown): ActionReply {
  if (e instanceof OrchError) {
    const status = e.exitCode === 2 ? (/^no worker named/.test(e.message) ? 404 : 400) : 409;
    return { status, body: { ok: false, error: { code: e.code, message: redact(e.message), hint: e.hint === undefined ? undefined : redact(e.hint) } } };
  }
  const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return { status: 500, body: { ok: false, error: { code: 'internal', message: redact(msg), hint: undefined } } };
}
