import type { Command } from 'commander';
import { action, durationOption, workerNameArg } from './common.js';
import { openProject } from '../context.js';
import { answerPermission, resultFlow, sendFlow } from '../flows/worker/talk.js';
import { statusFlow } from '../flows/watch/status.js';

export function register(program: Command): void {
  program
    .command('send')
    .helpGroup('Watch:')
    .description('type a prompt into a worker once it is idle, submit it, and confirm it arrived; --wait prints the reply')
    .argument('<name>', 'worker name', workerNameArg)
    .argument('<prompt>', 'the text to send (typed literally)')
    .option('--wait', 'wait for the turn to end and print the reply')
    .addOption(durationOption('--timeout <dur>', 'how long to wait', { min: '1s', default: '2m' }))
    .option('--force', 'type even while the worker is busy or waiting for approval')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch send fix-12-crash "Also add a regression test" --wait')
    .action(
      action(async (ctx, name: string, prompt: string, o: { wait?: boolean; timeout: number; force?: boolean }) => {
        const r = await sendFlow(await openProject(ctx), name, prompt, { wait: Boolean(o.wait), timeoutMs: o.timeout, force: Boolean(o.force) });
        return { data: { ...r, reply: r.reply ?? null }, text: r.reply ?? `sent to ${name}` };
      }),
    );
  program
    .command('result')
    .helpGroup('Watch:')
    .description("a worker's last turn as markdown, from its transcript (tool results cut to 5 lines unless --full)")
    .argument('<name>', 'worker name', workerNameArg)
    .option('--full', 'show tool results in full')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch result fix-12-crash --full')
    .action(
      action(async (ctx, name: string, o: { full?: boolean }) => {
        const r = await resultFlow(await openProject(ctx), name, Boolean(o.full));
        return { data: r, text: r.markdown };
      }),
    );
  program
    .command('status')
    .helpGroup('Watch:')
    .description('detail view of one worker: started, last activity, current task, last prompt, last 10 events, PR')
    .argument('<name>', 'worker name', workerNameArg)
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch status fix-12-crash')
    .action(
      action(async (ctx, name: string) => {
        return statusFlow(await openProject(ctx), name);
      }),
    );
  for (const [cmd, answer, desc] of [
    ['approve', 'approve', 'answer a permission prompt on the worker screen with Yes (--always: and do not ask again)'],
    ['deny', 'deny', 'answer a permission prompt on the worker screen with No'],
  ] as const) {
    const c = program
      .command(cmd)
      .helpGroup('Watch:')
      .description(`${desc}; for workers run without bypass mode`)
      .argument('<name>', 'worker name', workerNameArg)
      .option('--json', 'print as JSON')
      .addHelpText('after', `\nExample:\n  orch ${cmd} fix-12-crash`);
    if (cmd === 'approve') c.option('--always', 'choose "Yes, and always allow"');
    c.action(
      action(async (ctx, name: string, o: { always?: boolean }) => {
        const r = await answerPermission(await openProject(ctx), name, answer === 'approve' && o.always ? 'always' : answer);
        return { data: { ...r, tool: r.tool ?? null }, text: `${name}: ${r.answer === 'deny' ? 'denied' : r.answer === 'always' ? 'approved (always)' : 'approved (once)'}${r.tool ? ` ${r.tool}` : ''}` };
      }),
    );
  }
}
